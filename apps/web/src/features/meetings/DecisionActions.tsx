import { Button, Paragraph } from "@utrecht/component-library-react";
import { useQuery } from "@apollo/client/react";
import { useRef } from "react";
import type { MutationForm } from "../../components/forms";
import type { CaseDetail } from "../cases/types";
import { DecisionActionFields, type DecisionActionValues } from "./DecisionActionFields";
import { goalOptions } from "./goals";
import { teamOrganisationsOf } from "./team";
import { MeetingPlanGoalsDocument } from "../../generated/graphql";

/** At most this many actions per decision (the contract's limit). */
const MAX_ACTIONS = 20;

/** The checks before sending, per action: at `actions.<n>.<field>`. */
export function actionChecks(actions: readonly DecisionActionValues[]): Record<string, string | false> {
  const checks: Record<string, string | false> = {};
  actions.forEach((a, i) => {
    checks[`actions.${i}.title`] = !a.title.trim() && "Beschrijf wat er moet gebeuren.";
    checks[`actions.${i}.goalId`] = !a.goalId && "Kies een doel uit het plan.";
    checks[`actions.${i}.ownerOrganisationId`] =
      !a.ownerOrganisationId && "Kies een organisatie uit het team.";
  });
  return checks;
}

/**
 * The actions a decision puts in the plan: zero or more, each under a goal of the plan (in force or in
 * preparation) and carried by an organisation of the team; "Actie toevoegen" adds one.
 */
export function DecisionActions({
  caseData,
  actions,
  onChange,
  form,
}: {
  caseData: CaseDetail;
  actions: DecisionActionValues[];
  onChange: (actions: DecisionActionValues[]) => void;
  form: Pick<MutationForm, "errorsFor">;
}) {
  const goalsQuery = useQuery(MeetingPlanGoalsDocument, { variables: { caseId: caseData.id } });
  const goals = goalOptions(goalsQuery.data?.case ?? null);
  const organisations = teamOrganisationsOf(caseData);
  const nextKey = useRef(1);

  const add = () =>
    onChange([
      ...actions,
      {
        key: nextKey.current++,
        title: "",
        goalId: goals.length === 1 ? goals[0]!.value : "",
        ownerOrganisationId: "",
        dueOn: "",
      },
    ]);

  return (
    <>
      {actions.map((action, index) => (
        <DecisionActionFields
          key={action.key}
          index={index}
          action={action}
          goals={goals}
          organisations={organisations}
          form={form}
          onChange={(change) =>
            onChange(actions.map((a) => (a.key === action.key ? { ...a, ...change } : a)))
          }
          onRemove={() => onChange(actions.filter((a) => a.key !== action.key))}
        />
      ))}
      {goals.length > 0 && actions.length < MAX_ACTIONS ? (
        <div>
          <Button appearance="secondary-action-button" onClick={add}>
            Actie toevoegen
          </Button>
        </div>
      ) : goalsQuery.data && goals.length === 0 ? (
        <Paragraph className="rh-muted">
          Het plan heeft nog geen doelen: acties bij dit besluit kunnen pas als er een doel is.
        </Paragraph>
      ) : null}
    </>
  );
}
