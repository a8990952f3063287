import { Paragraph } from "@utrecht/component-library-react";
import { useMutation } from "@apollo/client/react";
import { CheckboxGroup } from "../../components/CheckboxGroup";
import { HeadedMutationForm } from "../../components/HeadedMutationForm";
import { TextareaField, useMutationForm } from "../../components/forms";
import { checkFields } from "../../components/forms/checkFields";
import { useFormValues } from "../../components/useFormValues";
import type { CaseDetail } from "../cases/types";
import type { DecisionActionValues } from "./DecisionActionFields";
import { DecisionActions, actionChecks } from "./DecisionActions";
import { type MeetingDetail } from "./types";
import { RecordMeetingDecisionDocument } from "../../generated/graphql";

/** The input fields shown at the form; `actions.<n>.<field>` at action n (see DecisionActionFields). */
const FIELDS = ["decision", "presentProfessionalIds", "presentPersonIds", "actions"];

/** Who can be marked present: the chair and the invited professionals, and the invited family members. */
function invited(meeting: MeetingDetail) {
  const professionals = [{ value: meeting.chair.id, label: `${meeting.chair.name} (voorzitter)` }];
  for (const { professional: p } of meeting.participants) {
    if (p && !professionals.some((o) => o.value === p.id)) {
      professionals.push({ value: p.id, label: `${p.name} (${p.organisation.name})` });
    }
  }
  const persons = meeting.participants.flatMap(({ person }) =>
    person ? [{ value: person.id, label: person.fullName }] : [],
  );
  return { professionals, persons };
}

/**
 * "Besluit vastleggen" (the chair, in the decision phase): what was decided, who was there (all invited by
 * default) and zero or more actions that go into the plan in the same step. The meeting closes.
 */
export function DecisionForm({
  meeting,
  caseData,
  onDone,
}: {
  meeting: MeetingDetail;
  caseData: CaseDetail;
  onDone: (message: string) => Promise<void>;
}) {
  const { professionals, persons } = invited(meeting);
  const initial = {
    decision: "",
    presentProfessionalIds: professionals.map((p) => p.value),
    presentPersonIds: persons.map((p) => p.value),
    actions: [] as DecisionActionValues[],
  };
  const form = useMutationForm({ fields: FIELDS, failure: "Het besluit is niet vastgelegd." });
  const { values, bind, set, group } = useFormValues(initial, form);
  const [record] = useMutation(RecordMeetingDecisionDocument);

  const save = async () => {
    const checks = {
      decision: !values.decision.trim() && "Beschrijf het besluit.",
      ...actionChecks(values.actions),
    };
    if (checkFields(form, checks)) return false;
    await record({
      variables: {
        input: {
          meetingId: meeting.id,
          version: meeting.version,
          decision: values.decision.trim(),
          presentProfessionalIds: values.presentProfessionalIds,
          presentPersonIds: values.presentPersonIds,
          actions: values.actions.map((a) => ({
            title: a.title.trim(),
            goalId: a.goalId,
            ownerOrganisationId: a.ownerOrganisationId,
            dueOn: a.dueOn || null,
          })),
        },
      },
    });
    const count = values.actions.length;
    await onDone(
      count === 0
        ? "Het besluit is vastgelegd; het overleg is gesloten."
        : `Het besluit is vastgelegd met ${count === 1 ? "1 actie" : `${count} acties`} in het plan; het overleg is gesloten.`,
    );
  };

  return (
    <HeadedMutationForm
      form={form}
      onSubmit={save}
      headingId="decision-form-heading"
      title="Besluit vastleggen"
      blockClassName="rh-subsection"
      submitLabel="Besluit vastleggen"
      intro={<Paragraph>Na het besluit is het overleg gesloten: er kan dan niets meer bij.</Paragraph>}
    >
      <TextareaField {...bind("decision")} label="Besluit" required rows={4} />
      <CheckboxGroup {...group("presentProfessionalIds")} legend="Aanwezig" options={professionals} />
      {persons.length > 0 ? (
        <CheckboxGroup {...group("presentPersonIds")} legend="Gezinsleden aanwezig" options={persons} />
      ) : null}
      <DecisionActions caseData={caseData} actions={values.actions} onChange={set("actions")} form={form} />
    </HeadedMutationForm>
  );
}
