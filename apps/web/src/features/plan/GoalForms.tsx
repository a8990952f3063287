import {
  Button,
  ButtonGroup,
  Select,
  SelectOption,
  Textarea,
  Textbox,
} from "@utrecht/component-library-react";
import { useMutation, useQuery } from "@apollo/client/react";
import { useRef, useState } from "react";
import type { FormEvent } from "react";
import { EnumSelectField } from "../../components/EnumSelectField";
import { ErrorAlert } from "../../components/ErrorAlert";
import { Field } from "../../components/Field";
import { TeamOrganisationField } from "../../components/TeamOrganisationField";
import { extractFieldErrors, messagesFor } from "../../errors";
import type { FieldErrors } from "../../errors";
import type { ResultStatus } from "../../generated/graphql";
import { todayInput } from "../../labels";
import { focusFirstInvalid } from "../../components/forms/focus";
import type { CaseDetail } from "../cases/operations";
import { changeErrorMessages } from "./errors";
import { RESULT_STATUS_LABELS } from "./labels";
import {
  ADD_PLAN_ACTION_MUTATION,
  PLAN_ORGANISATION_PROFESSIONALS_QUERY,
  RECORD_PLAN_RESULT_MUTATION,
} from "./operations";
import type { PlanGoal } from "./operations";

interface GoalFormProps {
  goal: PlanGoal;
  onDone: (notice: string) => void;
  onCancel: () => void;
  onChanged: () => Promise<void>;
}

/** The organisations of the case team, each once, by name. */
export function teamOrganisations(caseData: CaseDetail) {
  const seen = new Map<string, CaseDetail["team"][number]["organisation"]>();
  for (const member of caseData.team) seen.set(member.organisation.id, member.organisation);
  return [...seen.values()].sort((a, b) => a.name.localeCompare(b.name, "nl"));
}

const ACTION_FIELDS = [
  "title",
  "description",
  "ownerOrganisationId",
  "ownerProfessionalId",
  "dueOn",
] as const;

/** "Actie toevoegen" (ADD_ACTION on the goal): who does what by when. */
export function AddActionForm({
  goal,
  caseData,
  onDone,
  onCancel,
  onChanged,
}: GoalFormProps & { caseData: CaseDetail }) {
  const formRef = useRef<HTMLFormElement>(null);
  const organisations = teamOrganisations(caseData);
  const [title, setTitle] = useState("");
  const [description, setDescription] = useState("");
  const [ownerOrganisationId, setOwnerOrganisationId] = useState("");
  const [ownerProfessionalId, setOwnerProfessionalId] = useState("");
  const [dueOn, setDueOn] = useState("");
  const [missing, setMissing] = useState<FieldErrors>({});
  const [error, setError] = useState<unknown>(null);
  const [addAction, { loading }] = useMutation(ADD_PLAN_ACTION_MUTATION);
  const professionals = useQuery(PLAN_ORGANISATION_PROFESSIONALS_QUERY, {
    variables: { organisationId: ownerOrganisationId },
    skip: !ownerOrganisationId,
  });
  // Named team members of the organisation first; else whoever the directory lists for it.
  const teamProfessionals = caseData.team
    .filter((m) => m.organisation.id === ownerOrganisationId && m.professional)
    .map((m) => m.professional!);
  const professionalOptions = new Map<string, string>();
  for (const p of [...teamProfessionals, ...(professionals.data?.professionals ?? [])]) {
    professionalOptions.set(p.id, p.name);
  }
  const prefix = `goal-${goal.id}-action`;
  const fieldErrors = { ...extractFieldErrors(error), ...missing };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (loading) return;
    setError(null);
    const problems: FieldErrors = {};
    if (!title.trim()) problems["title"] = ["Beschrijf wat er gedaan wordt."];
    if (!ownerOrganisationId)
      problems["ownerOrganisationId"] = ["Kies de organisatie die de actie uitvoert."];
    setMissing(problems);
    if (Object.keys(problems).length > 0) {
      focusFirstInvalid(formRef.current);
      return;
    }
    try {
      await addAction({
        variables: {
          input: {
            goalId: goal.id,
            title: title.trim(),
            description: description.trim() || null,
            ownerOrganisationId,
            ownerProfessionalId: ownerProfessionalId || null,
            dueOn: dueOn || null,
          },
        },
      });
      const organisation = organisations.find((o) => o.id === ownerOrganisationId)?.name ?? "de organisatie";
      await onChanged();
      onDone(`De actie voor ${organisation} is toegevoegd.`);
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
      aria-label="Nieuwe actie"
    >
      <ErrorAlert
        messages={changeErrorMessages(error, ACTION_FIELDS)}
        heading="De actie is niet toegevoegd."
      />
      <Field id={`${prefix}-title`} label="Wat wordt er gedaan" errors={messagesFor(fieldErrors, "title")}>
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
      <Field
        id={`${prefix}-description`}
        label="Toelichting (niet verplicht)"
        errors={messagesFor(fieldErrors, "description")}
      >
        {(control) => (
          <Textarea
            {...control}
            name="description"
            rows={2}
            value={description}
            onChange={(e) => setDescription(e.target.value)}
          />
        )}
      </Field>
      <div className="rh-form__row">
        <TeamOrganisationField
          id={`${prefix}-organisation`}
          name="ownerOrganisationId"
          label="Uitvoerende organisatie"
          description="Een organisatie uit het team; zij moet de actie onder haar toestemming kunnen zien."
          organisations={organisations}
          errors={messagesFor(fieldErrors, "ownerOrganisationId")}
          value={ownerOrganisationId}
          onChange={(id) => {
            setOwnerOrganisationId(id);
            setOwnerProfessionalId("");
          }}
        />
        <Field
          id={`${prefix}-professional`}
          label="Uitvoerende professional (niet verplicht)"
          errors={messagesFor(fieldErrors, "ownerProfessionalId")}
        >
          {(control) => (
            <Select
              {...control}
              name="ownerProfessionalId"
              disabled={!ownerOrganisationId}
              value={ownerProfessionalId}
              onChange={(e) => setOwnerProfessionalId(e.target.value)}
            >
              <SelectOption value="">
                {ownerOrganisationId ? "Nog niemand in het bijzonder" : "Kies eerst een organisatie"}
              </SelectOption>
              {[...professionalOptions].map(([id, name]) => (
                <SelectOption key={id} value={id}>
                  {name}
                </SelectOption>
              ))}
            </Select>
          )}
        </Field>
      </div>
      <Field
        id={`${prefix}-due`}
        label="Uiterlijk klaar op (niet verplicht)"
        errors={messagesFor(fieldErrors, "dueOn")}
      >
        {(control) => (
          <Textbox
            {...control}
            type="date"
            name="dueOn"
            value={dueOn}
            onChange={(e) => setDueOn(e.target.value)}
          />
        )}
      </Field>
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={loading}>
          Actie toevoegen
        </Button>
        <Button type="button" appearance="secondary-action-button" onClick={onCancel}>
          Annuleren
        </Button>
      </ButtonGroup>
    </form>
  );
}

const RESULT_FIELDS = ["measuredOn", "score", "status", "evidence"] as const;

/** "Resultaat vastleggen" (RECORD_RESULT on the goal): a measurement against the goal. */
export function RecordResultForm({ goal, onDone, onCancel, onChanged }: GoalFormProps) {
  const formRef = useRef<HTMLFormElement>(null);
  const [measuredOn, setMeasuredOn] = useState(todayInput());
  const [score, setScore] = useState("");
  const [status, setStatus] = useState<ResultStatus | "">("");
  const [evidence, setEvidence] = useState("");
  const [missing, setMissing] = useState<FieldErrors>({});
  const [error, setError] = useState<unknown>(null);
  const [record, { loading }] = useMutation(RECORD_PLAN_RESULT_MUTATION);
  const prefix = `goal-${goal.id}-result`;
  const fieldErrors = { ...extractFieldErrors(error), ...missing };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (loading) return;
    setError(null);
    const problems: FieldErrors = {};
    if (!measuredOn) problems["measuredOn"] = ["Vul de datum van de meting in."];
    else if (measuredOn > todayInput()) problems["measuredOn"] = ["De datum ligt in de toekomst."];
    if (!status) problems["status"] = ["Kies hoe ver het doel is."];
    if (!evidence.trim()) problems["evidence"] = ["Beschrijf waar de meting op berust."];
    setMissing(problems);
    if (Object.keys(problems).length > 0 || !status) {
      focusFirstInvalid(formRef.current);
      return;
    }
    try {
      await record({
        variables: {
          input: {
            goalId: goal.id,
            measuredOn,
            score: score === "" ? null : Number(score),
            status,
            evidence: evidence.trim(),
          },
        },
      });
      await onChanged();
      onDone("Het resultaat is vastgelegd.");
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
      aria-label="Nieuw resultaat"
    >
      <ErrorAlert
        messages={changeErrorMessages(error, RESULT_FIELDS)}
        heading="Het resultaat is niet vastgelegd."
      />
      <div className="rh-form__row">
        <Field
          id={`${prefix}-date`}
          label="Datum van de meting"
          errors={messagesFor(fieldErrors, "measuredOn")}
        >
          {(control) => (
            <Textbox
              {...control}
              type="date"
              name="measuredOn"
              required
              max={todayInput()}
              value={measuredOn}
              onChange={(e) => setMeasuredOn(e.target.value)}
            />
          )}
        </Field>
        <Field
          id={`${prefix}-score`}
          label="Score (niet verplicht)"
          description="0: nog niets bereikt, 10: het doel is helemaal bereikt."
          errors={messagesFor(fieldErrors, "score")}
        >
          {(control) => (
            <Select {...control} name="score" value={score} onChange={(e) => setScore(e.target.value)}>
              <SelectOption value="">Geen score</SelectOption>
              {Array.from({ length: 11 }, (_, i) => (
                <SelectOption key={i} value={String(i)}>
                  {i}
                </SelectOption>
              ))}
            </Select>
          )}
        </Field>
      </div>
      <EnumSelectField
        id={`${prefix}-status`}
        name="status"
        label="Stand van het doel"
        labels={RESULT_STATUS_LABELS}
        placeholder="Kies de stand"
        required
        value={status}
        onChange={setStatus}
        errors={messagesFor(fieldErrors, "status")}
      />
      <Field
        id={`${prefix}-evidence`}
        label="Onderbouwing"
        description="Waar de meting op berust, bijvoorbeeld ‘Betalingsregeling getekend op 3 maart’."
        errors={messagesFor(fieldErrors, "evidence")}
      >
        {(control) => (
          <Textarea
            {...control}
            name="evidence"
            required
            rows={2}
            value={evidence}
            onChange={(e) => setEvidence(e.target.value)}
          />
        )}
      </Field>
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={loading}>
          Resultaat vastleggen
        </Button>
        <Button type="button" appearance="secondary-action-button" onClick={onCancel}>
          Annuleren
        </Button>
      </ButtonGroup>
    </form>
  );
}
