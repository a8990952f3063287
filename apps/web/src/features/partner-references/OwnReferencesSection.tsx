import {
  Alert,
  Button,
  Heading,
  Paragraph,
  Select,
  SelectOption,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Textbox,
  UnorderedList,
  UnorderedListItem,
} from "@utrecht/component-library-react";
import { useMutation, useQuery } from "@apollo/client/react";
import { useRef, useState } from "react";
import type { FormEvent } from "react";
import { ErrorAlert } from "../../components/ErrorAlert";
import { Field } from "../../components/Field";
import { TableScroll } from "../../components/TableScroll";
import { VisuallyHidden } from "../../components/VisuallyHidden";
import { extractFieldErrors, generalErrorMessages, hasErrorCode, messagesFor } from "../../errors";
import { focusFirstInvalid } from "../../components/forms/focus";
import {
  ATTACH_PARTNER_REFERENCE_MUTATION,
  CASE_PARTNER_REFERENCES_QUERY,
  DETACH_PARTNER_REFERENCE_MUTATION,
} from "./operations";
import type { OwnReference, PersonWithReferences } from "./operations";

export interface OwnReferencesSectionProps {
  caseId: string;
  /** The viewer's organisation (whose references these are). */
  organisationName: string;
}

/** How a reference reads: "LL-20931 (leerlingnummer)". */
export function referenceText(reference: Pick<OwnReference, "reference" | "label">): string {
  return reference.label ? `${reference.reference} (${reference.label})` : reference.reference;
}

/**
 * "Eigen kenmerken": the viewer's organisation's own identifiers for the family members (a student number, a
 * client number) — seen by that organisation only — with adding and removing (needs MANAGE_REFERENCES).
 */
export function OwnReferencesSection({ caseId, organisationName }: OwnReferencesSectionProps) {
  const { data, error, refetch } = useQuery(CASE_PARTNER_REFERENCES_QUERY, {
    variables: { id: caseId },
    fetchPolicy: "cache-and-network",
  });
  const [detach] = useMutation(DETACH_PARTNER_REFERENCE_MUTATION);
  const [removingId, setRemovingId] = useState<string | null>(null);
  const [removeError, setRemoveError] = useState<unknown>(null);
  const [removed, setRemoved] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const persons = data?.case?.persons ?? [];

  const reload = async () => {
    await refetch().catch(() => undefined);
  };

  const remove = async (person: PersonWithReferences, reference: OwnReference) => {
    if (removingId) return;
    setRemoveError(null);
    setRemoved(null);
    setRemovingId(reference.id);
    try {
      await detach({ variables: { id: reference.id } });
      await reload();
      setRemoved(`Kenmerk ${referenceText(reference)} is verwijderd bij ${person.fullName}.`);
      // The button is gone with its reference: put focus back at the start of the section.
      headingRef.current?.focus();
    } catch (err) {
      setRemoveError(err);
    } finally {
      setRemovingId(null);
    }
  };

  return (
    <section aria-labelledby="own-references-heading" className="rh-section">
      <Heading level={2} id="own-references-heading" ref={headingRef} tabIndex={-1}>
        Eigen kenmerken
      </Heading>
      <Paragraph>
        De eigen kenmerken van {organisationName} bij de gezinsleden, zoals een leerlingnummer of een
        cliëntnummer. Alleen uw organisatie ziet ze en kan de casus erop terugvinden; in een inzage-export van
        het gezinslid staan ze wel, met de naam van uw organisatie.
      </Paragraph>
      {removed ? (
        <Alert type="ok" className="rh-alert">
          <Paragraph>{removed}</Paragraph>
        </Alert>
      ) : null}
      <ErrorAlert messages={generalErrorMessages(removeError)} heading="Het kenmerk is niet verwijderd." />
      <ErrorAlert
        messages={generalErrorMessages(error)}
        heading="De eigen kenmerken konden niet worden geladen."
      >
        <Button appearance="secondary-action-button" onClick={() => void reload()}>
          Opnieuw proberen
        </Button>
      </ErrorAlert>
      {data && persons.length === 0 ? <Paragraph>Er zijn nog geen gezinsleden vastgelegd.</Paragraph> : null}
      {persons.length > 0 ? (
        <TableScroll label="Eigen kenmerken">
          <Table aria-labelledby="own-references-heading" className="rh-table">
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">Gezinslid</TableHeaderCell>
                <TableHeaderCell scope="col">Kenmerken</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {persons.map((person) => (
                <TableRow key={person.id}>
                  <TableHeaderCell scope="row" className="rh-row-header">
                    {person.fullName}
                  </TableHeaderCell>
                  <TableCell>
                    {person.partnerReferences.length === 0 ? (
                      <span className="rh-muted">Geen</span>
                    ) : (
                      <UnorderedList>
                        {person.partnerReferences.map((reference) => (
                          <UnorderedListItem key={reference.id}>
                            <span className="rh-tabular">{reference.reference}</span>
                            {reference.label ? (
                              <span className="rh-muted"> ({reference.label})</span>
                            ) : null}{" "}
                            <Button
                              appearance="subtle-button"
                              hint="danger"
                              busy={removingId === reference.id}
                              onClick={() => void remove(person, reference)}
                            >
                              Verwijderen
                              <VisuallyHidden>
                                {" "}
                                kenmerk {reference.reference} van {person.fullName}
                              </VisuallyHidden>
                            </Button>
                          </UnorderedListItem>
                        ))}
                      </UnorderedList>
                    )}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableScroll>
      ) : null}
      {persons.length > 0 ? <AddOwnReferenceForm persons={persons} onAdded={reload} /> : null}
    </section>
  );
}

const FIELDS = ["personId", "reference", "label"] as const;
const DUPLICATE_MESSAGE = "Dit kenmerk staat al bij dit gezinslid.";

function AddOwnReferenceForm({
  persons,
  onAdded,
}: {
  persons: readonly PersonWithReferences[];
  onAdded: () => Promise<void>;
}) {
  const formRef = useRef<HTMLFormElement>(null);
  const [personId, setPersonId] = useState("");
  const [reference, setReference] = useState("");
  const [label, setLabel] = useState("");
  const [missingPerson, setMissingPerson] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [added, setAdded] = useState<string | null>(null);
  const [attach, { loading }] = useMutation(ATTACH_PARTNER_REFERENCE_MUTATION);

  const fieldErrors = extractFieldErrors(error);
  // A duplicate is a CONFLICT of the reference itself: shown at the field, not as "changed by someone else".
  const duplicate = hasErrorCode(error, "CONFLICT");
  const general = duplicate ? [] : generalErrorMessages(error, FIELDS);
  const referenceErrors = [
    ...messagesFor(fieldErrors, "reference"),
    ...(duplicate ? [DUPLICATE_MESSAGE] : []),
  ];

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (loading) return;
    setError(null);
    setAdded(null);
    if (!personId) {
      setMissingPerson(true);
      focusFirstInvalid(formRef.current);
      return;
    }
    setMissingPerson(false);
    try {
      const result = await attach({
        variables: { input: { personId, reference, label: label.trim() || null } },
      });
      const person = persons.find((p) => p.id === personId);
      const saved = result.data?.attachPartnerReference;
      setReference("");
      setLabel("");
      await onAdded();
      setAdded(
        `Kenmerk ${saved ? referenceText(saved) : reference.trim()} is toegevoegd bij ${person?.fullName ?? "het gezinslid"}.`,
      );
    } catch (err) {
      setError(err);
      focusFirstInvalid(formRef.current);
    }
  };

  return (
    <div className="rh-subsection">
      <Heading level={3} id="add-own-reference-heading">
        Kenmerk toevoegen
      </Heading>
      <form
        ref={formRef}
        noValidate
        onSubmit={(e) => void submit(e)}
        aria-labelledby="add-own-reference-heading"
        className="rh-form"
      >
        {added ? (
          <Alert type="ok" className="rh-alert">
            <Paragraph>{added}</Paragraph>
          </Alert>
        ) : null}
        <ErrorAlert messages={general} heading="Het kenmerk is niet toegevoegd." />
        <Field
          id="own-reference-person"
          label="Gezinslid"
          errors={missingPerson ? ["Kies een gezinslid."] : messagesFor(fieldErrors, "personId")}
        >
          {(control) => (
            <Select
              {...control}
              name="personId"
              required
              value={personId}
              onChange={(e) => {
                setPersonId(e.target.value);
                setMissingPerson(false);
              }}
            >
              <SelectOption value="">Kies een gezinslid</SelectOption>
              {persons.map((p) => (
                <SelectOption key={p.id} value={p.id}>
                  {p.fullName}
                </SelectOption>
              ))}
            </Select>
          )}
        </Field>
        <div className="rh-form__row">
          <Field
            id="own-reference-reference"
            label="Kenmerk"
            description="Het nummer of kenmerk zoals uw organisatie het gebruikt, bijvoorbeeld een leerlingnummer (maximaal 64 tekens)."
            errors={referenceErrors}
          >
            {(control) => (
              <Textbox
                {...control}
                name="reference"
                required
                autoComplete="off"
                value={reference}
                onChange={(e) => setReference(e.target.value)}
              />
            )}
          </Field>
          <Field
            id="own-reference-label"
            label="Omschrijving (niet verplicht)"
            description="Wat het kenmerk is, bijvoorbeeld ‘leerlingnummer’ of ‘cliëntnummer’."
            errors={messagesFor(fieldErrors, "label")}
          >
            {(control) => (
              <Textbox
                {...control}
                name="label"
                autoComplete="off"
                value={label}
                onChange={(e) => setLabel(e.target.value)}
              />
            )}
          </Field>
        </div>
        <Button type="submit" appearance="primary-action-button" busy={loading}>
          Kenmerk toevoegen
        </Button>
      </form>
    </div>
  );
}
