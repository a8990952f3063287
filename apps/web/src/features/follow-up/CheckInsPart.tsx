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
import { Field } from "../../components/Field";
import { TableScroll } from "../../components/TableScroll";
import { formatDate, formatShortDate } from "../../labels";
import {
  RECORD_CHECK_IN_MUTATION,
  SET_CHECK_IN_INTERVAL_MUTATION,
  type CheckInRow,
  type FollowUpCase,
} from "./operations";
import { daysBetween, dueText } from "./dates";
import { useFormState } from "./shared";

interface CheckInsPartProps {
  followUp: FollowUpCase;
  today: string;
  canRecord: boolean;
  onChanged: () => Promise<void>;
}

/** "Regiegesprekken": when the next one is due (in words, "te laat" included), the history, the forms. */
export function CheckInsPart({ followUp, today, canRecord, onChanged }: CheckInsPartProps) {
  const next = followUp.nextCheckInOn ?? null;
  const weeks = followUp.checkInIntervalWeeks ?? null;
  const checkIns = followUp.checkIns ?? [];
  const overdue = next !== null && daysBetween(today, next) < 0;
  return (
    <section className="rh-subsection" aria-labelledby="check-ins-heading">
      <Heading level={3} id="check-ins-heading">
        Regiegesprekken
      </Heading>
      <Paragraph data-testid="next-check-in">
        {next ? (
          <>
            Volgend regiegesprek: <time dateTime={next}>{formatDate(next)}</time> ({dueText(next, today)})
            {overdue ? <strong> — het regiegesprek is te laat.</strong> : null}
          </>
        ) : (
          "Er is geen regiegesprek gepland (de casus heeft geen procesregisseur of is gesloten)."
        )}
        {weeks ? ` Termijn: elke ${weeks} ${weeks === 1 ? "week" : "weken"}.` : null}
      </Paragraph>
      {checkIns.length === 0 ? (
        <Paragraph>Er is nog geen regiegesprek vastgelegd.</Paragraph>
      ) : (
        <CheckInsTable checkIns={checkIns} />
      )}
      {canRecord ? (
        <>
          <CheckInForm caseId={followUp.id} today={today} weeks={weeks} onChanged={onChanged} />
          <IntervalForm caseId={followUp.id} weeks={weeks} onChanged={onChanged} />
        </>
      ) : null}
    </section>
  );
}

function CheckInsTable({ checkIns }: { checkIns: readonly CheckInRow[] }) {
  return (
    <TableScroll label="Regiegesprekken">
      <Table aria-labelledby="check-ins-heading" className="rh-table" data-testid="check-ins">
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">Gehouden op</TableHeaderCell>
            <TableHeaderCell scope="col">Samenwerking</TableHeaderCell>
            <TableHeaderCell scope="col">Budget</TableHeaderCell>
            <TableHeaderCell scope="col">Knelpunten</TableHeaderCell>
            <TableHeaderCell scope="col">Volgend gesprek</TableHeaderCell>
            <TableHeaderCell scope="col">Vastgelegd door</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {checkIns.map((c) => (
            <TableRow key={c.id}>
              <TableHeaderCell scope="row" className="rh-row-header rh-nowrap">
                <time dateTime={c.heldOn}>{formatShortDate(c.heldOn)}</time>
              </TableHeaderCell>
              <TableCell>{c.cooperation}</TableCell>
              <TableCell>{c.budget ?? <span className="rh-muted">—</span>}</TableCell>
              <TableCell>{c.obstacles ?? <span className="rh-muted">—</span>}</TableCell>
              <TableCell className="rh-nowrap">
                <time dateTime={c.nextCheckInOn}>{formatShortDate(c.nextCheckInOn)}</time>
              </TableCell>
              <TableCell>{c.recordedBy.name}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableScroll>
  );
}

const CHECK_IN_FIELDS = ["heldOn", "cooperation", "budget", "obstacles", "nextCheckInOn"] as const;

function CheckInForm({
  caseId,
  today,
  weeks,
  onChanged,
}: {
  caseId: string;
  today: string;
  weeks: number | null;
  onChanged: () => Promise<void>;
}) {
  const form = useFormState(CHECK_IN_FIELDS, "Het regiegesprek is niet vastgelegd.", onChanged);
  const [heldOn, setHeldOn] = useState(today);
  const [cooperation, setCooperation] = useState("");
  const [budget, setBudget] = useState("");
  const [obstacles, setObstacles] = useState("");
  const [nextOn, setNextOn] = useState("");
  const [record] = useMutation(RECORD_CHECK_IN_MUTATION);

  return (
    <div className="rh-subsection">
      <Heading level={4} id="record-check-in-heading">
        Regiegesprek vastleggen
      </Heading>
      <form
        ref={form.formRef}
        noValidate
        aria-labelledby="record-check-in-heading"
        className="rh-form"
        onSubmit={(e) =>
          void form
            .submit(e, () =>
              record({
                variables: {
                  input: {
                    caseId,
                    heldOn,
                    cooperation: cooperation.trim(),
                    budget: budget.trim() || null,
                    obstacles: obstacles.trim() || null,
                    nextCheckInOn: nextOn || null,
                  },
                },
              }),
            )
            .then(async (ok) => {
              if (!ok) return;
              form.setDone("Het regiegesprek is vastgelegd.");
              setCooperation("");
              setBudget("");
              setObstacles("");
              setNextOn("");
              await onChanged();
            })
        }
      >
        {form.status}
        <div className="rh-form__row">
          <Field id="check-in-held-on" label="Gehouden op" errors={form.errorsFor("heldOn")}>
            {(control) => (
              <Textbox
                {...control}
                type="date"
                required
                max={today}
                value={heldOn}
                onChange={(e) => setHeldOn(e.target.value)}
              />
            )}
          </Field>
          <Field
            id="check-in-next"
            label="Volgend regiegesprek (niet verplicht)"
            description={weeks ? `Leeg: ${weeks} weken na dit gesprek.` : undefined}
            errors={form.errorsFor("nextCheckInOn")}
          >
            {(control) => (
              <Textbox {...control} type="date" value={nextOn} onChange={(e) => setNextOn(e.target.value)} />
            )}
          </Field>
        </div>
        <Field id="check-in-cooperation" label="Samenwerking" errors={form.errorsFor("cooperation")}>
          {(control) => (
            <Textarea
              {...control}
              required
              rows={3}
              value={cooperation}
              onChange={(e) => setCooperation(e.target.value)}
            />
          )}
        </Field>
        <Field id="check-in-budget" label="Budget (niet verplicht)" errors={form.errorsFor("budget")}>
          {(control) => (
            <Textarea {...control} rows={2} value={budget} onChange={(e) => setBudget(e.target.value)} />
          )}
        </Field>
        <Field
          id="check-in-obstacles"
          label="Knelpunten (niet verplicht)"
          errors={form.errorsFor("obstacles")}
        >
          {(control) => (
            <Textarea
              {...control}
              rows={2}
              value={obstacles}
              onChange={(e) => setObstacles(e.target.value)}
            />
          )}
        </Field>
        <Button type="submit" appearance="primary-action-button" busy={form.busy}>
          Regiegesprek vastleggen
        </Button>
      </form>
    </div>
  );
}

function IntervalForm({
  caseId,
  weeks,
  onChanged,
}: {
  caseId: string;
  weeks: number | null;
  onChanged: () => Promise<void>;
}) {
  const form = useFormState(["weeks"], "De termijn is niet gewijzigd.", onChanged);
  const [value, setValue] = useState(weeks ? String(weeks) : "");
  const [setInterval] = useMutation(SET_CHECK_IN_INTERVAL_MUTATION);
  return (
    <div className="rh-subsection">
      <Heading level={4} id="check-in-interval-heading">
        Termijn tussen regiegesprekken
      </Heading>
      <form
        ref={form.formRef}
        noValidate
        aria-labelledby="check-in-interval-heading"
        className="rh-form"
        onSubmit={(e) => {
          const parsed = Number(value);
          if (!/^\d+$/.test(value.trim())) {
            e.preventDefault();
            form.invalidate("weeks", "Vul een heel aantal weken in, van 1 tot en met 26.");
            return;
          }
          void form
            .submit(e, () => setInterval({ variables: { input: { caseId, weeks: parsed } } }))
            .then(async (ok) => {
              if (!ok) return;
              form.setDone(`De termijn is nu ${parsed} ${parsed === 1 ? "week" : "weken"}.`);
              await onChanged();
            });
        }}
      >
        {form.status}
        <Field
          id="check-in-weeks"
          label="Aantal weken"
          description="Van 1 tot en met 26 weken; standaard 6."
          errors={form.errorsFor("weeks")}
        >
          {(control) => (
            <Textbox
              {...control}
              inputMode="numeric"
              required
              value={value}
              onChange={(e) => setValue(e.target.value)}
            />
          )}
        </Field>
        <Button type="submit" appearance="secondary-action-button" busy={form.busy}>
          Termijn opslaan
        </Button>
      </form>
    </div>
  );
}
