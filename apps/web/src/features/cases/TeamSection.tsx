import {
  Alert,
  Button,
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldErrorMessage,
  FormLabel,
  Heading,
  Paragraph,
  Select,
  SelectOption,
  StatusBadge,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Textbox,
} from "@utrecht/component-library-react";
import { useMutation, useQuery } from "@apollo/client/react";
import { useRef, useState } from "react";
import type { FormEvent } from "react";
import { ErrorAlert } from "../../components/ErrorAlert";
import { Field } from "../../components/Field";
import { TableScroll } from "../../components/TableScroll";
import { VisuallyHidden } from "../../components/VisuallyHidden";
import { extractFieldErrors, generalErrorMessages, messagesFor } from "../../errors";
import { DOMAINS, DOMAIN_LABELS, ORGANISATION_KIND_LABELS, label } from "../../labels";
import type { Domain, ProfessionalRole } from "../../generated/graphql";
import { Disclosure } from "../../components/Disclosure";
import "../plan/plan.css";
import { focusFirstInvalid } from "../../components/forms/focus";
import {
  ADD_TEAM_MEMBER_MUTATION,
  ORGANISATIONS_QUERY,
  PROFESSIONALS_QUERY,
  REMOVE_TEAM_MEMBER_MUTATION,
} from "./operations";
import type { CaseDetail, TeamMemberRow } from "./operations";

export interface TeamSectionProps {
  caseData: CaseDetail;
  canManage: boolean;
  onChanged: () => Promise<void>;
}

/**
 * "Team": who is involved, in what role and for which domains; add and remove members with MANAGE_TEAM. A
 * member's role (taak) reaches only its own organisation and the case's directing side; others see that it
 * is not shared with them.
 */
export function TeamSection({ caseData, canManage, onChanged }: TeamSectionProps) {
  const [removeTeamMember] = useMutation(REMOVE_TEAM_MEMBER_MUTATION);
  const [removingId, setRemovingId] = useState<string | null>(null);
  const [removeError, setRemoveError] = useState<unknown>(null);
  const [removed, setRemoved] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  const remove = async (member: TeamMemberRow) => {
    if (removingId) return;
    setRemoveError(null);
    setRemoved(null);
    setRemovingId(member.id);
    try {
      await removeTeamMember({ variables: { id: member.id } });
      await onChanged();
      setRemoved(memberName(member));
      // The button is gone with its row: put focus back at the start of the section.
      headingRef.current?.focus();
    } catch (err) {
      setRemoveError(err);
    } finally {
      setRemovingId(null);
    }
  };

  return (
    <section aria-labelledby="team-heading" className="rh-section">
      <Heading level={2} id="team-heading" ref={headingRef} tabIndex={-1}>
        Team
      </Heading>
      {removed ? (
        <Alert type="ok" className="rh-alert">
          <Paragraph>{removed} is uit het team verwijderd.</Paragraph>
        </Alert>
      ) : null}
      <ErrorAlert messages={generalErrorMessages(removeError)} heading="Het teamlid is niet verwijderd." />
      {caseData.team.length === 0 ? (
        <Paragraph>Er staat nog niemand in het team.</Paragraph>
      ) : (
        <TableScroll label="Team">
          <Table aria-labelledby="team-heading" className="rh-table">
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">Organisatie</TableHeaderCell>
                <TableHeaderCell scope="col">Professional</TableHeaderCell>
                <TableHeaderCell scope="col">Taak</TableHeaderCell>
                <TableHeaderCell scope="col">Leefgebieden</TableHeaderCell>
                {canManage ? (
                  <TableHeaderCell scope="col">
                    <VisuallyHidden>Acties</VisuallyHidden>
                  </TableHeaderCell>
                ) : null}
              </TableRow>
            </TableHeader>
            <TableBody>
              {caseData.team.map((member) => (
                <TableRow key={member.id}>
                  <TableHeaderCell scope="row" className="rh-row-header">
                    <span className="rh-team__org">{member.organisation.name}</span>{" "}
                    {member.isDirecting ? (
                      <StatusBadge status="active" className="rh-badge rh-badge--directing">
                        Regievoerend
                      </StatusBadge>
                    ) : null}
                    <span className="rh-team__kind rh-muted">
                      {label(ORGANISATION_KIND_LABELS, member.organisation.kind)}
                    </span>
                  </TableHeaderCell>
                  <TableCell>
                    {member.professional?.name ?? (
                      <span className="rh-muted">Geen specifieke professional</span>
                    )}
                  </TableCell>
                  <TableCell>
                    {member.responsibilityRedacted ? (
                      <span className="rh-muted">Taak niet gedeeld (buiten toestemming)</span>
                    ) : (
                      member.responsibility || <span className="rh-muted">Niet ingevuld</span>
                    )}
                  </TableCell>
                  <TableCell>
                    {member.domains.length > 0 ? (
                      member.domains.map((d) => label(DOMAIN_LABELS, d)).join(", ")
                    ) : (
                      <span className="rh-muted">Geen</span>
                    )}
                  </TableCell>
                  {canManage ? (
                    <TableCell>
                      {member.isDirecting ? null : (
                        <Button
                          appearance="secondary-action-button"
                          hint="danger"
                          busy={removingId === member.id}
                          onClick={() => void remove(member)}
                        >
                          Verwijderen<VisuallyHidden> {memberName(member)}</VisuallyHidden>
                        </Button>
                      )}
                    </TableCell>
                  ) : null}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableScroll>
      )}
      {canManage ? (
        <Disclosure label="Teamlid toevoegen">
          {() => <AddTeamMemberForm caseId={caseData.id} onAdded={onChanged} />}
        </Disclosure>
      ) : null}
    </section>
  );
}

function memberName(member: TeamMemberRow): string {
  return member.professional
    ? `${member.professional.name} (${member.organisation.name})`
    : member.organisation.name;
}

const FIELDS = ["organisationId", "professionalId", "responsibility", "domains"] as const;

/** Roles that work on cases; admins and privacy officers are not team members. */
const TEAM_MEMBER_ROLES: readonly ProfessionalRole[] = ["PROCESREGISSEUR", "CASUSREGISSEUR", "PROFESSIONAL"];

function AddTeamMemberForm({ caseId, onAdded }: { caseId: string; onAdded: () => Promise<void> }) {
  const formRef = useRef<HTMLFormElement>(null);
  const [organisationId, setOrganisationId] = useState("");
  const [professionalId, setProfessionalId] = useState("");
  const [responsibility, setResponsibility] = useState("");
  const [domains, setDomains] = useState<Domain[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [missingOrganisation, setMissingOrganisation] = useState(false);
  const [added, setAdded] = useState<string | null>(null);

  const organisations = useQuery(ORGANISATIONS_QUERY);
  const professionals = useQuery(PROFESSIONALS_QUERY, {
    variables: { organisationId },
    skip: !organisationId,
  });
  const [addTeamMember, { loading }] = useMutation(ADD_TEAM_MEMBER_MUTATION);

  const fieldErrors = extractFieldErrors(error);
  const general = generalErrorMessages(error, FIELDS);
  const domainErrors = messagesFor(fieldErrors, "domains");
  const sortedOrganisations = [...(organisations.data?.organisations ?? [])].sort((a, b) =>
    a.name.localeCompare(b.name, "nl"),
  );
  const professionalOptions = organisationId
    ? (professionals.data?.professionals ?? []).filter((p) => TEAM_MEMBER_ROLES.includes(p.role))
    : [];

  const toggleDomain = (domain: Domain, checked: boolean) => {
    setDomains((current) =>
      checked
        ? DOMAINS.filter((d) => d === domain || current.includes(d))
        : current.filter((d) => d !== domain),
    );
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (loading) return;
    setError(null);
    setAdded(null);
    if (!organisationId) {
      setMissingOrganisation(true);
      focusFirstInvalid(formRef.current);
      return;
    }
    setMissingOrganisation(false);
    try {
      await addTeamMember({
        variables: {
          input: {
            caseId,
            organisationId,
            professionalId: professionalId || null,
            responsibility: responsibility.trim() || null,
            domains,
          },
        },
      });
      const organisation = sortedOrganisations.find((o) => o.id === organisationId);
      setOrganisationId("");
      setProfessionalId("");
      setResponsibility("");
      setDomains([]);
      await onAdded();
      setAdded(organisation?.name ?? "Het teamlid");
    } catch (err) {
      setError(err);
      focusFirstInvalid(formRef.current);
    }
  };

  return (
    <div className="rh-subsection">
      <Heading level={3} id="add-team-member-heading">
        Teamlid toevoegen
      </Heading>
      <form
        ref={formRef}
        noValidate
        onSubmit={(e) => void submit(e)}
        aria-labelledby="add-team-member-heading"
        className="rh-form"
      >
        {added ? (
          <Alert type="ok" className="rh-alert">
            <Paragraph>{added} is aan het team toegevoegd.</Paragraph>
          </Alert>
        ) : null}
        <ErrorAlert messages={general} heading="Het teamlid is niet toegevoegd." />
        <ErrorAlert
          messages={generalErrorMessages(organisations.error)}
          heading="De organisaties konden niet worden geladen."
        />
        <div className="rh-form__row">
          <Field
            id="team-organisation"
            label="Organisatie"
            errors={
              missingOrganisation ? ["Kies een organisatie."] : messagesFor(fieldErrors, "organisationId")
            }
          >
            {(control) => (
              <Select
                {...control}
                name="organisationId"
                required
                busy={organisations.loading}
                value={organisationId}
                onChange={(e) => {
                  setOrganisationId(e.target.value);
                  setProfessionalId("");
                  setMissingOrganisation(false);
                }}
              >
                <SelectOption value="">Kies een organisatie</SelectOption>
                {sortedOrganisations.map((o) => (
                  <SelectOption key={o.id} value={o.id}>
                    {o.name} ({label(ORGANISATION_KIND_LABELS, o.kind)})
                  </SelectOption>
                ))}
              </Select>
            )}
          </Field>
          <Field
            id="team-professional"
            label="Professional (niet verplicht)"
            description={organisationId ? undefined : "Kies eerst een organisatie."}
            errors={messagesFor(fieldErrors, "professionalId")}
          >
            {(control) => (
              <Select
                {...control}
                name="professionalId"
                busy={professionals.loading}
                disabled={!organisationId}
                value={professionalId}
                onChange={(e) => setProfessionalId(e.target.value)}
              >
                <SelectOption value="">Geen specifieke professional</SelectOption>
                {professionalOptions.map((p) => (
                  <SelectOption key={p.id} value={p.id}>
                    {p.name}
                  </SelectOption>
                ))}
              </Select>
            )}
          </Field>
        </div>
        <Field
          id="team-responsibility"
          label="Taak (niet verplicht)"
          description="Wat dit teamlid doet in de casus, bijvoorbeeld ‘Intern begeleider’ of ‘Schuldhulpverlener’. Alleen de eigen organisatie van het teamlid, de regievoerende organisatie en de procesregisseur zien de taak; andere partners zien wie er betrokken is, niet waarom."
          errors={messagesFor(fieldErrors, "responsibility")}
        >
          {(control) => (
            <Textbox
              {...control}
              name="responsibility"
              autoComplete="off"
              value={responsibility}
              onChange={(e) => setResponsibility(e.target.value)}
            />
          )}
        </Field>
        <Fieldset
          className="rh-domains"
          invalid={domainErrors.length > 0}
          aria-describedby={domainErrors.length > 0 ? "team-domains-error" : undefined}
        >
          <FieldsetLegend>Leefgebieden</FieldsetLegend>
          {domainErrors.length > 0 ? (
            <FormFieldErrorMessage id="team-domains-error">{domainErrors.join(" ")}</FormFieldErrorMessage>
          ) : null}
          <div className="rh-domains__grid">
            {DOMAINS.map((domain) => {
              const id = `team-domain-${domain.toLowerCase()}`;
              return (
                <FormField key={domain} type="checkbox" className="rh-domains__item">
                  <Checkbox
                    id={id}
                    name="domains"
                    value={domain}
                    checked={domains.includes(domain)}
                    onChange={(e) => toggleDomain(domain, e.target.checked)}
                  />
                  <FormLabel htmlFor={id} type="checkbox">
                    {DOMAIN_LABELS[domain]}
                  </FormLabel>
                </FormField>
              );
            })}
          </div>
        </Fieldset>
        <Button type="submit" appearance="primary-action-button" busy={loading}>
          Teamlid toevoegen
        </Button>
      </form>
    </div>
  );
}
