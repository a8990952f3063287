import { useMutation } from "@apollo/client/react";
import { DataClassField, DomainField, SubjectsField } from "../../components/ClassificationFields";
import type { PersonOption } from "../../components/ClassificationFields";
import { HeadedMutationForm } from "../../components/HeadedMutationForm";
import { RadioGroup } from "../../components/RadioGroup";
import { TextareaField, useMutationForm } from "../../components/forms";
import { checkFields } from "../../components/forms/checkFields";
import { useFormValues } from "../../components/useFormValues";
import type { ContributionKind, DataClass, Domain, MeetingPhase } from "../../generated/graphql";
import { CONTRIBUTION_KIND_HINTS, CONTRIBUTION_KIND_LABELS, PREMATURE_FLAG } from "./labels";
import { ContributeToMeetingDocument } from "../../generated/graphql";

const KIND_OPTIONS = (Object.keys(CONTRIBUTION_KIND_LABELS) as ContributionKind[]).map((kind) => ({
  value: kind,
  label: CONTRIBUTION_KIND_LABELS[kind],
  hint: CONTRIBUTION_KIND_HINTS[kind],
}));

interface ContributionValues {
  contributionKind: ContributionKind | "";
  body: string;
  domain: Domain | "";
  dataClass: DataClass | "";
  subjectPersonIds: string[];
}

const EMPTY: ContributionValues = {
  contributionKind: "INFORMATION",
  body: "",
  domain: "",
  dataClass: "GENERAL",
  subjectPersonIds: [],
};

/**
 * "Bijdragen" for the chair and the participating professionals: kind, text, life domain, data class and who
 * it is about — a dossier item, so consent decides who sees it. During image forming a judgement or proposal is
 * accepted but flagged; the form says so beforehand.
 */
export function ContributionForm({
  meetingId,
  phase,
  persons,
  onDone,
}: {
  meetingId: string;
  phase: MeetingPhase;
  persons: readonly PersonOption[];
  onDone: () => Promise<void>;
}) {
  const form = useMutationForm({
    fields: ["contributionKind", "body", "domain", "dataClass", "subjectPersonIds"],
    failure: "Uw bijdrage is niet vastgelegd.",
  });
  const { values, bind, choice, patch } = useFormValues<ContributionValues>(EMPTY, form);
  const [contribute] = useMutation(ContributeToMeetingDocument);
  const early = phase === "QUESTION" || phase === "IMAGE_FORMING";

  const save = async () => {
    const { contributionKind, body, domain, dataClass, subjectPersonIds } = values;
    const failed = checkFields(form, {
      contributionKind: !contributionKind && "Kies wat voor bijdrage het is.",
      body: !body.trim() && "Schrijf uw bijdrage.",
      domain: !domain && "Kies een leefgebied.",
    });
    if (failed || !contributionKind || !domain) return false;
    const result = await contribute({
      variables: {
        input: {
          meetingId,
          contributionKind,
          body: body.trim(),
          domain,
          dataClass: dataClass || null,
          subjectPersonIds,
        },
      },
    });
    patch({ body: "" });
    await onDone();
    return result.data?.contributeToMeeting.premature
      ? `Uw bijdrage is vastgelegd, met de markering ‘${PREMATURE_FLAG.toLowerCase()}’.`
      : "Uw bijdrage is vastgelegd.";
  };

  return (
    <HeadedMutationForm
      form={form}
      onSubmit={save}
      headingId="contribute-heading"
      title="Bijdrage toevoegen"
      blockClassName="rh-subsection"
      submitLabel="Bijdrage vastleggen"
      intro={
        early ? (
          <p className="rh-muted">
            Eerst de beeldvorming: een oordeel of voorstel in deze fase wordt vastgelegd, maar gemarkeerd voor
            de voorzitter.
          </p>
        ) : null
      }
    >
      <RadioGroup
        {...choice("contributionKind")}
        legend="Soort bijdrage"
        row
        options={KIND_OPTIONS}
        required
      />
      <TextareaField {...bind("body")} label="Uw bijdrage" required rows={4} />
      <div className="rh-form__row">
        <DomainField {...bind("domain")} />
        <DataClassField {...bind("dataClass")} />
      </div>
      <SubjectsField {...bind("subjectPersonIds")} persons={persons} />
    </HeadedMutationForm>
  );
}
