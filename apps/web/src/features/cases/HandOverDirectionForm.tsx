import { Paragraph } from "@utrecht/component-library-react";
import { useMutation } from "@apollo/client/react";
import { ErrorAlert } from "../../components/ErrorAlert";
import { useMutationForm } from "../../components/forms";
import { HeadedMutationForm } from "../../components/HeadedMutationForm";
import { SelectField } from "../../components/SelectField";
import { useFormValues } from "../../components/useFormValues";
import { generalErrorMessages } from "../../errors";
import { useDirectorOptions } from "./directorOptions";
import type { CaseDetail, DirectorRef } from "./operations";
import { UPDATE_CASE_DETAILS_MUTATION } from "./status-operations";
import { handOverNotice } from "./team";

export interface HandOverDirectionFormProps {
  caseData: CaseDetail;
  /** Handed over: reload the case and show `notice`. */
  onHandedOver: (notice: string) => Promise<void>;
  /** Reload after a stale version (CONFLICT). */
  onReload: () => Promise<void>;
  onCancel: () => void;
}

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
  const [updateCase] = useMutation(UPDATE_CASE_DETAILS_MUTATION);
  const nameOf = (options: { value: string; label: string }[], id: string) =>
    id ? (options.find((o) => o.value === id)?.label ?? null) : null;

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
        casusregisseur: nameOf(casusregisseurs.options, casusregisseurId),
        procesregisseur: nameOf(procesregisseurs.options, procesregisseurId),
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
      <SelectField
        {...bind("casusregisseurId")}
        id="hand-over-casusregisseur"
        label="Nieuwe casusregisseur"
        description={current(caseData.casusregisseur)}
        placeholder="Niet wijzigen"
        busy={casusregisseurs.loading}
        options={casusregisseurs.options}
      />
      {withProcesregisseur ? (
        <SelectField
          {...bind("procesregisseurId")}
          id="hand-over-procesregisseur"
          label="Nieuwe procesregisseur"
          description={current(caseData.procesregisseur)}
          placeholder="Niet wijzigen"
          busy={procesregisseurs.loading}
          options={procesregisseurs.options}
        />
      ) : null}
      <ErrorAlert
        messages={generalErrorMessages(casusregisseurs.error ?? procesregisseurs.error)}
        heading="De lijst met regisseurs kon niet worden geladen."
      />
    </HeadedMutationForm>
  );
}
