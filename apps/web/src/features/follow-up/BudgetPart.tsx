import {
  Alert,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading,
  Paragraph,
} from "@utrecht/component-library-react";
import { useMutation } from "@apollo/client/react";
import { useState } from "react";
import type { ReactNode } from "react";
import { MutationFormView, TextField, TextareaField, useMutationForm } from "../../components/forms";
import { formatEuro, parseEuro } from "../../components/money";
import { SET_CASE_BUDGET_MUTATION, type FollowUpCase } from "./operations";

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
    <section className="rh-subsection" aria-labelledby="budget-heading">
      <Heading level={3} id="budget-heading">
        Budget
      </Heading>
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
          <DataList className="rh-data-list" data-testid="budget">
            <Row label="Bedrag">
              {budget.amountCents === null || budget.amountCents === undefined ? (
                <span className="rh-muted">Niet vastgesteld</span>
              ) : (
                formatEuro(budget.amountCents)
              )}
            </Row>
            <Row label="Verplicht">{formatEuro(budget.committedCents)}</Row>
            <Row label="Besteed">{formatEuro(budget.spentCents)}</Row>
            <Row label="Beschikbaar">
              {budget.availableCents === null || budget.availableCents === undefined ? (
                <span className="rh-muted">Geen budget</span>
              ) : (
                <>
                  {formatEuro(budget.availableCents)}
                  {budget.overBudget ? " (over budget)" : null}
                </>
              )}
            </Row>
          </DataList>
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
    </section>
  );
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <DataListItem className="rh-data-list__item">
      <DataListKey>{label}</DataListKey>
      <DataListValue>{children}</DataListValue>
    </DataListItem>
  );
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
  const [amount, setAmount] = useState(centsText(amountCents));
  const [reason, setReason] = useState("");
  const [setBudget] = useMutation(SET_CASE_BUDGET_MUTATION);
  const save = async () => {
    const cents = amount.trim() === "" ? null : parseEuro(amount);
    if (amount.trim() !== "" && cents === null) {
      form.invalidate("amountCents", "Vul een bedrag in euro's in, bijvoorbeeld 25.000,00");
      return false;
    }
    await setBudget({ variables: { input: { caseId, version, amountCents: cents, reason: reason.trim() } } });
    setReason("");
    await onChanged();
    return cents === null ? "Het budget is verwijderd." : `Het budget is nu ${formatEuro(cents)}.`;
  };
  return (
    <div className="rh-subsection">
      <Heading level={4} id="set-budget-heading">
        Budget vaststellen
      </Heading>
      <MutationFormView
        form={form}
        onSubmit={save}
        labelledBy="set-budget-heading"
        submitLabel="Budget opslaan"
      >
        <TextField
          form={form}
          name="amountCents"
          id="budget-amount"
          label="Bedrag in euro"
          description="Bijvoorbeeld 25.000,00. Leeg laten om het budget te verwijderen."
          inputMode="decimal"
          value={amount}
          onChange={setAmount}
        />
        <TextareaField
          form={form}
          name="reason"
          id="budget-reason"
          label="Reden"
          description="Bijvoorbeeld het besluit van de gemeente."
          required
          rows={2}
          value={reason}
          onChange={setReason}
        />
      </MutationFormView>
    </div>
  );
}
