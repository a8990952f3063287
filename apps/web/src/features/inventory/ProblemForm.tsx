import { useMutation } from "@apollo/client/react";
import { DataClassField, DomainField, SubjectsField } from "../../components/ClassificationFields";
import { TextField, TextareaField, useMutationForm } from "../../components/forms";
import { checkFields } from "../../components/forms/checkFields";
import { useFormValues } from "../../components/useFormValues";
import { DOMAIN_LABELS } from "../../labels";
import { InventoryFormView } from "./formParts";
import type { InventoryFormProps } from "./formParts";
import { problemInput, problemProblems } from "./inputs";
import type { CauseRow, PatternRow, ProblemValues, StatementRow } from "./inputs";
import { suggestedDataClass } from "./labels";
import { CausesFieldset, PatternsFieldset, StatementsFieldset } from "./ProblemRows";
import { useRowList } from "./rows";
import { RecordProblemDocument } from "../../generated/graphql";

const FIELDS = [
  "domain",
  "dataClass",
  "subjectPersonIds",
  "title",
  "description",
  "causes",
  "patterns",
  "statements",
  "legalBasis",
];

/** The three lists of a problem, each row with a stable key. */
function useProblemRows() {
  return {
    causes: useRowList<CauseRow>(() => ({ description: "", chronic: false }), "description"),
    patterns: useRowList<PatternRow>(() => ({ pattern: "" }), "pattern"),
    statements: useRowList<StatementRow>(() => ({ statement: "", kind: "", source: "" }), "statement"),
  };
}

/** "Probleem vastleggen" (RECORD_ITEM): a problem with its causes, patterns, and facts and opinions. */
export function ProblemForm({ caseId, persons, onDone, ...view }: InventoryFormProps) {
  const form = useMutationForm({ fields: FIELDS, failure: "Het probleem is niet vastgelegd." });
  const { values, patch, bind } = useFormValues<ProblemValues>(
    {
      domain: "",
      dataClass: "",
      subjectPersonIds: [],
      title: "",
      description: "",
    },
    form,
  );
  const { causes, patterns, statements } = useProblemRows();
  const [record] = useMutation(RecordProblemDocument, {
    refetchQueries: ["InventoryAnalyse"],
    awaitRefetchQueries: true,
  });

  const run = async () => {
    const rows = { causes: causes.rows, patterns: patterns.rows, statements: statements.rows };
    const { domain, dataClass } = values;
    if (checkFields(form, problemProblems(values, rows)) || !domain || !dataClass) return false;
    await record({ variables: { input: problemInput(caseId, { ...values, domain, dataClass }, rows) } });
    onDone(`Het probleem ‘${values.title.trim()}’ is vastgelegd onder ${DOMAIN_LABELS[domain]}.`);
  };

  return (
    <InventoryFormView {...view} form={form} onSubmit={run} submitLabel="Probleem vastleggen">
      <div className="rh-form__row">
        <DomainField
          {...bind("domain")}
          onChange={(domain) =>
            patch(domain ? { domain, dataClass: suggestedDataClass(domain) } : { domain })
          }
        />
        <DataClassField {...bind("dataClass")} />
      </div>
      <SubjectsField {...bind("subjectPersonIds")} persons={persons} />
      <TextField {...bind("title")} label="Probleem" required autoComplete="off">
        In één regel.
      </TextField>
      <TextareaField {...bind("description")} label="Beschrijving" required rows={4} />
      <CausesFieldset form={form} list={causes} />
      <PatternsFieldset form={form} list={patterns} />
      <StatementsFieldset form={form} list={statements} />
    </InventoryFormView>
  );
}
