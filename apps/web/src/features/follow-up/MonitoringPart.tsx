import {
  Button,
  Heading,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Textarea,
  Textbox,
} from "@utrecht/component-library-react";
import { useMutation } from "@apollo/client/react";
import { useState } from "react";
import { suggestedMonitoringFollowUp } from "@regiehub/domain";
import { Field } from "../../components/Field";
import { RadioGroup } from "../../components/RadioGroup";
import { TableScroll } from "../../components/TableScroll";
import type { MonitoringOutcome } from "../../generated/graphql";
import { PHASE_LABELS, formatDate, formatShortDate, label } from "../../labels";
import {
  RECORD_MONITORING_REVIEW_MUTATION,
  START_MONITORING_MUTATION,
  type FollowUpCase,
  type MonitoringReviewRow,
} from "./operations";
import { daysBetween, dueText } from "./dates";
import { useFormState } from "./shared";

const OUTCOME_LABELS: Record<MonitoringOutcome, string> = {
  CONTINUE: "Doorgaan met monitoring",
  CLOSE: "Afsluiten",
  REOPEN: "Heropenen",
};
const OUTCOME_HINTS: Record<MonitoringOutcome, string> = {
  CONTINUE: "De casus blijft in monitoring met een nieuwe vervolgdatum.",
  CLOSE: "Het houdt stand: de casus wordt gesloten.",
  REOPEN: "Het houdt geen stand: de casus gaat terug naar de uitvoering.",
};
const OUTCOMES = ["CONTINUE", "CLOSE", "REOPEN"] as const satisfies readonly MonitoringOutcome[];

interface MonitoringPartProps {
  followUp: FollowUpCase;
  today: string;
  canMonitor: boolean;
  onChanged: () => Promise<void>;
}

/**
 * "Monitoring": after evaluation a case is watched for a while (vinger aan de pols) and looked at again on a
 * follow-up date; the outcome continues, closes or reopens it.
 */
export function MonitoringPart({ followUp, today, canMonitor, onChanged }: MonitoringPartProps) {
  const inMonitoring = followUp.phase === "MONITORING";
  const followUpOn = followUp.monitoringFollowUpOn ?? null;
  const reviews = followUp.monitoringReviews ?? [];
  return (
    <section className="rh-subsection" aria-labelledby="monitoring-heading">
      <Heading level={3} id="monitoring-heading">
        Monitoring
      </Heading>
      {inMonitoring ? (
        <Paragraph data-testid="monitoring-follow-up">
          {followUpOn ? (
            <>
              De casus is in monitoring. Vervolgdatum:{" "}
              <time dateTime={followUpOn}>{formatDate(followUpOn)}</time> ({dueText(followUpOn, today)})
              {daysBetween(today, followUpOn) < 0 ? <strong> — de vervolgdatum is verstreken.</strong> : null}
            </>
          ) : (
            "De casus is in monitoring, zonder vervolgdatum."
          )}
        </Paragraph>
      ) : (
        <Paragraph>
          De casus is niet in monitoring (fase: {label(PHASE_LABELS, followUp.phase)}). Monitoring begint
          vanuit de fase {label(PHASE_LABELS, "EVALUATION")}.
        </Paragraph>
      )}
      {reviews.length > 0 ? <ReviewsTable reviews={reviews} /> : null}
      {canMonitor && inMonitoring ? (
        <ReviewForm caseId={followUp.id} version={followUp.version} today={today} onChanged={onChanged} />
      ) : null}
      {canMonitor && followUp.phase === "EVALUATION" ? (
        <StartForm caseId={followUp.id} version={followUp.version} today={today} onChanged={onChanged} />
      ) : null}
    </section>
  );
}

function ReviewsTable({ reviews }: { reviews: readonly MonitoringReviewRow[] }) {
  return (
    <TableScroll label="Opvolging van de monitoring">
      <Table aria-labelledby="monitoring-heading" className="rh-table">
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">Vastgelegd op</TableHeaderCell>
            <TableHeaderCell scope="col">Uitkomst</TableHeaderCell>
            <TableHeaderCell scope="col">Toelichting</TableHeaderCell>
            <TableHeaderCell scope="col">Volgende vervolgdatum</TableHeaderCell>
            <TableHeaderCell scope="col">Door</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {reviews.map((r) => (
            <TableRow key={r.id}>
              <TableHeaderCell scope="row" className="rh-row-header rh-nowrap">
                <time dateTime={r.reviewedOn}>{formatShortDate(r.reviewedOn)}</time>
              </TableHeaderCell>
              <TableCell>{OUTCOME_LABELS[r.outcome]}</TableCell>
              <TableCell>{r.note}</TableCell>
              <TableCell className="rh-nowrap">
                {r.nextFollowUpOn ? (
                  <time dateTime={r.nextFollowUpOn}>{formatShortDate(r.nextFollowUpOn)}</time>
                ) : (
                  <span className="rh-muted">—</span>
                )}
              </TableCell>
              <TableCell>{r.recordedBy.name}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableScroll>
  );
}

interface FormProps {
  caseId: string;
  version: number;
  today: string;
  onChanged: () => Promise<void>;
}

function StartForm({ caseId, version, today, onChanged }: FormProps) {
  const form = useFormState(["followUpOn", "reason"], "De monitoring is niet gestart.", onChanged);
  const [followUpOn, setFollowUpOn] = useState(() => suggestedMonitoringFollowUp(today));
  const [reason, setReason] = useState("");
  const [start] = useMutation(START_MONITORING_MUTATION);
  return (
    <div className="rh-subsection">
      <Heading level={4} id="start-monitoring-heading">
        Monitoring starten
      </Heading>
      <form
        ref={form.formRef}
        noValidate
        aria-labelledby="start-monitoring-heading"
        className="rh-form"
        onSubmit={(e) =>
          void form
            .submit(e, () =>
              start({ variables: { input: { caseId, version, followUpOn, reason: reason.trim() || null } } }),
            )
            .then(async (ok) => {
              if (!ok) return;
              form.setDone("De casus is in monitoring.");
              await onChanged();
            })
        }
      >
        {form.status}
        <Field
          id="monitoring-follow-up-on"
          label="Vervolgdatum"
          description="Wanneer de casus opnieuw wordt bekeken; gebruikelijk is over drie maanden."
          errors={form.errorsFor("followUpOn")}
        >
          {(control) => (
            <Textbox
              {...control}
              type="date"
              required
              min={today}
              value={followUpOn}
              onChange={(e) => setFollowUpOn(e.target.value)}
            />
          )}
        </Field>
        <Field id="monitoring-reason" label="Toelichting (niet verplicht)" errors={form.errorsFor("reason")}>
          {(control) => (
            <Textarea {...control} rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />
          )}
        </Field>
        <Button type="submit" appearance="primary-action-button" busy={form.busy}>
          Monitoring starten
        </Button>
      </form>
    </div>
  );
}

function ReviewForm({ caseId, version, today, onChanged }: FormProps) {
  const form = useFormState(
    ["outcome", "note", "nextFollowUpOn"],
    "De opvolging is niet vastgelegd.",
    onChanged,
  );
  const [outcome, setOutcome] = useState<MonitoringOutcome | "">("");
  const [note, setNote] = useState("");
  const [nextOn, setNextOn] = useState(() => suggestedMonitoringFollowUp(today));
  const [review] = useMutation(RECORD_MONITORING_REVIEW_MUTATION);
  return (
    <div className="rh-subsection">
      <Heading level={4} id="monitoring-review-heading">
        Opvolging vastleggen
      </Heading>
      <form
        ref={form.formRef}
        noValidate
        aria-labelledby="monitoring-review-heading"
        className="rh-form"
        onSubmit={(e) => {
          if (!outcome) {
            e.preventDefault();
            form.invalidate("outcome", "Kies wat er uit de opvolging komt.");
            return;
          }
          void form
            .submit(e, () =>
              review({
                variables: {
                  input: {
                    caseId,
                    version,
                    outcome,
                    note: note.trim(),
                    nextFollowUpOn: outcome === "CONTINUE" ? nextOn || null : null,
                  },
                },
              }),
            )
            .then(async (ok) => {
              if (!ok) return;
              form.setDone(`De opvolging is vastgelegd: ${OUTCOME_LABELS[outcome].toLowerCase()}.`);
              setOutcome("");
              setNote("");
              await onChanged();
            });
        }}
      >
        {form.status}
        <RadioGroup
          id="monitoring-outcome"
          legend="Uitkomst"
          required
          options={OUTCOMES.map((o) => ({ value: o, label: OUTCOME_LABELS[o], hint: OUTCOME_HINTS[o] }))}
          value={outcome}
          onChange={setOutcome}
          errors={form.errorsFor("outcome")}
        />
        {outcome === "CONTINUE" ? (
          <Field
            id="monitoring-next-follow-up-on"
            label="Nieuwe vervolgdatum"
            errors={form.errorsFor("nextFollowUpOn")}
          >
            {(control) => (
              <Textbox
                {...control}
                type="date"
                required
                min={today}
                value={nextOn}
                onChange={(e) => setNextOn(e.target.value)}
              />
            )}
          </Field>
        ) : null}
        <Field
          id="monitoring-note"
          label="Toelichting"
          description="Wat de opvolging liet zien; bij afsluiten of heropenen ook de reden."
          errors={form.errorsFor("note")}
        >
          {(control) => (
            <Textarea {...control} required rows={3} value={note} onChange={(e) => setNote(e.target.value)} />
          )}
        </Field>
        <Button type="submit" appearance="primary-action-button" busy={form.busy}>
          Opvolging vastleggen
        </Button>
      </form>
    </div>
  );
}
