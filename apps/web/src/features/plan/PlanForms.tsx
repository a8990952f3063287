import { Alert, Button, ButtonGroup, Paragraph, Textarea, Textbox } from "@utrecht/component-library-react";
import { useMutation } from "@apollo/client/react";
import { useRef, useState } from "react";
import type { FormEvent } from "react";
import { CheckboxGroup } from "../../components/CheckboxGroup";
import { EnumSelectField } from "../../components/EnumSelectField";
import { ErrorAlert } from "../../components/ErrorAlert";
import { Field } from "../../components/Field";
import { RadioGroup } from "../../components/RadioGroup";
import { extractFieldErrors, hasErrorCode, messagesFor } from "../../errors";
import type { FieldErrors } from "../../errors";
import type { DataClass, Domain, GoalPriority } from "../../generated/graphql";
import { DATA_CLASS_LABELS, DOMAIN_LABELS, todayInput } from "../../labels";
import { focusFirstInvalid } from "../../components/forms/focus";
import { PLAN_CONFLICT_MESSAGE, changeErrorMessages } from "./errors";
import { GOAL_PRIORITY_LABELS, keysOf, versionLabel } from "./labels";
import {
  ADD_PLAN_GOAL_MUTATION,
  AGREE_FAMILY_PLAN_MUTATION,
  APPROVE_FAMILY_PLAN_MUTATION,
  REOPEN_FAMILY_PLAN_MUTATION,
  UPDATE_FAMILY_PLAN_MUTATION,
} from "./operations";
import type { PlanDetail } from "./operations";

export interface PersonOption {
  id: string;
  fullName: string;
}

interface PlanFormProps {
  plan: PlanDetail;
  /** Close the form with a confirmation (after the page reloaded the plan). */
  onDone: (notice: string) => void;
  onCancel: () => void;
  /** Reload the plan page. */
  onChanged: () => Promise<void>;
}

function CancelButton({ onCancel }: { onCancel: () => void }) {
  return (
    <Button type="button" appearance="secondary-action-button" onClick={onCancel}>
      Annuleren
    </Button>
  );
}

/** A CONFLICT answer: someone else changed the plan; offer to reload. */
function ConflictAlert({ onReload }: { onReload: () => void }) {
  return (
    <Alert type="error" className="rh-alert">
      <Paragraph>{PLAN_CONFLICT_MESSAGE}</Paragraph>
      <Button appearance="secondary-action-button" onClick={onReload}>
        Plan opnieuw laden
      </Button>
    </Alert>
  );
}

/* ---------- Perspective ---------- */

/** "Perspectief wijzigen" (MANAGE_PLAN, draft only). */
export function PerspectiveForm({ plan, onDone, onCancel, onChanged }: PlanFormProps) {
  const formRef = useRef<HTMLFormElement>(null);
  const [perspective, setPerspective] = useState(plan.perspective ?? "");
  const [missing, setMissing] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [update, { loading }] = useMutation(UPDATE_FAMILY_PLAN_MUTATION);
  const id = `plan-${plan.id}-perspective`;
  const conflict = hasErrorCode(error, "CONFLICT");

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (loading) return;
    setError(null);
    setMissing(!perspective.trim());
    if (!perspective.trim()) {
      focusFirstInvalid(formRef.current);
      return;
    }
    try {
      await update({
        variables: { input: { planId: plan.id, version: plan.version, perspective: perspective.trim() } },
      });
      await onChanged();
      onDone("Het perspectief is opgeslagen.");
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
      aria-label="Perspectief"
    >
      {conflict ? <ConflictAlert onReload={() => void onChanged()} /> : null}
      <ErrorAlert
        messages={conflict ? [] : changeErrorMessages(error, ["perspective"], PLAN_CONFLICT_MESSAGE)}
        heading="Het perspectief is niet opgeslagen."
      />
      <Field
        id={id}
        label="Gewenst perspectief"
        description="Waar wil het gezin naartoe? Liefst in de woorden van het gezin."
        errors={
          missing
            ? ["Beschrijf het gewenste perspectief."]
            : messagesFor(extractFieldErrors(error), "perspective")
        }
      >
        {(control) => (
          <Textarea
            {...control}
            name="perspective"
            required
            rows={3}
            value={perspective}
            onChange={(e) => setPerspective(e.target.value)}
          />
        )}
      </Field>
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={loading}>
          Perspectief opslaan
        </Button>
        <CancelButton onCancel={onCancel} />
      </ButtonGroup>
    </form>
  );
}

/* ---------- Family agreement ---------- */

/** "Instemming gezin vastleggen" (MANAGE_PLAN): DRAFT → AGREED. */
export function AgreePlanForm({
  plan,
  persons,
  onDone,
  onCancel,
  onChanged,
}: PlanFormProps & { persons: readonly PersonOption[] }) {
  const formRef = useRef<HTMLFormElement>(null);
  const [agreedBy, setAgreedBy] = useState<string[]>([]);
  const [agreedOn, setAgreedOn] = useState(todayInput());
  const [missing, setMissing] = useState<FieldErrors>({});
  const [error, setError] = useState<unknown>(null);
  const [agree, { loading }] = useMutation(AGREE_FAMILY_PLAN_MUTATION);
  const prefix = `plan-${plan.id}-agree`;
  const conflict = hasErrorCode(error, "CONFLICT");
  const fieldErrors = { ...extractFieldErrors(error), ...missing };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (loading) return;
    setError(null);
    const problems: FieldErrors = {};
    if (agreedBy.length === 0) problems["agreedByPersonIds"] = ["Kies wie van het gezin heeft ingestemd."];
    if (!agreedOn) problems["agreedOn"] = ["Vul de datum van instemming in."];
    else if (agreedOn > todayInput()) problems["agreedOn"] = ["De datum van instemming ligt in de toekomst."];
    setMissing(problems);
    if (Object.keys(problems).length > 0) {
      focusFirstInvalid(formRef.current);
      return;
    }
    try {
      await agree({
        variables: {
          input: { planId: plan.id, version: plan.version, agreedByPersonIds: agreedBy, agreedOn },
        },
      });
      await onChanged();
      onDone(`De instemming van het gezin met ${versionLabel(plan.number).toLowerCase()} is vastgelegd.`);
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
      aria-label="Instemming gezin"
    >
      {conflict ? <ConflictAlert onReload={() => void onChanged()} /> : null}
      <ErrorAlert
        messages={
          conflict ? [] : changeErrorMessages(error, ["agreedByPersonIds", "agreedOn"], PLAN_CONFLICT_MESSAGE)
        }
        heading="De instemming is niet vastgelegd."
      />
      <CheckboxGroup
        id={`${prefix}-persons`}
        legend="Wie van het gezin heeft ingestemd"
        options={persons.map((p) => ({ value: p.id, label: p.fullName }))}
        selected={agreedBy}
        onChange={setAgreedBy}
        errors={messagesFor(fieldErrors, "agreedByPersonIds")}
      />
      <Field id={`${prefix}-date`} label="Datum van instemming" errors={messagesFor(fieldErrors, "agreedOn")}>
        {(control) => (
          <Textbox
            {...control}
            type="date"
            name="agreedOn"
            required
            max={todayInput()}
            value={agreedOn}
            onChange={(e) => setAgreedOn(e.target.value)}
          />
        )}
      </Field>
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={loading}>
          Instemming vastleggen
        </Button>
        <CancelButton onCancel={onCancel} />
      </ButtonGroup>
    </form>
  );
}

/* ---------- Approval ---------- */

/** "Vaststellen" (APPROVE_PLAN): AGREED → APPROVED; the previous approved version becomes SUPERSEDED. */
export function ApprovePlanForm({ plan, onDone, onCancel, onChanged }: PlanFormProps) {
  const [error, setError] = useState<unknown>(null);
  const [approve, { loading }] = useMutation(APPROVE_FAMILY_PLAN_MUTATION);
  const conflict = hasErrorCode(error, "CONFLICT");

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (loading) return;
    setError(null);
    try {
      await approve({ variables: { input: { planId: plan.id, version: plan.version } } });
      await onChanged();
      onDone(`${versionLabel(plan.number)} is vastgesteld en is nu het geldende plan.`);
    } catch (err) {
      setError(err);
    }
  };

  return (
    <form noValidate onSubmit={(e) => void submit(e)} className="rh-form" aria-label="Plan vaststellen">
      {conflict ? <ConflictAlert onReload={() => void onChanged()} /> : null}
      <ErrorAlert
        messages={conflict ? [] : changeErrorMessages(error, [], PLAN_CONFLICT_MESSAGE)}
        heading="Het plan is niet vastgesteld."
      />
      <Paragraph>
        Na vaststellen is dit het geldende plan; een eerder vastgesteld plan wordt vervangen. Wijzigen kan
        daarna alleen in een nieuwe versie.
      </Paragraph>
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={loading}>
          {versionLabel(plan.number)} vaststellen
        </Button>
        <CancelButton onCancel={onCancel} />
      </ButtonGroup>
    </form>
  );
}

/* ---------- Back to draft ---------- */

/** "Terug naar concept" (MANAGE_PLAN): AGREED → DRAFT with a reason; the family's agreement lapses. */
export function ReopenPlanForm({ plan, onDone, onCancel, onChanged }: PlanFormProps) {
  const formRef = useRef<HTMLFormElement>(null);
  const [reason, setReason] = useState("");
  const [missing, setMissing] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [reopen, { loading }] = useMutation(REOPEN_FAMILY_PLAN_MUTATION);
  const conflict = hasErrorCode(error, "CONFLICT");

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (loading) return;
    setError(null);
    setMissing(!reason.trim());
    if (!reason.trim()) {
      focusFirstInvalid(formRef.current);
      return;
    }
    try {
      await reopen({
        variables: { input: { planId: plan.id, version: plan.version, reason: reason.trim() } },
      });
      await onChanged();
      onDone(`${versionLabel(plan.number)} is terug naar concept. Vraag het gezin opnieuw om instemming.`);
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
      aria-label="Terug naar concept"
    >
      {conflict ? <ConflictAlert onReload={() => void onChanged()} /> : null}
      <ErrorAlert
        messages={conflict ? [] : changeErrorMessages(error, ["reason"], PLAN_CONFLICT_MESSAGE)}
        heading="Het plan is niet teruggezet."
      />
      <Field
        id={`plan-${plan.id}-reopen-reason`}
        label="Reden"
        description="Waarom het plan nog moet veranderen. De instemming van het gezin vervalt."
        errors={missing ? ["Geef de reden."] : messagesFor(extractFieldErrors(error), "reason")}
      >
        {(control) => (
          <Textarea
            {...control}
            name="reason"
            required
            rows={2}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
          />
        )}
      </Field>
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" hint="danger" busy={loading}>
          Terug naar concept
        </Button>
        <CancelButton onCancel={onCancel} />
      </ButtonGroup>
    </form>
  );
}

/* ---------- Goals ---------- */

const GOAL_FIELDS = [
  "domain",
  "dataClass",
  "subjectPersonIds",
  "familyWording",
  "professionalWording",
  "priority",
  "targetDate",
] as const;

/** "Doel toevoegen" (MANAGE_PLAN, draft only). */
export function AddGoalForm({
  plan,
  persons,
  onDone,
  onCancel,
  onChanged,
}: PlanFormProps & { persons: readonly PersonOption[] }) {
  const formRef = useRef<HTMLFormElement>(null);
  const defaultSubjects = (plan.subjects ?? []).map((s) => s.id);
  const [domain, setDomain] = useState<Domain | "">("");
  const [dataClass, setDataClass] = useState<DataClass | "">("GENERAL");
  const [subjectPersonIds, setSubjectPersonIds] = useState<string[]>(
    defaultSubjects.length > 0 ? defaultSubjects : persons.map((p) => p.id),
  );
  const [familyWording, setFamilyWording] = useState("");
  const [professionalWording, setProfessionalWording] = useState("");
  const [priority, setPriority] = useState<GoalPriority | "">("MEDIUM");
  const [targetDate, setTargetDate] = useState("");
  const [missing, setMissing] = useState<FieldErrors>({});
  const [error, setError] = useState<unknown>(null);
  const [addGoal, { loading }] = useMutation(ADD_PLAN_GOAL_MUTATION);
  const prefix = `plan-${plan.id}-goal`;
  const fieldErrors = { ...extractFieldErrors(error), ...missing };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (loading) return;
    setError(null);
    const problems: FieldErrors = {};
    if (!domain) problems["domain"] = ["Kies het leefgebied van het doel."];
    if (!dataClass) problems["dataClass"] = ["Kies een gegevenscategorie."];
    if (subjectPersonIds.length === 0) problems["subjectPersonIds"] = ["Kies minstens één gezinslid."];
    if (!familyWording.trim())
      problems["familyWording"] = ["Schrijf het doel op in de woorden van het gezin."];
    if (!professionalWording.trim()) {
      problems["professionalWording"] = ["Schrijf het doel op zoals de professionals het formuleren."];
    }
    setMissing(problems);
    if (Object.keys(problems).length > 0 || !domain || !dataClass) {
      focusFirstInvalid(formRef.current);
      return;
    }
    try {
      await addGoal({
        variables: {
          input: {
            planId: plan.id,
            domain,
            dataClass,
            subjectPersonIds,
            familyWording: familyWording.trim(),
            professionalWording: professionalWording.trim(),
            priority: priority || null,
            targetDate: targetDate || null,
          },
        },
      });
      await onChanged();
      onDone("Het doel is toegevoegd.");
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
      aria-label="Nieuw doel"
    >
      <ErrorAlert
        messages={changeErrorMessages(error, GOAL_FIELDS, PLAN_CONFLICT_MESSAGE)}
        heading="Het doel is niet toegevoegd."
      />
      <div className="rh-form__row">
        <EnumSelectField
          id={`${prefix}-domain`}
          name="domain"
          label="Leefgebied"
          labels={DOMAIN_LABELS}
          placeholder="Kies een leefgebied"
          required
          value={domain}
          onChange={setDomain}
          errors={messagesFor(fieldErrors, "domain")}
        />
        <EnumSelectField
          id={`${prefix}-data-class`}
          name="dataClass"
          label="Gegevenscategorie"
          description="Gezondheid en jeugdhulp: kies Bijzonder."
          labels={DATA_CLASS_LABELS}
          required
          value={dataClass}
          onChange={setDataClass}
          errors={messagesFor(fieldErrors, "dataClass")}
        />
      </div>
      <CheckboxGroup
        id={`${prefix}-subjects`}
        legend="Over wie"
        options={persons.map((p) => ({ value: p.id, label: p.fullName }))}
        selected={subjectPersonIds}
        onChange={setSubjectPersonIds}
        errors={messagesFor(fieldErrors, "subjectPersonIds")}
      />
      <Field
        id={`${prefix}-family-wording`}
        label="Doel in de woorden van het gezin"
        description="Zoals het gezin het zegt, bijvoorbeeld ‘We willen geen post meer die we niet durven open te maken.’"
        errors={messagesFor(fieldErrors, "familyWording")}
      >
        {(control) => (
          <Textarea
            {...control}
            name="familyWording"
            required
            rows={2}
            value={familyWording}
            onChange={(e) => setFamilyWording(e.target.value)}
          />
        )}
      </Field>
      <Field
        id={`${prefix}-professional-wording`}
        label="Doel in professionele woorden"
        description="Concreet en toetsbaar, bijvoorbeeld ‘Schulden zijn in beeld en er is een betalingsregeling.’"
        errors={messagesFor(fieldErrors, "professionalWording")}
      >
        {(control) => (
          <Textarea
            {...control}
            name="professionalWording"
            required
            rows={2}
            value={professionalWording}
            onChange={(e) => setProfessionalWording(e.target.value)}
          />
        )}
      </Field>
      <RadioGroup
        id={`${prefix}-priority`}
        legend="Prioriteit"
        className="rh-choices--row"
        options={keysOf(GOAL_PRIORITY_LABELS).map((p) => ({ value: p, label: GOAL_PRIORITY_LABELS[p] }))}
        value={priority}
        onChange={setPriority}
        errors={messagesFor(fieldErrors, "priority")}
      />
      <Field
        id={`${prefix}-target-date`}
        label="Streefdatum (niet verplicht)"
        errors={messagesFor(fieldErrors, "targetDate")}
      >
        {(control) => (
          <Textbox
            {...control}
            type="date"
            name="targetDate"
            min={todayInput()}
            value={targetDate}
            onChange={(e) => setTargetDate(e.target.value)}
          />
        )}
      </Field>
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={loading}>
          Doel toevoegen
        </Button>
        <CancelButton onCancel={onCancel} />
      </ButtonGroup>
    </form>
  );
}
