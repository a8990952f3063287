import { useMutation } from "@apollo/client/react";
import { childMayAttend } from "@regiehub/domain";
import { CheckboxGroup } from "../../components/CheckboxGroup";
import { PersonCheckboxes } from "../../components/PersonCheckboxes";
import { SelectField } from "../../components/SelectField";
import { DateField, MutationFormView, TextareaField, useMutationForm } from "../../components/forms";
import { checkFields } from "../../components/forms/checkFields";
import { useFormValues } from "../../components/useFormValues";
import { formatDate, todayInput } from "../../labels";
import { useViewer } from "../../viewer";
import type { CaseDetail } from "../cases/types";
import { chairOptionsOf, teamProfessionalsOf } from "./team";
import { PlanMeetingDocument } from "../../generated/graphql";

const FIELDS = ["question", "heldOn", "chairProfessionalId", "participantProfessionalIds", "familyPersonIds"];

/** Family members who may be there on `heldOn`: adults, and children from 12 (with a known birth date). */
function attendingPersons(persons: CaseDetail["persons"], heldOn: string) {
  const day = /^\d{4}-\d{2}-\d{2}$/.test(heldOn) ? heldOn : todayInput();
  return persons.filter((p) => p.householdRole !== "CHILD" || childMayAttend(p.birthDate ?? null, day));
}

/**
 * "Overleg plannen" (the case's directors): the question, the day, the chair (the viewer by default, or the
 * other director), the participating professionals of the team and the family members present.
 */
export function PlanMeetingForm({
  caseData,
  onDone,
  onCancel,
}: {
  caseData: CaseDetail;
  onDone: (message: string) => Promise<void>;
  onCancel: () => void;
}) {
  const viewer = useViewer();
  const chairs = chairOptionsOf(caseData);
  if (viewer && !chairs.some((c) => c.value === viewer.id)) {
    chairs.unshift({ value: viewer.id, label: `${viewer.name} (${viewer.organisation.name})` });
  }
  const form = useMutationForm({ fields: FIELDS, failure: "Het overleg is niet gepland." });
  const { values, bind, group } = useFormValues(
    {
      question: "",
      heldOn: todayInput(),
      chairProfessionalId: viewer?.id ?? chairs[0]?.value ?? "",
      participantProfessionalIds: [] as string[],
      familyPersonIds: [] as string[],
    },
    form,
  );
  const [plan] = useMutation(PlanMeetingDocument);
  const participants = teamProfessionalsOf(caseData).filter((p) => p.value !== values.chairProfessionalId);
  const persons = attendingPersons(caseData.persons, values.heldOn);

  const save = async () => {
    const chosen = values.participantProfessionalIds.filter((id) => participants.some((p) => p.value === id));
    const present = values.familyPersonIds.filter((id) => persons.some((p) => p.id === id));
    const failed = checkFields(form, {
      question: !values.question.trim() && "Formuleer de vraag van het overleg.",
      heldOn: !values.heldOn && "Vul de datum van het overleg in.",
      participantProfessionalIds: chosen.length === 0 && "Kies minstens één deelnemer.",
    });
    if (failed) return false;
    const result = await plan({
      variables: {
        input: {
          caseId: caseData.id,
          question: values.question.trim(),
          heldOn: values.heldOn,
          chairProfessionalId: values.chairProfessionalId || null,
          participantProfessionalIds: chosen,
          familyPersonIds: present,
        },
      },
    });
    await onDone(
      `Het overleg van ${formatDate(result.data?.planMeeting.heldOn ?? values.heldOn)} is gepland.`,
    );
  };

  return (
    <MutationFormView
      form={form}
      onSubmit={save}
      label="Overleg plannen"
      submitLabel="Overleg plannen"
      onCancel={onCancel}
    >
      <TextareaField {...bind("question")} label="Vraagstelling" required rows={3}>
        De vraag die het overleg moet beantwoorden.
      </TextareaField>
      <div className="rh-form__row">
        <DateField {...bind("heldOn")} label="Datum" required />
        <SelectField {...bind("chairProfessionalId")} label="Voorzitter" options={chairs} required />
      </div>
      <CheckboxGroup {...group("participantProfessionalIds")} legend="Deelnemers" options={participants}>
        Professionals uit het team van de casus. De voorzitter is er altijd bij.
      </CheckboxGroup>
      {caseData.persons.length > 0 ? (
        <PersonCheckboxes
          {...bind("familyPersonIds")}
          legend="Gezinsleden aanwezig (niet verplicht)"
          persons={persons}
        >
          Kinderen kunnen bij het overleg zijn vanaf 12 jaar; jongere kinderen staan hier niet.
        </PersonCheckboxes>
      ) : null}
    </MutationFormView>
  );
}
