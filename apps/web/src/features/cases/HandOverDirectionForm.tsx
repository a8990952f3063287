import { Paragraph } from "@utrecht/component-library-react";
import { useMutation } from "@apollo/client/react";
import { ErrorAlert } from "../../components/ErrorAlert";
import { useMutationForm } from "../../components/forms";
import { HeadedMutationForm } from "../../components/HeadedMutationForm";
import { useFormValues } from "../../components/useFormValues";
import { generalErrorMessages } from "../../errors";
import { useDirectorOptions } from "./directorOptions";
import { DirectorSelectField } from "./DirectorSelectField";
import type { CaseDetail, DirectorRef } from "./types";
import { handOverNotice } from "./team";
import { UpdateCaseDetailsDocument } from "../../generated/graphql";

export interface HandOverDirectionFormProps {
  caseData: CaseDetail;
  /** Handed over: reload the case and show `notice`. */
  onHandedOver: (notice: string) => Promise<void>;
  /** Reload after a stale version (CONFLICT). */
  onReload: () => Promise<void>;
  onCancel: () => void;
}

/** The case's two directors, as the form's keys (`<role>Id`) and the case's fields name them. */
type Director = "casusregisseur" | "procesregisseur";

function current(director: DirectorRef | null): string {
  return director ? `Nu: ${director.name} (${director.organisation.name}).` : "Nu: niet toegewezen.";
}

/**
 * "Regie overdragen" (the case's directors, like editing the case): a new casusregisseur and, where the
 * framework has one, a new procesregisseur (`updateCase`). What is not chosen stays as it is.
 */
export function HandOverDirectionForm({
  caseData,
  onHandedOver,
  onReload,
  onCancel,
}: HandOverDirectionFormProps) {
  // In the compulsory framework the certified institution directs, without a procesregisseur.
  const withProcesregisseur = caseData.framework !== "COMPULSORY";
  const form = useMutationForm({
    fields: withProcesregisseur ? ["casusregisseurId", "procesregisseurId"] : ["casusregisseurId"],
    failure: "De regie is niet overgedragen.",
    onReload,
  });
  const { values, bind } = useFormValues({ casusregisseurId: "", procesregisseurId: "" }, form);
  const { casusregisseurId, procesregisseurId } = values;
  const casusregisseurs = useDirectorOptions("CASUSREGISSEUR", { exclude: caseData.casusregisseur?.id });
  const procesregisseurs = useDirectorOptions("PROCESREGISSEUR", {
    skip: !withProcesregisseur,
    exclude: caseData.procesregisseur?.id,
  });
  const [updateCase] = useMutation(UpdateCaseDetailsDocument);
  const directors = { casusregisseur: casusregisseurs, procesregisseur: procesregisseurs };
  /** The name of the new director chosen for `role`, if any. */
  const chosen = (role: Director) =>
    directors[role].options.find((o) => o.value === values[`${role}Id`])?.label ?? null;

  /** The choice of a new director for `role`, with who it is now (who stays if none is chosen). */
  const newDirectorField = (role: Director) => (
    <DirectorSelectField
      {...bind(`${role}Id`)}
      label={`Nieuwe ${role}`}
      placeholder="Niet wijzigen"
      directors={directors[role]}
    >
      {current(caseData[role])}
    </DirectorSelectField>
  );

  const handOver = async () => {
    if (!casusregisseurId && !procesregisseurId) {
      form.invalidate(
        "casusregisseurId",
        withProcesregisseur
          ? "Kies een nieuwe casusregisseur of procesregisseur."
          : "Kies een nieuwe casusregisseur.",
      );
      return false;
    }
    await updateCase({
      variables: {
        input: {
          id: caseData.id,
          version: caseData.version,
          ...(casusregisseurId ? { casusregisseurId } : {}),
          ...(procesregisseurId ? { procesregisseurId } : {}),
        },
      },
    });
    await onHandedOver(
      handOverNotice({
        casusregisseur: chosen("casusregisseur"),
        procesregisseur: chosen("procesregisseur"),
      }),
    );
  };

  return (
    <HeadedMutationForm
      form={form}
      onSubmit={handOver}
      headingId="hand-over-heading"
      title="Regie overdragen"
      blockClassName="rh-subsection"
      intro={
        <Paragraph>
          Kies wie de regie overneemt. De nieuwe casusregisseur komt met de eigen organisatie in het team als
          die er nog niet in staat. Wat u niet kiest, blijft zoals het is.
        </Paragraph>
      }
      submitLabel="Regie overdragen"
      onCancel={onCancel}
    >
      {newDirectorField("casusregisseur")}
      {withProcesregisseur ? newDirectorField("procesregisseur") : null}
      <ErrorAlert
        messages={generalErrorMessages(casusregisseurs.error ?? procesregisseurs.error)}
        heading="De lijst met regisseurs kon niet worden geladen."
      />
    </HeadedMutationForm>
  );
}
