import {
  Button,
  ButtonGroup,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading,
  Paragraph,
  Textarea,
  Textbox,
} from "@utrecht/component-library-react";
import { useMutation } from "@apollo/client/react";
import { useRef, useState } from "react";
import type { FormEvent, ReactNode } from "react";
import { CheckboxGroup } from "../../components/CheckboxGroup";
import { ErrorAlert } from "../../components/ErrorAlert";
import { RadioGroup } from "../../components/RadioGroup";
import { Field } from "../../components/Field";
import { extractFieldErrors, generalErrorMessages, messagesFor } from "../../errors";
import type { FieldErrors } from "../../errors";
import { joinNames } from "../../labels";
import { focusFirstInvalid } from "../../components/forms/focus";
import type { PersonOption } from "../dossier/ItemFields";
import { FormDisclosure } from "./FormDisclosure";
import {
  RELATION_KIND_LABELS,
  RELATION_KINDS,
  RELATIONSHIP_QUALITIES,
  RELATIONSHIP_QUALITY_LABELS,
  relationKind,
} from "./ecogram";
import type { RelationshipQuality } from "./ecogram";
import { EcogramLegend, NetworkGraph } from "./NetworkGraph";
import { ADD_NETWORK_MEMBER_MUTATION, BEELD_REFETCH } from "./operations";
import type { NetworkMemberRow } from "./operations";

const FIELDS = [
  "subjectPersonIds",
  "name",
  "relation",
  "support",
  "contact",
  "relationshipQuality",
  "dataClass",
  "legalBasis",
] as const;

interface NetworkMemberFormProps {
  caseId: string;
  persons: readonly PersonOption[];
  onDone: (notice: string) => void;
  onCancel: () => void;
}

/** "Netwerklid toevoegen" (RECORD_ITEM). */
function NetworkMemberForm({ caseId, persons, onDone, onCancel }: NetworkMemberFormProps) {
  const formRef = useRef<HTMLFormElement>(null);
  const [subjectPersonIds, setSubjectPersonIds] = useState<string[]>(() => persons.map((p) => p.id));
  const [name, setName] = useState("");
  const [relation, setRelation] = useState("");
  const [support, setSupport] = useState("");
  const [contact, setContact] = useState("");
  const [quality, setQuality] = useState<RelationshipQuality | "UNKNOWN">("UNKNOWN");
  const [missing, setMissing] = useState<FieldErrors>({});
  const [error, setError] = useState<unknown>(null);
  const [add, { loading }] = useMutation(ADD_NETWORK_MEMBER_MUTATION, {
    refetchQueries: [...BEELD_REFETCH],
    awaitRefetchQueries: true,
  });

  const fieldErrors = { ...extractFieldErrors(error), ...missing };
  const general = generalErrorMessages(error, FIELDS);

  const validate = (): FieldErrors => {
    const problems: FieldErrors = {};
    if (subjectPersonIds.length === 0) problems["subjectPersonIds"] = ["Kies van wie dit het netwerk is."];
    if (!name.trim()) problems["name"] = ["Vul een naam of omschrijving in."];
    if (!relation.trim()) problems["relation"] = ["Vul de relatie tot het gezin in."];
    if (!support.trim()) problems["support"] = ["Beschrijf wat deze persoon kan doen."];
    return problems;
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (loading) return;
    setError(null);
    const problems = validate();
    setMissing(problems);
    if (Object.keys(problems).length > 0) {
      focusFirstInvalid(formRef.current);
      return;
    }
    try {
      await add({
        variables: {
          input: {
            caseId,
            subjectPersonIds,
            name: name.trim(),
            relation: relation.trim(),
            support: support.trim(),
            contact: contact.trim() || null,
            relationshipQuality: quality === "UNKNOWN" ? null : quality,
          },
        },
      });
      onDone(`${name.trim()} is aan het netwerk toegevoegd.`);
    } catch (err) {
      setError(err);
      focusFirstInvalid(formRef.current);
    }
  };

  return (
    <form
      ref={formRef}
      noValidate
      onSubmit={(e) => void submit(e)}
      aria-label="Netwerklid toevoegen"
      className="rh-form rh-inventory-form"
    >
      <ErrorAlert messages={general} heading="Het netwerklid is niet toegevoegd." />
      <CheckboxGroup
        id="network-subjects"
        legend="Netwerk van"
        description="Voor welke gezinsleden kan deze persoon iets betekenen?"
        options={persons.map((p) => ({ value: p.id, label: p.fullName }))}
        selected={subjectPersonIds}
        onChange={setSubjectPersonIds}
        errors={messagesFor(fieldErrors, "subjectPersonIds")}
      />
      <div className="rh-form__row">
        <Field
          id="network-name"
          label="Naam"
          description="Of een omschrijving, bijvoorbeeld ‘oma Ria’."
          errors={messagesFor(fieldErrors, "name")}
        >
          {(control) => (
            <Textbox
              {...control}
              name="name"
              required
              autoComplete="off"
              value={name}
              onChange={(e) => setName(e.target.value)}
            />
          )}
        </Field>
        <Field
          id="network-relation"
          label="Relatie"
          description="Bijvoorbeeld ‘grootmoeder (moederskant)’ of ‘buurvrouw’."
          errors={messagesFor(fieldErrors, "relation")}
        >
          {(control) => (
            <Textbox
              {...control}
              name="relation"
              required
              autoComplete="off"
              value={relation}
              onChange={(e) => setRelation(e.target.value)}
            />
          )}
        </Field>
      </div>
      <Field
        id="network-support"
        label="Steun"
        description="Wat kan deze persoon doen? Bijvoorbeeld ‘haalt de kinderen op dinsdag uit school’."
        errors={messagesFor(fieldErrors, "support")}
      >
        {(control) => (
          <Textarea
            {...control}
            name="support"
            required
            rows={2}
            value={support}
            onChange={(e) => setSupport(e.target.value)}
          />
        )}
      </Field>
      <RadioGroup
        id="network-quality"
        legend="Soort relatie"
        description="Hoe is de relatie met het gezin? Dit bepaalt de lijn op de netwerkkaart."
        className="rh-choices--row"
        options={[
          ...RELATIONSHIP_QUALITIES.map((q) => ({ value: q, label: RELATIONSHIP_QUALITY_LABELS[q] })),
          { value: "UNKNOWN" as const, label: "Onbekend" },
        ]}
        value={quality}
        onChange={setQuality}
        errors={messagesFor(fieldErrors, "relationshipQuality")}
      />
      <Field
        id="network-contact"
        label="Contact (niet verplicht)"
        description="Hoe is deze persoon te bereiken?"
        errors={messagesFor(fieldErrors, "contact")}
      >
        {(control) => (
          <Textbox
            {...control}
            name="contact"
            autoComplete="off"
            value={contact}
            onChange={(e) => setContact(e.target.value)}
          />
        )}
      </Field>
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={loading}>
          Netwerklid toevoegen
        </Button>
        <Button type="button" appearance="secondary-action-button" onClick={onCancel}>
          Annuleren
        </Button>
      </ButtonGroup>
    </form>
  );
}

function MemberCard({ member, number }: { member: NetworkMemberRow; number: number }) {
  const headingId = `network-${member.id}-heading`;
  const rows: [string, ReactNode][] = [
    ["Relatie", member.relation || "—"],
    ["Groep", RELATION_KIND_LABELS[relationKind(member.relation)]],
    [
      "Soort relatie",
      member.relationshipQuality ? (
        RELATIONSHIP_QUALITY_LABELS[member.relationshipQuality]
      ) : (
        <span className="rh-muted">Onbekend</span>
      ),
    ],
    ["Steun", member.support || "—"],
    ["Netwerk van", joinNames((member.subjects ?? []).map((p) => p.fullName)) || "Het gezin"],
    ["Contact", member.contact || <span className="rh-muted">Niet vastgelegd</span>],
    ["Vastgelegd door", `${member.author?.name ?? "—"} (${member.authorOrganisation.name})`],
  ];
  return (
    <article aria-labelledby={headingId} className="rh-network-member">
      <Heading level={4} id={headingId} className="rh-network-member__name">
        <span className="rh-network-member__number">{number}.</span> {member.name}
      </Heading>
      <DataList className="rh-data-list">
        {rows.map(([key, value]) => (
          <DataListItem key={key} className="rh-data-list__item">
            <DataListKey>{key}</DataListKey>
            <DataListValue>{value}</DataListValue>
          </DataListItem>
        ))}
      </DataList>
    </article>
  );
}

export interface NetworkSectionProps {
  caseId: string;
  persons: readonly PersonOption[];
  members: readonly NetworkMemberRow[];
  canRecord: boolean;
}

/**
 * "Netwerk": the network map (an ecogram with the family in the centre) and the members with their support,
 * numbered as on the map.
 */
export function NetworkSection({ caseId, persons, members, canRecord }: NetworkSectionProps) {
  const kinds = RELATION_KINDS.filter((kind) => members.some((m) => relationKind(m.relation) === kind));
  const qualities = [...RELATIONSHIP_QUALITIES, null].filter((q) =>
    members.some((m) => (m.relationshipQuality ?? null) === q),
  );
  return (
    <section aria-labelledby="network-heading" className="rh-section rh-inventory-section">
      <Heading level={3} id="network-heading">
        Netwerk
      </Heading>
      <Paragraph>
        Wie staan om het gezin heen, en wat kunnen zij doen? Het netwerk is er ook als de hulpverlening stopt.
      </Paragraph>
      {canRecord ? (
        <FormDisclosure id="network-form-panel" label="Netwerklid toevoegen">
          {(done, cancel) => (
            <NetworkMemberForm caseId={caseId} persons={persons} onDone={done} onCancel={cancel} />
          )}
        </FormDisclosure>
      ) : null}
      <div className="rh-network">
        <figure className="rh-network__figure">
          <NetworkGraph persons={persons} members={members} />
          {kinds.length > 0 ? (
            <figcaption>
              <EcogramLegend kinds={kinds} qualities={qualities} />
            </figcaption>
          ) : null}
        </figure>
        {members.length === 0 ? (
          <Paragraph className="rh-muted">Er zijn nog geen netwerkleden die u mag zien.</Paragraph>
        ) : (
          <ol className="rh-network__list" aria-label="Netwerkleden">
            {members.map((member, i) => (
              <li key={member.id}>
                <MemberCard member={member} number={i + 1} />
              </li>
            ))}
          </ol>
        )}
      </div>
    </section>
  );
}
