import { CheckboxGroup } from "../../components/CheckboxGroup";
import { EnumSelectField } from "../../components/EnumSelectField";
import { messagesFor } from "../../errors";
import type { FieldErrors } from "../../errors";
import { DATA_CLASS_LABELS, DOMAIN_LABELS, LEGAL_BASIS_LABELS } from "../../labels";
import type { DataClass, Domain, LegalBasis } from "../../generated/graphql";

// Fields every dossier item has; shared by the record and correction forms of observations and notes.

export interface PersonOption {
  id: string;
  fullName: string;
}

interface FieldProps<V> {
  /** Prefix that keeps ids unique when several forms are on the page. */
  idPrefix: string;
  value: V;
  onChange: (value: V) => void;
  errors: FieldErrors;
}

export function DomainField({ idPrefix, value, onChange, errors }: FieldProps<Domain | "">) {
  return (
    <EnumSelectField
      id={`${idPrefix}-domain`}
      name="domain"
      label="Leefgebied"
      labels={DOMAIN_LABELS}
      placeholder="Kies een leefgebied"
      required
      value={value}
      onChange={onChange}
      errors={messagesFor(errors, "domain")}
    />
  );
}

export function DataClassField({ idPrefix, value, onChange, errors }: FieldProps<DataClass | "">) {
  return (
    <EnumSelectField
      id={`${idPrefix}-data-class`}
      name="dataClass"
      label="Gegevenscategorie"
      description="Kies de meest gevoelige categorie die van toepassing is."
      labels={DATA_CLASS_LABELS}
      placeholder="Kies een categorie"
      required
      value={value}
      onChange={onChange}
      errors={messagesFor(errors, "dataClass")}
    />
  );
}

export function LegalBasisField({ idPrefix, value, onChange, errors }: FieldProps<LegalBasis | "">) {
  return (
    <EnumSelectField
      id={`${idPrefix}-legal-basis`}
      name="legalBasis"
      label="Rechtsgrond"
      description="Op welke grond deze informatie is verkregen."
      labels={LEGAL_BASIS_LABELS}
      placeholder="Kies een rechtsgrond"
      required
      value={value}
      onChange={onChange}
      errors={messagesFor(errors, "legalBasis")}
    />
  );
}

export function SubjectsField({
  idPrefix,
  value,
  onChange,
  errors,
  persons,
}: FieldProps<string[]> & { persons: readonly PersonOption[] }) {
  if (persons.length === 0) return null;
  return (
    <CheckboxGroup
      id={`${idPrefix}-subjects`}
      legend="Over wie"
      description="Laat leeg als het over het gezin als geheel gaat."
      options={persons.map((p) => ({ value: p.id, label: p.fullName }))}
      selected={value}
      onChange={onChange}
      errors={messagesFor(errors, "subjectPersonIds")}
    />
  );
}

/** A required choice left empty: the message to show at the field. */
export function requireChoice(errors: FieldErrors, field: string, value: string, message: string): void {
  if (!value) errors[field] = [message];
}

/** Whether two lists hold the same values, in any order. */
export function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((v) => b.includes(v));
}
