import {
  Alert,
  Button,
  ButtonGroup,
  Heading,
  Paragraph,
  Select,
  SelectOption,
  Textbox,
} from "@utrecht/component-library-react";
import { useMutation, useQuery } from "@apollo/client/react";
import { useRef, useState } from "react";
import type { FormEvent } from "react";
import { useNavigate } from "react-router";
import { ErrorAlert } from "../../components/ErrorAlert";
import { Field } from "../../components/Field";
import { RouterButtonLink, RouterLink } from "../../components/RouterLink";
import { usePageTitle } from "../../components/usePageTitle";
import { extractFieldErrors, generalErrorMessages, messagesFor } from "../../errors";
import { CASE_FRAMEWORKS, FRAMEWORK_LABELS } from "../../labels";
import type { CaseFramework } from "../../generated/graphql";
import { useViewer, useViewerCan } from "../../viewer";
import { OPEN_CASE_MUTATION, PROFESSIONALS_QUERY } from "./operations";
import { focusFirstInvalid } from "../../components/forms/focus";

/** Fields of this form, by input path (without `input.`). */
const FIELDS = ["title", "municipality", "framework", "casusregisseurId", "procesregisseurId"] as const;

/** "Nieuwe casus": open a case in phase SIGNAL — for those whose `viewerCan` includes OPEN_CASE. */
export function OpenCasePage() {
  usePageTitle("Nieuwe casus");
  const canOpenCase = useViewerCan("OPEN_CASE");
  if (canOpenCase) return <OpenCaseForm />;
  return (
    <>
      <Heading level={1}>Nieuwe casus</Heading>
      <Alert type="info" className="rh-alert">
        <Paragraph>U kunt geen casus openen.</Paragraph>
      </Alert>
      <Paragraph>
        <RouterLink to="/">Terug naar Casussen</RouterLink>
      </Paragraph>
    </>
  );
}

function OpenCaseForm() {
  const navigate = useNavigate();
  const viewer = useViewer();
  const formRef = useRef<HTMLFormElement>(null);
  const [title, setTitle] = useState("");
  const [municipality, setMunicipality] = useState("");
  const [framework, setFramework] = useState<CaseFramework>("VOLUNTARY");
  const [casusregisseurId, setCasusregisseurId] = useState("");
  const [procesregisseurId, setProcesregisseurId] = useState("");
  const [error, setError] = useState<unknown>(null);

  // A casusregisseur directs the cases they open; anyone else names the casusregisseur.
  const choosesCasusregisseur = viewer !== null && viewer.role !== "CASUSREGISSEUR";

  const procesregisseurs = useQuery(PROFESSIONALS_QUERY, { variables: { role: "PROCESREGISSEUR" } });
  const casusregisseurs = useQuery(PROFESSIONALS_QUERY, {
    variables: { role: "CASUSREGISSEUR" },
    skip: !choosesCasusregisseur,
  });
  const [openCase, { loading }] = useMutation(OPEN_CASE_MUTATION);

  const fieldErrors = extractFieldErrors(error);
  const shownFields = choosesCasusregisseur ? FIELDS : FIELDS.filter((f) => f !== "casusregisseurId");
  const general = generalErrorMessages(error, shownFields);
  const hasFieldErrors = Object.keys(fieldErrors).some((path) =>
    shownFields.some((f) => path === f || path.startsWith(`${f}.`)),
  );

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (loading) return;
    setError(null);
    try {
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
    } catch (err) {
      setError(err);
      focusFirstInvalid(formRef.current);
    }
  };

  return (
    <>
      <Heading level={1}>Nieuwe casus</Heading>
      <Paragraph appearance="lead">
        Een nieuwe casus begint in de fase Signaal. Uw organisatie komt als regievoerder in het team.
      </Paragraph>
      <form
        ref={formRef}
        noValidate
        onSubmit={(e) => void submit(e)}
        className="rh-form"
        aria-label="Nieuwe casus"
      >
        {hasFieldErrors ? <ErrorAlert messages={["Controleer de gemarkeerde velden."]} /> : null}
        <ErrorAlert messages={general} heading="De casus is niet geopend." />
        <Field
          id="case-title"
          label="Naam casus"
          description="Meestal de achternaam van het gezin, bijvoorbeeld ‘Gezin Jansen’."
          errors={messagesFor(fieldErrors, "title")}
        >
          {(control) => (
            <Textbox
              {...control}
              name="title"
              required
              autoComplete="off"
              value={title}
              onChange={(e) => setTitle(e.target.value)}
            />
          )}
        </Field>
        <Field id="case-municipality" label="Gemeente" errors={messagesFor(fieldErrors, "municipality")}>
          {(control) => (
            <Textbox
              {...control}
              name="municipality"
              required
              autoComplete="address-level2"
              value={municipality}
              onChange={(e) => setMunicipality(e.target.value)}
            />
          )}
        </Field>
        <Field id="case-framework" label="Kader" errors={messagesFor(fieldErrors, "framework")}>
          {(control) => (
            <Select
              {...control}
              name="framework"
              value={framework}
              onChange={(e) => setFramework(e.target.value as CaseFramework)}
            >
              {CASE_FRAMEWORKS.map((f) => (
                <SelectOption key={f} value={f}>
                  {FRAMEWORK_LABELS[f]}
                </SelectOption>
              ))}
            </Select>
          )}
        </Field>
        {choosesCasusregisseur ? (
          <Field
            id="case-casusregisseur"
            label="Casusregisseur"
            description="Wie de casus dagelijks regisseert."
            errors={messagesFor(fieldErrors, "casusregisseurId")}
          >
            {(control) => (
              <Select
                {...control}
                name="casusregisseurId"
                value={casusregisseurId}
                busy={casusregisseurs.loading}
                onChange={(e) => setCasusregisseurId(e.target.value)}
              >
                <SelectOption value="">Kies een casusregisseur</SelectOption>
                {(casusregisseurs.data?.professionals ?? []).map((p) => (
                  <SelectOption key={p.id} value={p.id}>
                    {p.name} ({p.organisation.name})
                  </SelectOption>
                ))}
              </Select>
            )}
          </Field>
        ) : null}
        <Field
          id="case-procesregisseur"
          label="Procesregisseur (niet verplicht)"
          errors={messagesFor(fieldErrors, "procesregisseurId")}
        >
          {(control) => (
            <Select
              {...control}
              name="procesregisseurId"
              value={procesregisseurId}
              busy={procesregisseurs.loading}
              onChange={(e) => setProcesregisseurId(e.target.value)}
            >
              <SelectOption value="">Geen procesregisseur</SelectOption>
              {(procesregisseurs.data?.professionals ?? []).map((p) => (
                <SelectOption key={p.id} value={p.id}>
                  {p.name} ({p.organisation.name})
                </SelectOption>
              ))}
            </Select>
          )}
        </Field>
        <ErrorAlert
          messages={generalErrorMessages(procesregisseurs.error ?? casusregisseurs.error)}
          heading="De lijst met regisseurs kon niet worden geladen."
        />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={loading}>
            Casus openen
          </Button>
          <RouterButtonLink to="/" appearance="subtle-button">
            Annuleren
          </RouterButtonLink>
        </ButtonGroup>
      </form>
    </>
  );
}
