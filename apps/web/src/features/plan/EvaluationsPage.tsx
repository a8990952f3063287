import {
  Alert,
  Button,
  ButtonGroup,
  Checkbox,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  FormField,
  FormLabel,
  Heading,
  Paragraph,
  Select,
  SelectOption,
  Textarea,
  Textbox,
} from "@utrecht/component-library-react";
import { useMutation, useQuery } from "@apollo/client/react";
import { useRef, useState } from "react";
import type { FormEvent } from "react";
import { ErrorAlert } from "../../components/ErrorAlert";
import { Field } from "../../components/Field";
import { Loading } from "../../components/Loading";
import { usePageTitle } from "../../components/usePageTitle";
import { extractFieldErrors, hasErrorCode, messagesFor } from "../../errors";
import type { FieldErrors } from "../../errors";
import { formatDate, todayInput } from "../../labels";
import { useCaseContext } from "../cases/caseContext";
import { focusFirstInvalid } from "../../components/forms/focus";
import { EvaluationStatusBadge, OverdueBadge } from "./Badges";
import { Disclosure } from "../../components/Disclosure";
import { changeErrorMessages, contentErrors } from "./errors";
import { versionLabel } from "./labels";
import {
  HOLD_PLAN_EVALUATION_MUTATION,
  PLAN_EVALUATIONS_QUERY,
  SCHEDULE_PLAN_EVALUATION_MUTATION,
  SET_PLAN_EVALUATION_INTERVAL_MUTATION,
} from "./operations";
import type { PlanEvaluationRow } from "./operations";
import "./plan.css";

/** "3 maanden", "1 maand". */
function months(count: number): string {
  return `${count} ${count === 1 ? "maand" : "maanden"}`;
}

/** Participants typed one per line (or separated by commas). */
function parseParticipants(text: string): string[] {
  return text
    .split(/[\n,]/)
    .map((p) => p.trim())
    .filter((p) => p !== "");
}

/**
 * "Evaluaties": when the approved plan is next evaluated (overdue marked), the interval, the evaluations
 * planned and held, and — for the case directors — planning and recording them.
 */
export function EvaluationsPage() {
  const { caseData, reload: reloadCase } = useCaseContext();
  usePageTitle(`Evaluaties – ${caseData.title}`);
  const noticeRef = useRef<HTMLDivElement>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const { data, error, refetch } = useQuery(PLAN_EVALUATIONS_QUERY, {
    variables: { caseId: caseData.id },
    fetchPolicy: "cache-and-network",
    errorPolicy: "all",
  });
  const found = data?.case;
  const canManage = caseData.viewerCan.includes("MANAGE_EVALUATIONS");
  const messages = contentErrors(error);
  const schedule = found?.evaluationSchedule;

  const reload = async () => {
    await refetch().catch(() => undefined);
  };
  const changed = async (message: string) => {
    await reload();
    await reloadCase();
    setNotice(message);
    window.setTimeout(() => noticeRef.current?.focus(), 0);
  };

  const evaluations = [...(found?.evaluations ?? [])];
  const planned = evaluations.filter((e) => e.status === "SCHEDULED");
  const held = evaluations.filter((e) => e.status === "HELD").reverse();

  return (
    <section aria-labelledby="evaluations-heading" className="rh-section rh-evaluations">
      <Heading level={2} id="evaluations-heading">
        Evaluaties
      </Heading>
      <Paragraph>
        Samen met het gezin en de partners bekijken hoe het plan werkt: wat is bereikt, wat moet anders. Een
        evaluatie kan leiden tot een nieuwe versie van het plan.
      </Paragraph>
      <div ref={noticeRef} tabIndex={-1}>
        {notice ? (
          <Alert type="ok" className="rh-alert">
            <Paragraph>{notice}</Paragraph>
          </Alert>
        ) : null}
      </div>
      <ErrorAlert messages={messages}>
        <Button appearance="secondary-action-button" onClick={() => void reload()}>
          Opnieuw proberen
        </Button>
      </ErrorAlert>
      {!found && !error ? <Loading /> : null}

      {found && schedule ? (
        <section aria-labelledby="evaluation-schedule-heading" className="rh-card rh-evaluations__schedule">
          <Heading level={3} id="evaluation-schedule-heading">
            Volgende evaluatie
          </Heading>
          {schedule.overdue ? (
            <Alert type="warning" className="rh-alert">
              <Paragraph>
                <strong>Te laat:</strong> de evaluatie had uiterlijk{" "}
                {schedule.nextDueOn ? formatDate(schedule.nextDueOn) : "eerder"} gehouden moeten worden.
              </Paragraph>
            </Alert>
          ) : null}
          <DataList className="rh-data-list">
            <DataListItem className="rh-data-list__item">
              <DataListKey>Uiterlijk op</DataListKey>
              <DataListValue>
                {schedule.nextDueOn ? (
                  <>
                    <time dateTime={schedule.nextDueOn}>{formatDate(schedule.nextDueOn)}</time>
                    {schedule.overdue ? (
                      <>
                        {" "}
                        <OverdueBadge />
                      </>
                    ) : null}
                  </>
                ) : (
                  "Nog geen vastgesteld plan"
                )}
              </DataListValue>
            </DataListItem>
            {schedule.plan ? (
              <DataListItem className="rh-data-list__item">
                <DataListKey>Plan</DataListKey>
                <DataListValue>
                  {versionLabel(schedule.plan.number)}
                  {schedule.plan.approvedOn ? `, vastgesteld op ${formatDate(schedule.plan.approvedOn)}` : ""}
                </DataListValue>
              </DataListItem>
            ) : null}
            <DataListItem className="rh-data-list__item">
              <DataListKey>Evalueren</DataListKey>
              <DataListValue>Elke {months(schedule.intervalMonths)}</DataListValue>
            </DataListItem>
          </DataList>
          {canManage ? (
            <div className="rh-evaluations__controls">
              <Disclosure label="Interval wijzigen">
                {(done, cancel) => (
                  <IntervalForm
                    caseId={caseData.id}
                    caseVersion={found.version}
                    current={found.evaluationIntervalMonths}
                    onDone={(message) => {
                      done();
                      void changed(message);
                    }}
                    onCancel={cancel}
                    onReload={reload}
                  />
                )}
              </Disclosure>
              {schedule.plan ? (
                <Disclosure label="Evaluatie plannen" primary>
                  {(done, cancel) => (
                    <ScheduleForm
                      caseId={caseData.id}
                      defaultDate={schedule.nextDueOn ?? todayInput()}
                      onDone={(message) => {
                        done();
                        void changed(message);
                      }}
                      onCancel={cancel}
                    />
                  )}
                </Disclosure>
              ) : (
                <Paragraph className="rh-muted">
                  Een evaluatie plannen kan zodra het plan is vastgesteld.
                </Paragraph>
              )}
            </div>
          ) : null}
        </section>
      ) : null}

      {found ? (
        <>
          <section aria-labelledby="evaluations-planned-heading" className="rh-section">
            <Heading level={3} id="evaluations-planned-heading">
              Gepland
            </Heading>
            {planned.length === 0 ? <Paragraph>Er is geen evaluatie gepland.</Paragraph> : null}
            <ul className="rh-evaluation-list">
              {planned.map((evaluation) => (
                <li key={evaluation.id}>
                  <EvaluationCard evaluation={evaluation} canManage={canManage} onChanged={changed} />
                </li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="evaluations-held-heading" className="rh-section">
            <Heading level={3} id="evaluations-held-heading">
              Gehouden
            </Heading>
            {held.length === 0 ? <Paragraph>Er is nog geen evaluatie gehouden.</Paragraph> : null}
            <ul className="rh-evaluation-list">
              {held.map((evaluation) => (
                <li key={evaluation.id}>
                  <EvaluationCard evaluation={evaluation} canManage={false} onChanged={changed} />
                </li>
              ))}
            </ul>
          </section>
        </>
      ) : null}
    </section>
  );
}

interface EvaluationCardProps {
  evaluation: PlanEvaluationRow;
  canManage: boolean;
  onChanged: (notice: string) => Promise<void>;
}

function EvaluationCard({ evaluation, canManage, onChanged }: EvaluationCardProps) {
  const headingId = `evaluation-${evaluation.id}-heading`;
  if (evaluation.redacted) {
    return (
      <article aria-labelledby={headingId} className="rh-evaluation rh-evaluation--redacted">
        <Heading level={4} id={headingId}>
          Afgeschermde evaluatie
        </Heading>
        <Paragraph>Deze evaluatie valt buiten de toestemming die uw organisatie heeft.</Paragraph>
      </article>
    );
  }
  const date = evaluation.heldOn ?? evaluation.scheduledOn;
  return (
    <article
      aria-labelledby={headingId}
      className={evaluation.overdue ? "rh-evaluation rh-evaluation--overdue" : "rh-evaluation"}
    >
      <div className="rh-evaluation__head">
        <Heading level={4} id={headingId}>
          Evaluatie {date ? formatDate(date) : ""}
        </Heading>
        <EvaluationStatusBadge status={evaluation.status} />
        {evaluation.overdue ? <OverdueBadge /> : null}
      </div>
      <DataList className="rh-data-list">
        {evaluation.scheduledOn ? (
          <DataListItem className="rh-data-list__item">
            <DataListKey>Gepland op</DataListKey>
            <DataListValue>
              <time dateTime={evaluation.scheduledOn}>{formatDate(evaluation.scheduledOn)}</time>
            </DataListValue>
          </DataListItem>
        ) : null}
        {evaluation.heldOn ? (
          <DataListItem className="rh-data-list__item">
            <DataListKey>Gehouden op</DataListKey>
            <DataListValue>
              <time dateTime={evaluation.heldOn}>{formatDate(evaluation.heldOn)}</time>
            </DataListValue>
          </DataListItem>
        ) : null}
        {evaluation.participants && evaluation.participants.length > 0 ? (
          <DataListItem className="rh-data-list__item">
            <DataListKey>{evaluation.heldOn ? "Deelnemers" : "Uitgenodigd"}</DataListKey>
            <DataListValue>{evaluation.participants.join(", ")}</DataListValue>
          </DataListItem>
        ) : null}
        {evaluation.conclusions ? (
          <DataListItem className="rh-data-list__item">
            <DataListKey>Conclusies</DataListKey>
            <DataListValue className="rh-evaluation__conclusions">{evaluation.conclusions}</DataListValue>
          </DataListItem>
        ) : null}
        {evaluation.ledToPlan ? (
          <DataListItem className="rh-data-list__item">
            <DataListKey>Leidde tot</DataListKey>
            <DataListValue>{versionLabel(evaluation.ledToPlan.number)} van het plan</DataListValue>
          </DataListItem>
        ) : null}
      </DataList>
      {canManage && evaluation.status === "SCHEDULED" ? (
        <Disclosure label="Evaluatie vastleggen" describedBy={headingId} primary>
          {(done, cancel) => (
            <HoldForm
              evaluation={evaluation}
              onDone={(message) => {
                done();
                void onChanged(message);
              }}
              onCancel={cancel}
            />
          )}
        </Disclosure>
      ) : null}
    </article>
  );
}

/* ---------- Forms ---------- */

interface IntervalFormProps {
  caseId: string;
  caseVersion: number;
  current: number;
  onDone: (notice: string) => void;
  onCancel: () => void;
  onReload: () => Promise<void>;
}

function IntervalForm({ caseId, caseVersion, current, onDone, onCancel, onReload }: IntervalFormProps) {
  const [value, setValue] = useState(String(current));
  const [error, setError] = useState<unknown>(null);
  const [setInterval, { loading }] = useMutation(SET_PLAN_EVALUATION_INTERVAL_MUTATION);
  const conflict = hasErrorCode(error, "CONFLICT");

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (loading) return;
    setError(null);
    try {
      await setInterval({ variables: { input: { caseId, version: caseVersion, months: Number(value) } } });
      onDone(`Er wordt nu elke ${months(Number(value))} geëvalueerd.`);
    } catch (err) {
      setError(err);
    }
  };

  return (
    <form
      noValidate
      onSubmit={(e) => void submit(e)}
      className="rh-form"
      aria-label="Interval van evaluaties"
    >
      {conflict ? (
        <Alert type="error" className="rh-alert">
          <Paragraph>De casus is intussen gewijzigd door iemand anders; herlaad.</Paragraph>
          <Button
            appearance="secondary-action-button"
            onClick={() => void onReload().then(() => setError(null))}
          >
            Herladen
          </Button>
        </Alert>
      ) : null}
      <ErrorAlert
        messages={conflict ? [] : changeErrorMessages(error, ["months"])}
        heading="Het interval is niet gewijzigd."
      />
      <Field
        id="evaluation-interval"
        label="Evalueren elke"
        description="Standaard elke 3 maanden na het vaststellen van het plan."
        errors={messagesFor(extractFieldErrors(error), "months")}
      >
        {(control) => (
          <Select {...control} name="months" value={value} onChange={(e) => setValue(e.target.value)}>
            {Array.from({ length: 12 }, (_, i) => i + 1).map((m) => (
              <SelectOption key={m} value={String(m)}>
                {months(m)}
              </SelectOption>
            ))}
          </Select>
        )}
      </Field>
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={loading}>
          Interval opslaan
        </Button>
        <Button type="button" appearance="secondary-action-button" onClick={onCancel}>
          Annuleren
        </Button>
      </ButtonGroup>
    </form>
  );
}

interface ScheduleFormProps {
  caseId: string;
  defaultDate: string;
  onDone: (notice: string) => void;
  onCancel: () => void;
}

function ScheduleForm({ caseId, defaultDate, onDone, onCancel }: ScheduleFormProps) {
  const formRef = useRef<HTMLFormElement>(null);
  const [scheduledOn, setScheduledOn] = useState(defaultDate);
  const [participants, setParticipants] = useState("");
  const [error, setError] = useState<unknown>(null);
  const [schedule, { loading }] = useMutation(SCHEDULE_PLAN_EVALUATION_MUTATION);
  const fieldErrors = extractFieldErrors(error);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (loading) return;
    setError(null);
    try {
      const result = await schedule({
        variables: {
          input: {
            caseId,
            scheduledOn: scheduledOn || null,
            participants: parseParticipants(participants),
          },
        },
      });
      const date = result.data?.scheduleEvaluation.scheduledOn ?? scheduledOn;
      onDone(`De evaluatie is gepland op ${formatDate(date)}.`);
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
      aria-label="Evaluatie plannen"
    >
      <ErrorAlert
        messages={changeErrorMessages(error, ["scheduledOn", "participants"])}
        heading="De evaluatie is niet gepland."
      />
      <Field
        id="evaluation-date"
        label="Datum"
        description="Vooringevuld met de datum waarop de evaluatie uiterlijk moet plaatsvinden."
        errors={messagesFor(fieldErrors, "scheduledOn")}
      >
        {(control) => (
          <Textbox
            {...control}
            type="date"
            name="scheduledOn"
            value={scheduledOn}
            onChange={(e) => setScheduledOn(e.target.value)}
          />
        )}
      </Field>
      <Field
        id="evaluation-invited"
        label="Wie worden uitgenodigd (niet verplicht)"
        description="Eén naam of rol per regel, bijvoorbeeld ‘moeder’ of ‘schuldhulpverlener’."
        errors={messagesFor(fieldErrors, "participants")}
      >
        {(control) => (
          <Textarea
            {...control}
            name="participants"
            rows={3}
            value={participants}
            onChange={(e) => setParticipants(e.target.value)}
          />
        )}
      </Field>
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={loading}>
          Evaluatie plannen
        </Button>
        <Button type="button" appearance="secondary-action-button" onClick={onCancel}>
          Annuleren
        </Button>
      </ButtonGroup>
    </form>
  );
}

interface HoldFormProps {
  evaluation: PlanEvaluationRow;
  onDone: (notice: string) => void;
  onCancel: () => void;
}

function HoldForm({ evaluation, onDone, onCancel }: HoldFormProps) {
  const formRef = useRef<HTMLFormElement>(null);
  const prefix = `evaluation-${evaluation.id}-hold`;
  const scheduled = evaluation.scheduledOn ?? todayInput();
  const [heldOn, setHeldOn] = useState(scheduled <= todayInput() ? scheduled : todayInput());
  const [participants, setParticipants] = useState((evaluation.participants ?? []).join("\n"));
  const [conclusions, setConclusions] = useState("");
  const [startNewPlanVersion, setStartNewPlanVersion] = useState(false);
  const [missing, setMissing] = useState<FieldErrors>({});
  const [error, setError] = useState<unknown>(null);
  const [hold, { loading }] = useMutation(HOLD_PLAN_EVALUATION_MUTATION);
  const fieldErrors = { ...extractFieldErrors(error), ...missing };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (loading) return;
    setError(null);
    const problems: FieldErrors = {};
    if (!heldOn) problems["heldOn"] = ["Vul de datum in waarop de evaluatie is gehouden."];
    else if (heldOn > todayInput()) problems["heldOn"] = ["De datum ligt in de toekomst."];
    if (parseParticipants(participants).length === 0) problems["participants"] = ["Vul in wie er meededen."];
    if (!conclusions.trim()) problems["conclusions"] = ["Schrijf de conclusies op."];
    setMissing(problems);
    if (Object.keys(problems).length > 0) {
      focusFirstInvalid(formRef.current);
      return;
    }
    try {
      const result = await hold({
        variables: {
          input: {
            evaluationId: evaluation.id,
            version: evaluation.version,
            heldOn,
            participants: parseParticipants(participants),
            conclusions: conclusions.trim(),
            startNewPlanVersion,
          },
        },
      });
      const next = result.data?.holdEvaluation.ledToPlan;
      onDone(
        next
          ? `De evaluatie is vastgelegd. ${versionLabel(next.number)} van het plan staat klaar als concept.`
          : "De evaluatie is vastgelegd.",
      );
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
      aria-label="Evaluatie vastleggen"
    >
      <ErrorAlert
        messages={changeErrorMessages(error, ["heldOn", "participants", "conclusions"])}
        heading="De evaluatie is niet vastgelegd."
      />
      <Field id={`${prefix}-date`} label="Gehouden op" errors={messagesFor(fieldErrors, "heldOn")}>
        {(control) => (
          <Textbox
            {...control}
            type="date"
            name="heldOn"
            required
            max={todayInput()}
            value={heldOn}
            onChange={(e) => setHeldOn(e.target.value)}
          />
        )}
      </Field>
      <Field
        id={`${prefix}-participants`}
        label="Deelnemers"
        description="Eén naam of rol per regel."
        errors={messagesFor(fieldErrors, "participants")}
      >
        {(control) => (
          <Textarea
            {...control}
            name="participants"
            required
            rows={3}
            value={participants}
            onChange={(e) => setParticipants(e.target.value)}
          />
        )}
      </Field>
      <Field id={`${prefix}-conclusions`} label="Conclusies" errors={messagesFor(fieldErrors, "conclusions")}>
        {(control) => (
          <Textarea
            {...control}
            name="conclusions"
            required
            rows={4}
            value={conclusions}
            onChange={(e) => setConclusions(e.target.value)}
          />
        )}
      </Field>
      <FormField type="checkbox" className="rh-choices__item">
        <Checkbox
          id={`${prefix}-new-version`}
          name="startNewPlanVersion"
          checked={startNewPlanVersion}
          onChange={(e) => setStartNewPlanVersion(e.target.checked)}
        />
        <FormLabel htmlFor={`${prefix}-new-version`} type="checkbox">
          Start een nieuwe versie van het plan
        </FormLabel>
      </FormField>
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={loading}>
          Evaluatie vastleggen
        </Button>
        <Button type="button" appearance="secondary-action-button" onClick={onCancel}>
          Annuleren
        </Button>
      </ButtonGroup>
    </form>
  );
}
