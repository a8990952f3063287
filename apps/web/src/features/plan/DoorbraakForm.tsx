import { Paragraph } from "@utrecht/component-library-react";
import { useMutation } from "@apollo/client/react";
import { TeamOrganisationField } from "../../components/TeamOrganisationField";
import { DateField, MutationFormView, TextField, TextareaField } from "../../components/forms";
import { checkFields } from "../../components/forms/checkFields";
import { useFormValues } from "../../components/useFormValues";
import { todayInput } from "../../labels";
import type { CaseDetail } from "../cases/types";
import type { DisclosedFormProps } from "./formParts";
import type { PlanGoal } from "./types";
import { organisationName, teamOrganisations } from "./team";
import { useChangeForm } from "./useChangeForm";
import { RecordDoorbraakDocument } from "../../generated/graphql";

const DOORBRAAK_FIELDS = ["title", "ownerOrganisationId", "dueOn", "authority", "heard"] as const;

/** The people heard, one per line. */
export function heardList(text: string): string[] {
  return text
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);
}

/**
 * "Doorbraak vastleggen" (RECORD_DOORBRAAK, the procesregisseur of the case): on a case that stalls, what must
 * happen, which team organisation carries it, by when, on what authority and after hearing whom. It becomes
 * an action under this goal, marked as doorbraak; the organisation's team members and the casusregisseur are
 * notified.
 */
export function DoorbraakForm({
  goal,
  caseData,
  onDone,
  onCancel,
  onChanged,
}: DisclosedFormProps & { goal: PlanGoal; caseData: CaseDetail }) {
  const form = useChangeForm({ fields: DOORBRAAK_FIELDS, failure: "De doorbraak is niet vastgelegd." });
  const organisations = teamOrganisations(caseData);
  const { values, bind, choice } = useFormValues(
    { title: "", ownerOrganisationId: "", dueOn: "", authority: "", heard: "" },
    form,
  );
  const [record] = useMutation(RecordDoorbraakDocument);

  const save = async () => {
    const { title, ownerOrganisationId, dueOn, authority } = values;
    const heard = heardList(values.heard);
    const failed = checkFields(form, {
      title: !title.trim() && "Beschrijf wat er moet gebeuren.",
      ownerOrganisationId: !ownerOrganisationId && "Kies de organisatie die het uitvoert.",
      dueOn: !dueOn
        ? "Kies uiterlijk wanneer het klaar moet zijn."
        : dueOn < todayInput() && "Kies een datum vanaf vandaag.",
      authority: !authority.trim() && "Noem waarop de doorbraak berust.",
      heard: heard.length === 0 && "Noem wie er is gehoord.",
    });
    if (failed) return false;
    const input = {
      goalId: goal.id,
      title: title.trim(),
      ownerOrganisationId,
      dueOn,
      authority: authority.trim(),
      heard,
    };
    await record({ variables: { input } });
    await onChanged();
    const organisation = organisationName(organisations, ownerOrganisationId);
    onDone(`De doorbraak is vastgelegd; ${organisation} en de casusregisseur zijn op de hoogte gebracht.`);
  };

  return (
    <MutationFormView
      form={form}
      onSubmit={save}
      label="Doorbraak"
      submitLabel="Doorbraak vastleggen"
      onCancel={onCancel}
    >
      <Paragraph>
        Een doorbraak legt vast wat er moet gebeuren in een casus die vastloopt. De inhoud van het plan blijft
        van de casusregisseur.
      </Paragraph>
      <TextField {...bind("title")} label="Wat moet er gebeuren" required autoComplete="off" />
      <div className="rh-form__row">
        <TeamOrganisationField
          {...choice("ownerOrganisationId")}
          label="Wie voert het uit"
          organisations={organisations}
        >
          Een organisatie uit het team; zij moet het onder haar toestemming kunnen zien.
        </TeamOrganisationField>
        <DateField {...bind("dueOn")} label="Uiterlijk klaar op" required min={todayInput()} />
      </div>
      <TextField {...bind("authority")} label="Waarop berust de doorbraak" required>
        Bijvoorbeeld het mandaat van de wethouder of een besluit van het veiligheidsoverleg.
      </TextField>
      <TextareaField {...bind("heard")} label="Wie zijn er gehoord">
        Eén per regel.
      </TextareaField>
    </MutationFormView>
  );
}
