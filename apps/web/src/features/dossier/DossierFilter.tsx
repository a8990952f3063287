import { Button, Textbox } from "@utrecht/component-library-react";
import { useState } from "react";
import { Field } from "../../components/Field";
import { SelectField } from "../../components/SelectField";
import { DOMAIN_OPTIONS, DOSSIER_ITEM_KIND_PLURAL_LABELS, isDomain, isDossierItemKind } from "../../labels";
import type { Domain, DossierItemKind } from "../../generated/graphql";
import { kindsOfView, type TimelineView } from "./timeline";
import { TimelineViewChoice } from "./TimelineViewChoice";

/** The timeline's filters as the URL keeps them. */
export interface DossierFilterValue {
  view: TimelineView;
  domain: Domain | null;
  kind: DossierItemKind | null;
  person: string | null;
  organisation: string | null;
  search: string;
}

export interface DossierFilterProps {
  value: DossierFilterValue;
  persons: readonly { id: string; fullName: string }[];
  organisations: readonly { id: string; name: string }[];
  onChange: (change: Partial<DossierFilterValue>) => void;
}

/** The filters chosen in a select, whose empty option ("Alle …") is no filter. */
type SelectFilter = "domain" | "person" | "kind" | "organisation";

/** Any chosen id (of a person, an organisation): the empty option is none. */
const isChosen = (v: string): v is string => v !== "";

/** The fewest characters the hub searches on. */
export const MIN_SEARCH = 2;

/**
 * The timeline's filters: dossier content or plan bookkeeping, a search (on "Zoeken"), and domain, person,
 * kind and author organisation (the list follows each choice at once).
 */
export function DossierFilter({ value, persons, organisations, onChange }: DossierFilterProps) {
  const [search, setSearch] = useState(value.search);
  const [tooShort, setTooShort] = useState(false);
  const people = persons.map((p) => ({ value: p.id, label: p.fullName }));
  const kinds = kindsOfView(value.view).map((k) => ({
    value: k,
    label: DOSSIER_ITEM_KIND_PLURAL_LABELS[k],
  }));
  const authors = organisations.map((o) => ({ value: o.id, label: o.name }));
  const submit = () => {
    const term = search.trim();
    setTooShort(term.length > 0 && term.length < MIN_SEARCH);
    if (term.length === 0 || term.length >= MIN_SEARCH) onChange({ search: term });
  };
  /** The props of a filter's select: its empty option (`all`), or a value that is not `valid`, is null. */
  const select = <K extends SelectFilter>(
    key: K,
    all: string,
    valid: (v: string) => v is NonNullable<DossierFilterValue[K]>,
  ) => ({
    id: `dossier-filter-${key}`,
    placeholder: all,
    value: value[key] ?? "",
    onChange: (v: string) => onChange({ [key]: valid(v) ? v : null } as Pick<DossierFilterValue, K>),
  });
  return (
    <form
      role="search"
      aria-label="Dossier doorzoeken en filteren"
      className="rh-filter rh-filter--dossier rh-dossier-filter"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <TimelineViewChoice view={value.view} onView={(view) => onChange({ view, kind: null })} />
      <div className="rh-dossier-filter__search">
        <Field
          id="dossier-search"
          label="Zoeken in de inhoud"
          errors={tooShort ? [`Zoek op minstens ${MIN_SEARCH} tekens.`] : []}
        >
          {(control) => (
            <Textbox {...control} type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
          )}
        </Field>
        <Button type="submit" appearance="secondary-action-button">
          Zoeken
        </Button>
      </div>
      <SelectField
        {...select("domain", "Alle leefgebieden", isDomain)}
        label="Leefgebied"
        options={DOMAIN_OPTIONS}
      />
      <SelectField {...select("person", "Iedereen", isChosen)} label="Over wie" options={people} />
      <SelectField {...select("kind", "Alle soorten", isDossierItemKind)} label="Soort" options={kinds} />
      <SelectField
        {...select("organisation", "Alle organisaties", isChosen)}
        label="Vastgelegd door"
        options={authors}
      />
    </form>
  );
}
