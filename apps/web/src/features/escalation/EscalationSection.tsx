import {
  Alert,
  Button,
  Heading,
  OrderedList,
  OrderedListItem,
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
import {
  CONFLICT_MESSAGE,
  extractFieldErrors,
  generalErrorMessages,
  hasErrorCode,
  messagesFor,
} from "../../errors";
import type { FieldErrors } from "../../errors";
import { FRAMEWORK_LABELS, escalationLabel, formatDate, label, todayInput } from "../../labels";
import type { CaseFramework } from "../../generated/graphql";
import { focusFirstInvalid } from "../../components/forms/focus";
import {
  CASE_LADDER_QUERY,
  DECIDE_FRAMEWORK_MUTATION,
  DEESCALATE_CASE_MUTATION,
  ESCALATE_CASE_MUTATION,
  RECORD_TABLE_DECISION_MUTATION,
} from "./operations";
import type { CaseLadder, FrameworkStep, LadderStep, LadderTable } from "./operations";

/**
 * "Escalatieladder en kader" on the case overview: where the case stands on the region's ladder and in which
 * framework, the history of both as one timeline, and — for the case's directors — opschalen/afschalen to a
 * table, the table's decision, and a table's decision on the framework (into the compulsory framework a
 * casusregisseur of a certified institution takes over).
 */
export function EscalationSection({ caseId, onChanged }: { caseId: string; onChanged: () => Promise<void> }) {
  const { data, loading, error, refetch } = useQuery(CASE_LADDER_QUERY, { variables: { id: caseId } });
  if (loading && !data) return <Loading />;
  const ladder = data?.case;
  if (error || !ladder) return null;
  const reload = async () => {
    await Promise.all([refetch(), onChanged()]);
  };
  const can = (action: CaseLadder["viewerCan"][number]) => ladder.viewerCan.includes(action);
  const tables = data.escalationTables;
  const current = ladder.escalationHistory.at(-1) ?? null;
  const awaitingDecision = current && current.table && current.decision === null ? current : null;
  const decidingTable =
    ladder.escalationTable && ladder.escalationTable.decidesFramework ? ladder.escalationTable : null;

  return (
    <section aria-labelledby="ladder-heading" className="rh-section">
      <Heading level={2} id="ladder-heading">
        Escalatieladder en kader
      </Heading>
      <Paragraph>
        Niveau <strong>{escalationLabel(ladder.escalationLevel)}</strong>
        {ladder.escalationTable ? <> aan tafel: {ladder.escalationTable.name}</> : null}. Kader:{" "}
        <strong>{label(FRAMEWORK_LABELS, ladder.framework)}</strong>.
      </Paragraph>
      <LadderTimeline steps={ladder.escalationHistory} decisions={ladder.frameworkHistory} />
      {can("ESCALATE") ? (
        <div className="rh-case__grid">
          <div className="rh-card">
            <ClimbForm ladder={ladder} tables={tables} onDone={reload} />
          </div>
          {awaitingDecision ? (
            <div className="rh-card">
              <TableDecisionForm step={awaitingDecision} onDone={reload} />
            </div>
          ) : null}
          {can("DECIDE_FRAMEWORK") && decidingTable && ladder.allowedFrameworkTransitions.length > 0 ? (
            <div className="rh-card">
              <FrameworkForm
                ladder={ladder}
                tableId={decidingTable.id}
                tableName={decidingTable.name}
                certified={data.certifiedCasusregisseurs.filter(
                  (p) => p.organisation.kind === "JEUGDBESCHERMING",
                )}
                onDone={reload}
              />
            </div>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}

type TimelineEntry =
  { kind: "step"; at: string; step: LadderStep } | { kind: "framework"; at: string; decision: FrameworkStep };

function LadderTimeline({ steps, decisions }: { steps: LadderStep[]; decisions: FrameworkStep[] }) {
  const entries: TimelineEntry[] = [
    ...steps.map((step) => ({ kind: "step" as const, at: String(step.at), step })),
    ...decisions.map((decision) => ({ kind: "framework" as const, at: String(decision.at), decision })),
  ].sort((a, b) => a.at.localeCompare(b.at));
  if (entries.length === 0) {
    return (
      <Paragraph>
        De casus is nog niet op- of afgeschaald en het kader is niet door een tafel gewijzigd.
      </Paragraph>
    );
  }
  return (
    <>
      <Heading level={3} id="ladder-timeline-heading">
        Tijdlijn
      </Heading>
      <OrderedList aria-labelledby="ladder-timeline-heading" className="rh-timeline">
        {entries.map((entry) =>
          entry.kind === "step" ? (
            <OrderedListItem key={entry.step.id}>
              <time dateTime={entry.at}>{formatDate(entry.at.slice(0, 10))}</time> —{" "}
              <strong>
                {entry.step.direction === "UP" ? "Opgeschaald" : "Afgeschaald"} van niveau{" "}
                {entry.step.fromLevel} naar {entry.step.toLevel}
              </strong>
              {entry.step.table
                ? `: ${entry.step.table.name}`
                : entry.step.toLevel === 0
                  ? ": geen tafel"
                  : ""}
              {entry.step.by ? ` (door ${entry.step.by.name})` : ""}. Reden: {entry.step.reason}
              {entry.step.decision ? (
                <>
                  {" "}
                  Besluit van de tafel ({formatDate(entry.step.decidedOn)}): {entry.step.decision}
                </>
              ) : entry.step.table ? (
                <span className="rh-muted"> Besluit van de tafel nog niet vastgelegd.</span>
              ) : null}
            </OrderedListItem>
          ) : (
            <OrderedListItem key={entry.decision.id}>
              <time dateTime={entry.at}>{formatDate(entry.at.slice(0, 10))}</time> —{" "}
              <strong>
                Kader: van {label(FRAMEWORK_LABELS, entry.decision.from)} naar{" "}
                {label(FRAMEWORK_LABELS, entry.decision.to)}
              </strong>{" "}
              (besluit van {entry.decision.table.name} op {formatDate(entry.decision.decidedOn)}):{" "}
              {entry.decision.decision}
              {entry.decision.newCasusregisseur ? (
                <> De regie ging over naar {entry.decision.newCasusregisseur.name}.</>
              ) : null}
              {entry.decision.previousProcesregisseur ? (
                <> De rol van procesregisseur {entry.decision.previousProcesregisseur.name} eindigde.</>
              ) : null}
            </OrderedListItem>
          ),
        )}
      </OrderedList>
    </>
  );
}

const CLIMB_FIELDS = ["tableId", "reason", "decision", "decidedOn"] as const;
const OFF_THE_LADDER = "none";

function ClimbForm({
  ladder,
  tables,
  onDone,
}: {
  ladder: CaseLadder;
  tables: LadderTable[];
  onDone: () => Promise<void>;
}) {
  const formRef = useRef<HTMLFormElement>(null);
  const [target, setTarget] = useState("");
  const [reason, setReason] = useState("");
  const [decision, setDecision] = useState("");
  const [decidedOn, setDecidedOn] = useState("");
  const [missing, setMissing] = useState<FieldErrors>({});
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [escalate, up] = useMutation(ESCALATE_CASE_MUTATION);
  const [deescalate, down] = useMutation(DEESCALATE_CASE_MUTATION);
  const busy = up.loading || down.loading;
  const level = ladder.escalationLevel;
  const higher = tables.filter((t) => t.active && t.level > level);
  const lower = tables.filter((t) => t.active && t.level < level);
  const fieldErrors = { ...extractFieldErrors(error), ...missing };
  const conflict = hasErrorCode(error, "CONFLICT");
  const general = conflict ? [] : generalErrorMessages(error, CLIMB_FIELDS);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    setError(null);
    setNotice(null);
    const problems: FieldErrors = {};
    if (!target) problems["tableId"] = ["Kies naar welke tafel de casus gaat."];
    if (!reason.trim()) problems["reason"] = ["Geef een reden."];
    if (decision.trim() && !decidedOn) problems["decidedOn"] = ["Geef de datum waarop de tafel besloot."];
    if (!decision.trim() && decidedOn) problems["decision"] = ["Beschrijf het besluit van de tafel."];
    setMissing(problems);
    if (Object.keys(problems).length > 0) {
      focusFirstInvalid(formRef.current);
      return;
    }
    const goingUp = higher.some((t) => t.id === target);
    const input = {
      caseId: ladder.id,
      version: ladder.version,
      reason: reason.trim(),
      decision: decision.trim() || null,
      decidedOn: decidedOn || null,
    };
    try {
      if (goingUp) await escalate({ variables: { input: { ...input, tableId: target } } });
      else
        await deescalate({
          variables: { input: { ...input, tableId: target === OFF_THE_LADDER ? null : target } },
        });
      const table = tables.find((t) => t.id === target);
      setNotice(
        goingUp
          ? `De casus is opgeschaald naar ${table?.name ?? "de tafel"}.`
          : table
            ? `De casus is afgeschaald naar ${table.name}.`
            : "De casus is afgeschaald: geen tafel meer.",
      );
      setTarget("");
      setReason("");
      setDecision("");
      setDecidedOn("");
      await onDone();
    } catch (err) {
      setError(err);
      focusFirstInvalid(formRef.current);
    }
  };

  return (
    <>
      <Heading level={3} id="climb-heading">
        Op- of afschalen
      </Heading>
      {notice ? (
        <Alert type="ok" className="rh-alert">
          <Paragraph>{notice}</Paragraph>
        </Alert>
      ) : null}
      {conflict ? <ConflictAlert /> : null}
      <ErrorAlert messages={general} heading="De casus is niet op- of afgeschaald." />
      <form
        ref={formRef}
        noValidate
        onSubmit={(e) => void submit(e)}
        aria-labelledby="climb-heading"
        className="rh-form"
      >
        <Field id="climb-table" label="Naar tafel" errors={messagesFor(fieldErrors, "tableId")}>
          {(control) => (
            <Select
              {...control}
              name="tableId"
              required
              value={target}
              onChange={(e) => setTarget(e.target.value)}
            >
              <SelectOption value="">Kies een tafel</SelectOption>
              {higher.map((t) => (
                <SelectOption key={t.id} value={t.id}>
                  Opschalen naar {t.name} (niveau {t.level})
                </SelectOption>
              ))}
              {lower.map((t) => (
                <SelectOption key={t.id} value={t.id}>
                  Afschalen naar {t.name} (niveau {t.level})
                </SelectOption>
              ))}
              {level > 0 ? (
                <SelectOption value={OFF_THE_LADDER}>Afschalen: geen tafel (niveau 0)</SelectOption>
              ) : null}
            </Select>
          )}
        </Field>
        <Field id="climb-reason" label="Reden" errors={messagesFor(fieldErrors, "reason")}>
          {(control) => (
            <Textarea
              {...control}
              name="reason"
              rows={3}
              required
              value={reason}
              onChange={(e) => setReason(e.target.value)}
            />
          )}
        </Field>
        <DecisionFields
          idPrefix="climb"
          decision={decision}
          decidedOn={decidedOn}
          onDecision={setDecision}
          onDecidedOn={setDecidedOn}
          fieldErrors={fieldErrors}
        />
        <Button type="submit" appearance="primary-action-button" busy={busy}>
          Vastleggen
        </Button>
      </form>
    </>
  );
}

const DECISION_FIELDS = ["decision", "decidedOn"] as const;

function TableDecisionForm({ step, onDone }: { step: LadderStep; onDone: () => Promise<void> }) {
  const formRef = useRef<HTMLFormElement>(null);
  const [decision, setDecision] = useState("");
  const [decidedOn, setDecidedOn] = useState("");
  const [missing, setMissing] = useState<FieldErrors>({});
  const [error, setError] = useState<unknown>(null);
  const [record, { loading }] = useMutation(RECORD_TABLE_DECISION_MUTATION);
  const fieldErrors = { ...extractFieldErrors(error), ...missing };
  const general = generalErrorMessages(error, DECISION_FIELDS);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (loading) return;
    setError(null);
    const problems: FieldErrors = {};
    if (!decision.trim()) problems["decision"] = ["Beschrijf het besluit van de tafel."];
    if (!decidedOn) problems["decidedOn"] = ["Geef de datum waarop de tafel besloot."];
    setMissing(problems);
    if (Object.keys(problems).length > 0) {
      focusFirstInvalid(formRef.current);
      return;
    }
    try {
      await record({ variables: { input: { escalationId: step.id, decision: decision.trim(), decidedOn } } });
      await onDone();
    } catch (err) {
      setError(err);
      focusFirstInvalid(formRef.current);
    }
  };

  return (
    <>
      <Heading level={3} id="table-decision-heading">
        Besluit van {step.table?.name ?? "de tafel"}
      </Heading>
      <ErrorAlert messages={general} heading="Het besluit is niet vastgelegd." />
      <form
        ref={formRef}
        noValidate
        onSubmit={(e) => void submit(e)}
        aria-labelledby="table-decision-heading"
        className="rh-form"
      >
        <DecisionFields
          idPrefix="table"
          decision={decision}
          decidedOn={decidedOn}
          onDecision={setDecision}
          onDecidedOn={setDecidedOn}
          fieldErrors={fieldErrors}
          required
        />
        <Button type="submit" appearance="primary-action-button" busy={loading}>
          Besluit vastleggen
        </Button>
      </form>
    </>
  );
}

const FRAMEWORK_FIELDS = ["to", "decision", "decidedOn", "casusregisseurId"] as const;

function FrameworkForm({
  ladder,
  tableId,
  tableName,
  certified,
  onDone,
}: {
  ladder: CaseLadder;
  tableId: string;
  tableName: string;
  certified: { id: string; name: string; organisation: { name: string } }[];
  onDone: () => Promise<void>;
}) {
  const formRef = useRef<HTMLFormElement>(null);
  const [to, setTo] = useState<CaseFramework | "">("");
  const [decision, setDecision] = useState("");
  const [decidedOn, setDecidedOn] = useState("");
  const [casusregisseurId, setCasusregisseurId] = useState("");
  const [missing, setMissing] = useState<FieldErrors>({});
  const [error, setError] = useState<unknown>(null);
  const [decide, { loading }] = useMutation(DECIDE_FRAMEWORK_MUTATION);
  const fieldErrors = { ...extractFieldErrors(error), ...missing };
  const conflict = hasErrorCode(error, "CONFLICT");
  const general = conflict ? [] : generalErrorMessages(error, FRAMEWORK_FIELDS);
  const compulsory = to === "COMPULSORY";

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (loading) return;
    setError(null);
    const problems: FieldErrors = {};
    if (!to) problems["to"] = ["Kies het kader dat de tafel besloot."];
    if (!decision.trim()) problems["decision"] = ["Beschrijf het besluit van de tafel."];
    if (!decidedOn) problems["decidedOn"] = ["Geef de datum waarop de tafel besloot."];
    if (compulsory && !casusregisseurId) {
      problems["casusregisseurId"] = [
        "Kies de casusregisseur van de gecertificeerde instelling die de regie overneemt.",
      ];
    }
    setMissing(problems);
    if (Object.keys(problems).length > 0 || !to) {
      focusFirstInvalid(formRef.current);
      return;
    }
    try {
      await decide({
        variables: {
          input: {
            caseId: ladder.id,
            version: ladder.version,
            tableId,
            to,
            decision: decision.trim(),
            decidedOn,
            casusregisseurId: compulsory ? casusregisseurId : null,
          },
        },
      });
      await onDone();
    } catch (err) {
      setError(err);
      focusFirstInvalid(formRef.current);
    }
  };

  return (
    <>
      <Heading level={3} id="framework-heading">
        Besluit over het kader
      </Heading>
      <Paragraph>Het kader verandert alleen door een besluit van {tableName}.</Paragraph>
      {conflict ? <ConflictAlert /> : null}
      <ErrorAlert messages={general} heading="Het besluit over het kader is niet vastgelegd." />
      <form
        ref={formRef}
        noValidate
        onSubmit={(e) => void submit(e)}
        aria-labelledby="framework-heading"
        className="rh-form"
      >
        <Field id="framework-to" label="Nieuw kader" errors={messagesFor(fieldErrors, "to")}>
          {(control) => (
            <Select
              {...control}
              name="to"
              required
              value={to}
              onChange={(e) => setTo(e.target.value as CaseFramework | "")}
            >
              <SelectOption value="">Kies een kader</SelectOption>
              {ladder.allowedFrameworkTransitions.map((framework) => (
                <SelectOption key={framework} value={framework}>
                  {label(FRAMEWORK_LABELS, framework)}
                </SelectOption>
              ))}
            </Select>
          )}
        </Field>
        {compulsory ? (
          <Field
            id="framework-casusregisseur"
            label="Casusregisseur van de gecertificeerde instelling"
            description="Neemt de regie over. Een procesregisseur werkt niet in het gedwongen kader: die rol eindigt."
            errors={messagesFor(fieldErrors, "casusregisseurId")}
          >
            {(control) => (
              <Select
                {...control}
                name="casusregisseurId"
                required
                value={casusregisseurId}
                onChange={(e) => setCasusregisseurId(e.target.value)}
              >
                <SelectOption value="">Kies een casusregisseur</SelectOption>
                {certified.map((p) => (
                  <SelectOption key={p.id} value={p.id}>
                    {p.name} ({p.organisation.name})
                  </SelectOption>
                ))}
              </Select>
            )}
          </Field>
        ) : null}
        <DecisionFields
          idPrefix="framework"
          decision={decision}
          decidedOn={decidedOn}
          onDecision={setDecision}
          onDecidedOn={setDecidedOn}
          fieldErrors={fieldErrors}
          required
        />
        <Button type="submit" appearance="primary-action-button" busy={loading}>
          Besluit vastleggen
        </Button>
      </form>
    </>
  );
}

/** The table's decision and its date, not in the future (required, or optional when the table has not met). */
function DecisionFields({
  idPrefix,
  decision,
  decidedOn,
  onDecision,
  onDecidedOn,
  fieldErrors,
  required = false,
}: {
  idPrefix: string;
  decision: string;
  decidedOn: string;
  onDecision: (value: string) => void;
  onDecidedOn: (value: string) => void;
  fieldErrors: FieldErrors;
  required?: boolean;
}) {
  return (
    <>
      <Field
        id={`${idPrefix}-decision`}
        label={required ? "Besluit" : "Besluit van de tafel (optioneel)"}
        description={
          required ? undefined : "Alleen als de tafel al heeft vergaderd; anders later vastleggen."
        }
        errors={messagesFor(fieldErrors, "decision")}
      >
        {(control) => (
          <Textarea
            {...control}
            name="decision"
            rows={3}
            required={required}
            value={decision}
            onChange={(e) => onDecision(e.target.value)}
          />
        )}
      </Field>
      <Field
        id={`${idPrefix}-decided-on`}
        label="Datum van het besluit"
        errors={messagesFor(fieldErrors, "decidedOn")}
      >
        {(control) => (
          <Textbox
            {...control}
            type="date"
            name="decidedOn"
            required={required}
            max={todayInput()}
            value={decidedOn}
            onChange={(e) => onDecidedOn(e.target.value)}
          />
        )}
      </Field>
    </>
  );
}

function ConflictAlert() {
  return (
    <Alert type="error" className="rh-alert">
      <Paragraph>{CONFLICT_MESSAGE}</Paragraph>
    </Alert>
  );
}
