import { useState } from "react";
import { useSearchParams } from "react-router";
import { IntroSection } from "../../components/IntroSection";
import { Loading } from "../../components/Loading";
import { RadioGroup } from "../../components/RadioGroup";
import { RetryErrorAlert } from "../../components/RetryErrorAlert";
import { usePageNotice } from "../../components/usePageNotice";
import { usePageTitle } from "../../components/usePageTitle";
import type { ActionScope } from "../../generated/graphql";
import { optionsOf } from "../../labels";
import { useCaseContext } from "../cases/caseContext";
import { ActionBoard } from "./ActionBoard";
import { contentErrors } from "./errors";
import { ACTION_SCOPES, ACTION_SCOPE_LABELS, ACTION_SCOPE_PARAMS } from "./labels";
import { useFreshQuery } from "./useFreshQuery";
import "./plan.css";
import { ActionBoardDocument } from "../../generated/graphql";

const SCOPE_OPTIONS = optionsOf(ACTION_SCOPE_LABELS);

function scopeFromParam(value: string | null): ActionScope {
  return ACTION_SCOPES.find((s) => ACTION_SCOPE_PARAMS[s] === value) ?? "ALL";
}

/**
 * "Acties": the action board across partners — mine, my organisation's or all the viewer may see — in columns
 * per status, overdue actions marked "Te laat", with a quick status change per action.
 */
export function ActionsPage() {
  const { caseData } = useCaseContext();
  usePageTitle(`Acties – ${caseData.title}`);
  const [searchParams, setSearchParams] = useSearchParams();
  // The choice is kept here (so the radio button follows the click at once) and in the address (so a link or
  // reload keeps it).
  const [scope, setScopeState] = useState<ActionScope>(() => scopeFromParam(searchParams.get("acties")));
  const notice = usePageNotice();
  const { data, error, reload } = useFreshQuery(ActionBoardDocument, {
    caseId: caseData.id,
    filter: { scope },
  });
  const actions = data?.case?.actions;

  const setScope = (next: ActionScope) => {
    setScopeState(next);
    const params = new URLSearchParams(searchParams);
    if (next === "ALL") params.delete("acties");
    else params.set("acties", ACTION_SCOPE_PARAMS[next]);
    setSearchParams(params, { replace: true });
  };

  const changed = async (message: string) => {
    await reload();
    if (message) notice.show(message);
  };

  return (
    <IntroSection
      headingId="actions-heading"
      title="Acties"
      className="rh-board"
      intro="Wie doet wat, en wanneer, over alle partners heen. Acties waarvan de datum voorbij is, staan gemarkeerd met ‘Te laat’."
    >
      <RadioGroup
        id="action-scope"
        legend="Welke acties"
        row
        className="rh-board__scope"
        options={SCOPE_OPTIONS}
        value={scope}
        onChange={setScope}
      />
      {notice.view}
      <RetryErrorAlert messages={contentErrors(error)} onRetry={() => void reload()} />
      {!actions && !error ? <Loading /> : null}
      {actions ? (
        <ActionBoard
          actions={actions}
          scope={scope}
          resetKey={`${caseData.id}|${scope}`}
          onChanged={changed}
        />
      ) : null}
    </IntroSection>
  );
}
