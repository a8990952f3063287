import { Button, ButtonGroup, Paragraph, Textarea, Textbox } from "@utrecht/component-library-react";
import { useMutation } from "@apollo/client/react";
import { useRef, useState } from "react";
import type { FormEvent } from "react";
import { ErrorAlert } from "../../components/ErrorAlert";
import { Field } from "../../components/Field";
import { TeamOrganisationField } from "../../components/TeamOrganisationField";
import { extractFieldErrors, messagesFor } from "../../errors";
import type { FieldErrors } from "../../errors";
import { todayInput } from "../../labels";
import { focusFirstInvalid } from "../../components/forms/focus";
import type { CaseDetail } from "../cases/operations";
import { changeErrorMessages } from "./errors";
import { teamOrganisations } from "./GoalForms";
import { RECORD_DOORBRAAK_MUTATION } from "./operations";
import type { PlanGoal } from "./operations";

const DOORBRAAK_FIELDS = ["title", "ownerOrganisationId", "dueOn", "authority", "heard"] as const;

/**
 * "Doorbraak vastleggen" (RECORD_DOORBRAAK, the procesregisseur of the case): on a case that stalls, what must
 * happen, which team organisation carries it, by when, on what authority and after hearing whom. It becomes
 * an action under this goal, marked as doorbraak; the organisation's team members and the casusregisseur are
 * notified.
 */
export function DoorbraakForm({
  goal,
  caseData,
  onDone,
  onCancel,
  onChanged,
}: {
  goal: PlanGoal;
  caseData: CaseDetail;
  onDone: (notice?: string) => void;
  onCancel: () => void;
  onChanged: () => Promise<void>;
}) {
  const formRef = useRef<HTMLFormElement>(null);
  const organisations = teamOrganisations(caseData);
  const [title, setTitle] = useState("");
  const [ownerOrganisationId, setOwnerOrganisationId] = useState("");
  const [dueOn, setDueOn] = useState("");
  const [authority, setAuthority] = useState("");
  const [heard, setHeard] = useState("");
  const [missing, setMissing] = useState<FieldErrors>({});
  const [error, setError] = useState<unknown>(null);
  const [record, { loading }] = useMutation(RECORD_DOORBRAAK_MUTATION);
  const prefix = `goal-${goal.id}-doorbraak`;
  const fieldErrors = { ...extractFieldErrors(error), ...missing };
  const heardList = heard
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (loading) return;
    setError(null);
    const problems: FieldErrors = {};
    if (!title.trim()) problems["title"] = ["Beschrijf wat er moet gebeuren."];
    if (!ownerOrganisationId) problems["ownerOrganisationId"] = ["Kies de organisatie die het uitvoert."];
    if (!dueOn) problems["dueOn"] = ["Kies uiterlijk wanneer het klaar moet zijn."];
    else if (dueOn < todayInput()) problems["dueOn"] = ["Kies een datum vanaf vandaag."];
    if (!authority.trim()) problems["authority"] = ["Noem waarop de doorbraak berust."];
    if (heardList.length === 0) problems["heard"] = ["Noem wie er is gehoord."];
    setMissing(problems);
    if (Object.keys(problems).length > 0) {
      focusFirstInvalid(formRef.current);
      return;
    }
    try {
      await record({
        variables: {
          input: {
            goalId: goal.id,
            title: title.trim(),
            ownerOrganisationId,
            dueOn,
            authority: authority.trim(),
            heard: heardList,
          },
        },
      });
      const organisation = organisations.find((o) => o.id === ownerOrganisationId)?.name ?? "de organisatie";
      await onChanged();
      onDone(`De doorbraak is vastgelegd; ${organisation} en de casusregisseur zijn op de hoogte gebracht.`);
    } catch (err) {
      setError(err);
      focusFirstInvalid(formRef.current);
    }
  };

  return (
    <form
      ref={formRef}
      noValidate
      onSubmit={(e) => void submit(e)}
      className="rh-form"
      aria-label="Doorbraak"
    >
      <Paragraph>
        Een doorbraak legt vast wat er moet gebeuren in een casus die vastloopt. De inhoud van het plan blijft
        van de casusregisseur.
      </Paragraph>
      <ErrorAlert
        messages={changeErrorMessages(error, DOORBRAAK_FIELDS)}
        heading="De doorbraak is niet vastgelegd."
      />
      <Field id={`${prefix}-title`} label="Wat moet er gebeuren" errors={messagesFor(fieldErrors, "title")}>
        {(control) => (
          <Textbox
            {...control}
            name="title"
            required
            autoComplete="off"
            value={title}
            onChange={(e) => setTitle(e.target.value)}
          />
        )}
      </Field>
      <div className="rh-form__row">
        <TeamOrganisationField
          id={`${prefix}-organisation`}
          name="ownerOrganisationId"
          label="Wie voert het uit"
          description="Een organisatie uit het team; zij moet het onder haar toestemming kunnen zien."
          organisations={organisations}
          errors={messagesFor(fieldErrors, "ownerOrganisationId")}
          value={ownerOrganisationId}
          onChange={setOwnerOrganisationId}
        />
        <Field id={`${prefix}-due`} label="Uiterlijk klaar op" errors={messagesFor(fieldErrors, "dueOn")}>
          {(control) => (
            <Textbox
              {...control}
              type="date"
              name="dueOn"
              required
              min={todayInput()}
              value={dueOn}
              onChange={(e) => setDueOn(e.target.value)}
            />
          )}
        </Field>
      </div>
      <Field
        id={`${prefix}-authority`}
        label="Waarop berust de doorbraak"
        description="Bijvoorbeeld het mandaat van de wethouder of een besluit van het veiligheidsoverleg."
        errors={messagesFor(fieldErrors, "authority")}
      >
        {(control) => (
          <Textbox
            {...control}
            name="authority"
            required
            value={authority}
            onChange={(e) => setAuthority(e.target.value)}
          />
        )}
      </Field>
      <Field
        id={`${prefix}-heard`}
        label="Wie zijn er gehoord"
        description="Eén per regel."
        errors={messagesFor(fieldErrors, "heard")}
      >
        {(control) => (
          <Textarea
            {...control}
            name="heard"
            rows={3}
            value={heard}
            onChange={(e) => setHeard(e.target.value)}
          />
        )}
      </Field>
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={loading}>
          Doorbraak vastleggen
        </Button>
        <Button type="button" appearance="secondary-action-button" onClick={onCancel}>
          Annuleren
        </Button>
      </ButtonGroup>
    </form>
  );
}
