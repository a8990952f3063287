import { Alert, Paragraph } from "@utrecht/component-library-react";
import { useMutation } from "@apollo/client/react";
import { DataRows, type DataRowEntry } from "../../components/DataRows";
import { ReasonField, TextField, useMutationForm } from "../../components/forms";
import { formatEuro, parseEuro } from "../../components/money";
import { useFormValues } from "../../components/useFormValues";
import { FollowUpForm, FollowUpPart } from "./FollowUpForm";
import { type FollowUpCase } from "./types";
import { SetCaseBudgetDocument } from "../../generated/graphql";

interface BudgetPartProps {
  followUp: FollowUpCase;
  canSet: boolean;
  onChanged: () => Promise<void>;
}

/**
 * "Budget": the amount the municipality set, what the referrals commit (still to be paid) and have spent
 * (ended), and what is left; over budget is said in words, not only in colour. The procesregisseur sets it.
 */
export function BudgetPart({ followUp, canSet, onChanged }: BudgetPartProps) {
  const budget = followUp.budgetStatus;
  return (
    <FollowUpPart headingId="budget-heading" title="Budget">
      {budget ? (
        <>
          {budget.amountCents === null || budget.amountCents === undefined ? (
            <Paragraph>Er is geen budget vastgesteld voor deze casus.</Paragraph>
          ) : null}
          {budget.overBudget && budget.availableCents !== null && budget.availableCents !== undefined ? (
            <Alert type="warning" className="rh-alert">
              <Paragraph data-testid="over-budget">
                <strong>Over budget:</strong> er is {formatEuro(-budget.availableCents)} meer verplicht en
                besteed dan het budget.
              </Paragraph>
            </Alert>
          ) : null}
          <DataRows testId="budget" rows={budgetRows(budget)} />
          <Paragraph className="rh-muted">
            Verplicht: lopende en komende verwijzingen en beschikkingen. Besteed: afgelopen verwijzingen en
            beschikkingen. Alle verwijzingen van de casus tellen mee, alleen als bedrag.
          </Paragraph>
        </>
      ) : null}
      {canSet ? (
        <BudgetForm
          caseId={followUp.id}
          version={followUp.version}
          amountCents={budget?.amountCents ?? null}
          onChanged={onChanged}
        />
      ) : null}
    </FollowUpPart>
  );
}

type BudgetStatus = NonNullable<FollowUpCase["budgetStatus"]>;

/** Bedrag, verplicht, besteed and beschikbaar; no amount or nothing available is said in words. */
function budgetRows(budget: BudgetStatus): DataRowEntry[] {
  const muted = (text: string) => <span className="rh-muted">{text}</span>;
  const { amountCents, availableCents } = budget;
  return [
    [
      "Bedrag",
      amountCents === null || amountCents === undefined ? muted("Niet vastgesteld") : formatEuro(amountCents),
    ],
    ["Verplicht", formatEuro(budget.committedCents)],
    ["Besteed", formatEuro(budget.spentCents)],
    [
      "Beschikbaar",
      availableCents === null || availableCents === undefined ? (
        muted("Geen budget")
      ) : (
        <>
          {formatEuro(availableCents)}
          {budget.overBudget ? " (over budget)" : null}
        </>
      ),
    ],
  ];
}

function centsText(cents: number | null): string {
  if (cents === null) return "";
  return formatEuro(cents).replace(/^€\s*/, "");
}

function BudgetForm({
  caseId,
  version,
  amountCents,
  onChanged,
}: {
  caseId: string;
  version: number;
  amountCents: number | null;
  onChanged: () => Promise<void>;
}) {
  const form = useMutationForm({
    fields: ["amountCents", "reason"],
    failure: "Het budget is niet opgeslagen.",
    onReload: onChanged,
  });
  const { values, bind, patch } = useFormValues({ amountCents: centsText(amountCents), reason: "" }, form);
  const amount = values.amountCents;
  const [setBudget] = useMutation(SetCaseBudgetDocument);
  const save = async () => {
    const cents = amount.trim() === "" ? null : parseEuro(amount);
    if (amount.trim() !== "" && cents === null) {
      form.invalidate("amountCents", "Vul een bedrag in euro's in, bijvoorbeeld 25.000,00");
      return false;
    }
    await setBudget({
      variables: { input: { caseId, version, amountCents: cents, reason: values.reason.trim() } },
    });
    patch({ reason: "" });
    await onChanged();
    return cents === null ? "Het budget is verwijderd." : `Het budget is nu ${formatEuro(cents)}.`;
  };
  return (
    <FollowUpForm
      form={form}
      onSubmit={save}
      headingId="set-budget-heading"
      title="Budget vaststellen"
      submitLabel="Budget opslaan"
    >
      <TextField {...bind("amountCents")} label="Bedrag in euro" inputMode="decimal">
        Bijvoorbeeld 25.000,00. Leeg laten om het budget te verwijderen.
      </TextField>
      <ReasonField {...bind("reason")} label="Reden">
        Bijvoorbeeld het besluit van de gemeente.
      </ReasonField>
    </FollowUpForm>
  );
}
