import { EnumSelectField } from "../../components/EnumSelectField";
import { RadioGroup } from "../../components/RadioGroup";
import { SelectField } from "../../components/SelectField";
import { ORDER_LABELS, STATUS_CHOICE_LABELS, type MyActionsChoice } from "./grouping";

export interface CaseOption {
  id: string;
  title: string;
  reference: string;
}

export interface MyActionsFiltersProps {
  choice: MyActionsChoice;
  /** The cases to choose from: those of the actions seen so far. */
  cases: readonly CaseOption[];
  onChange: (choice: MyActionsChoice) => void;
}

/** Whose actions, which case, which status and in which order; every change applies at once. */
export function MyActionsFilters({ choice, cases, onChange }: MyActionsFiltersProps) {
  const set = (part: Partial<MyActionsChoice>) => onChange({ ...choice, ...part });
  /** Id, value and change of the select of a choice that is never empty (no "all" option). */
  const select = <K extends "status" | "orderBy">(key: K) => ({
    id: `my-actions-${key}`,
    value: choice[key],
    onChange: (value: MyActionsChoice[K] | "") => value && set({ [key]: value }),
  });
  return (
    <div className="rh-my-actions__filters" role="group" aria-label="Filters">
      <RadioGroup
        id="my-actions-who"
        legend="Van wie"
        row
        options={[
          { value: "ORGANISATION", label: "Mijn organisatie" },
          { value: "MINE", label: "Alleen mijn eigen acties" },
        ]}
        value={choice.mine ? "MINE" : "ORGANISATION"}
        onChange={(who) => set({ mine: who === "MINE" })}
      />
      <SelectField
        id="my-actions-case"
        label="Casus"
        placeholder="Alle casussen"
        options={cases.map((c) => ({ value: c.id, label: `${c.title} (${c.reference})` }))}
        value={choice.caseId}
        onChange={(caseId) => set({ caseId })}
      />
      <EnumSelectField {...select("status")} label="Status" labels={STATUS_CHOICE_LABELS} />
      <EnumSelectField {...select("orderBy")} label="Volgorde" labels={ORDER_LABELS} />
    </div>
  );
}
