import { CheckboxField } from "../../components/CheckboxField";
import { RadioGroup } from "../../components/RadioGroup";
import { TextField, TextareaField } from "../../components/forms";
import type { MutationForm } from "../../components/forms";
import type { CauseRow, PatternRow, StatementRow } from "./inputs";
import { STATEMENT_KINDS, STATEMENT_KIND_LABELS } from "./labels";
import type { RowList } from "./rows";
import { RowsFieldset } from "./RowsFieldset";

// The lists of a problem: underlying causes, patterns, and facts and opinions with their source.

interface RowsProps<T> {
  form: Pick<MutationForm, "errorsFor">;
  list: RowList<T>;
}

const KIND_OPTIONS = STATEMENT_KINDS.map((kind) => ({ value: kind, label: STATEMENT_KIND_LABELS[kind] }));

export function CausesFieldset({ form, list }: RowsProps<CauseRow>) {
  return (
    <RowsFieldset
      legend="Onderliggende oorzaken"
      form={form}
      path="causes"
      rowFields={["description", "chronic"]}
      list={list}
      rowName="Oorzaak"
      renderRow={(field) => {
        const chronic = field("chronic");
        return (
          <>
            <TextareaField {...field("description")} label="Oorzaak" rows={2} required />
            <CheckboxField
              id={chronic.id}
              label="Chronisch"
              checked={chronic.value}
              onChange={chronic.onChange}
            />
          </>
        );
      }}
    >
      Wat zit eronder? Vink ‘chronisch’ aan als het al lang speelt.
    </RowsFieldset>
  );
}

export function PatternsFieldset({ form, list }: RowsProps<PatternRow>) {
  return (
    <RowsFieldset
      legend="Patronen"
      form={form}
      path="patterns"
      rowFields={[]}
      list={list}
      rowName="Patroon"
      renderRow={(field, _row, path) => (
        // A pattern is a string in the input: its messages are those of the row (`patterns.1`).
        <TextField
          {...field("pattern")}
          errors={form.errorsFor(path)}
          label="Patroon"
          required
          autoComplete="off"
        />
      )}
    >
      Terugkerende patronen, bijvoorbeeld zorgmijding.
    </RowsFieldset>
  );
}

export function StatementsFieldset({ form, list }: RowsProps<StatementRow>) {
  return (
    <RowsFieldset
      legend="Feiten en meningen"
      form={form}
      path="statements"
      rowFields={["statement", "kind", "source"]}
      list={list}
      rowName="Uitspraak"
      renderRow={(field) => (
        <>
          <TextareaField {...field("statement")} label="Uitspraak" rows={2} required />
          <RadioGroup {...field("kind")} legend="Soort" row required options={KIND_OPTIONS} />
          <TextField {...field("source")} label="Bron" required autoComplete="off">
            Van wie of wat komt dit? Bijvoorbeeld ‘moeder’ of ‘verslag school 12-03’.
          </TextField>
        </>
      )}
    >
      Houd feiten gescheiden van meningen, en noem bij elke uitspraak de bron.
    </RowsFieldset>
  );
}
