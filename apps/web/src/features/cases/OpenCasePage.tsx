import { Heading, Paragraph } from "@utrecht/component-library-react";
import { useMutation } from "@apollo/client/react";
import { useNavigate } from "react-router";
import { EnumSelectField } from "../../components/EnumSelectField";
import { ErrorAlert } from "../../components/ErrorAlert";
import { MutationFormView, TextField, useMutationForm } from "../../components/forms";
import { NotAllowedPage } from "../../components/NotAllowedPage";
import { RouterButtonLink } from "../../components/RouterLink";
import { useFormValues } from "../../components/useFormValues";
import { usePageTitle } from "../../components/usePageTitle";
import { generalErrorMessages } from "../../errors";
import { FRAMEWORK_LABELS } from "../../labels";
import type { CaseFramework } from "../../generated/graphql";
import { useViewer, useViewerCan } from "../../viewer";
import { useDirectorOptions } from "./directorOptions";
import { DirectorSelectField } from "./DirectorSelectField";
import { OpenCaseDocument } from "../../generated/graphql";

/** Fields of this form, by input path (without `input.`). */
const FIELDS = ["title", "municipality", "framework", "casusregisseurId", "procesregisseurId"] as const;

const EMPTY = {
  title: "",
  municipality: "",
  framework: "VOLUNTARY" as CaseFramework,
  casusregisseurId: "",
  procesregisseurId: "",
};

/** "Nieuwe casus": open a case in phase SIGNAL — for those whose `viewerCan` includes OPEN_CASE. */
export function OpenCasePage() {
  usePageTitle("Nieuwe casus");
  const canOpenCase = useViewerCan("OPEN_CASE");
  if (canOpenCase) return <OpenCaseForm />;
  return <NotAllowedPage title="Nieuwe casus" message="U kunt geen casus openen." />;
}

function OpenCaseForm() {
  const navigate = useNavigate();
  const viewer = useViewer();
  // A casusregisseur directs the cases they open; anyone else names the casusregisseur.
  const choosesCasusregisseur = viewer !== null && viewer.role !== "CASUSREGISSEUR";
  const shownFields = choosesCasusregisseur ? FIELDS : FIELDS.filter((f) => f !== "casusregisseurId");
  const form = useMutationForm({ fields: shownFields, failure: "De casus is niet geopend." });
  const { values, bind, choice, set } = useFormValues(EMPTY, form);
  const { title, municipality, framework, casusregisseurId, procesregisseurId } = values;
  const procesregisseurs = useDirectorOptions("PROCESREGISSEUR");
  const casusregisseurs = useDirectorOptions("CASUSREGISSEUR", { skip: !choosesCasusregisseur });
  const [openCase] = useMutation(OpenCaseDocument);
  const hasFieldErrors = shownFields.some((f) => form.errorsFor(f).length > 0);

  const open = async () => {
    const result = await openCase({
      variables: {
        input: {
          title: title.trim(),
          municipality: municipality.trim(),
          framework,
          ...(choosesCasusregisseur && casusregisseurId ? { casusregisseurId } : {}),
          ...(procesregisseurId ? { procesregisseurId } : {}),
        },
      },
    });
    const created = result.data?.openCase;
    if (created) navigate(`/casussen/${encodeURIComponent(created.id)}`);
  };

  return (
    <>
      <Heading level={1}>Nieuwe casus</Heading>
      <Paragraph appearance="lead">
        Een nieuwe casus begint in de fase Signaal. Uw organisatie komt als regievoerder in het team.
      </Paragraph>
      <MutationFormView
        form={form}
        onSubmit={open}
        label="Nieuwe casus"
        submitLabel="Casus openen"
        actions={
          <RouterButtonLink to="/" appearance="subtle-button">
            Annuleren
          </RouterButtonLink>
        }
      >
        {hasFieldErrors ? <ErrorAlert messages={["Controleer de gemarkeerde velden."]} /> : null}
        <TextField {...bind("title")} label="Naam casus" required autoComplete="off">
          Meestal de achternaam van het gezin, bijvoorbeeld ‘Gezin Jansen’.
        </TextField>
        <TextField {...bind("municipality")} label="Gemeente" required autoComplete="address-level2" />
        <EnumSelectField
          {...choice("framework")}
          label="Kader"
          labels={FRAMEWORK_LABELS}
          onChange={(value) => set("framework")(value || "VOLUNTARY")}
        />
        {choosesCasusregisseur ? (
          <DirectorSelectField
            {...bind("casusregisseurId")}
            label="Casusregisseur"
            placeholder="Kies een casusregisseur"
            directors={casusregisseurs}
          >
            Wie de casus dagelijks regisseert.
          </DirectorSelectField>
        ) : null}
        <DirectorSelectField
          {...bind("procesregisseurId")}
          label="Procesregisseur (niet verplicht)"
          placeholder="Geen procesregisseur"
          directors={procesregisseurs}
        />
        <ErrorAlert
          messages={generalErrorMessages(procesregisseurs.error ?? casusregisseurs.error)}
          heading="De lijst met regisseurs kon niet worden geladen."
        />
      </MutationFormView>
    </>
  );
}
