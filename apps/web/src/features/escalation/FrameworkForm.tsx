import { Paragraph } from "@utrecht/component-library-react";
import { useMutation } from "@apollo/client/react";
import { checkFields } from "../../components/forms/checkFields";
import { HeadedMutationForm } from "../../components/HeadedMutationForm";
import { SelectField } from "../../components/SelectField";
import { useFormValues } from "../../components/useFormValues";
import { useMutationForm } from "../../components/forms";
import type { CaseFramework } from "../../generated/graphql";
import { FRAMEWORK_LABELS, label } from "../../labels";
import { frameworkProblems } from "./checks";
import { DecisionFields } from "./DecisionFields";
import { type CaseLadder } from "./types";
import { DecideFrameworkDocument } from "../../generated/graphql";

/** A casusregisseur of a certified institution, who can take over the regie in the compulsory framework. */
export interface CertifiedCasusregisseur {
  id: string;
  name: string;
  organisation: { name: string };
}

interface FrameworkFormProps {
  ladder: CaseLadder;
  tableId: string;
  tableName: string;
  certified: CertifiedCasusregisseur[];
  onDone: () => Promise<void>;
}

/**
 * "Besluit over het kader": the table's decision on the framework; into the compulsory framework a
 * casusregisseur of the certified institution takes over the regie.
 */
export function FrameworkForm({ ladder, tableId, tableName, certified, onDone }: FrameworkFormProps) {
  const form = useMutationForm({
    fields: ["to", "decision", "decidedOn", "casusregisseurId"],
    failure: "Het besluit over het kader is niet vastgelegd.",
  });
  const values = useFormValues({ to: "", casusregisseurId: "", decision: "", decidedOn: "" }, form);
  const { to, casusregisseurId, decision, decidedOn } = values.values;
  const [decide] = useMutation(DecideFrameworkDocument);
  const compulsory = to === "COMPULSORY";

  const save = async () => {
    const problems = frameworkProblems({ to, decision, decidedOn, casusregisseurId });
    if (checkFields(form, problems)) return false;
    const input = {
      caseId: ladder.id,
      version: ladder.version,
      tableId,
      to: to as CaseFramework,
      decision: decision.trim(),
      decidedOn,
      casusregisseurId: compulsory ? casusregisseurId : null,
    };
    await decide({ variables: { input } });
    await onDone();
  };

  return (
    <HeadedMutationForm
      form={form}
      onSubmit={save}
      headingId="framework-heading"
      title="Besluit over het kader"
      intro={<Paragraph>Het kader verandert alleen door een besluit van {tableName}.</Paragraph>}
      blockClassName="rh-card"
      submitLabel="Besluit vastleggen"
    >
      <SelectField
        {...values.bind("to")}
        label="Nieuw kader"
        placeholder="Kies een kader"
        required
        options={ladder.allowedFrameworkTransitions.map((f) => ({
          value: f,
          label: label(FRAMEWORK_LABELS, f),
        }))}
      />
      {compulsory ? (
        <SelectField
          {...values.bind("casusregisseurId")}
          label="Casusregisseur van de gecertificeerde instelling"
          placeholder="Kies een casusregisseur"
          required
          options={certified.map((p) => ({ value: p.id, label: `${p.name} (${p.organisation.name})` }))}
        >
          Neemt de regie over. Een procesregisseur werkt niet in het gedwongen kader: die rol eindigt.
        </SelectField>
      ) : null}
      <DecisionFields values={values} required />
    </HeadedMutationForm>
  );
}
