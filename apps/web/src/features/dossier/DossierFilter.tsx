import { Button, Select, SelectOption, Textbox } from "@utrecht/component-library-react";
import { useState, type ReactNode } from "react";
import { Field } from "../../components/Field";
import {
  DOMAINS,
  DOMAIN_LABELS,
  DOSSIER_ITEM_KIND_PLURAL_LABELS,
  isDomain,
  isDossierItemKind,
} from "../../labels";
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

/** The fewest characters the hub searches on. */
export const MIN_SEARCH = 2;

/**
 * The timeline's filters: dossier content or plan bookkeeping, a search (on "Zoeken"), and domain, person,
 * kind and author organisation (the list follows each choice at once).
 */
export function DossierFilter({ value, persons, organisations, onChange }: DossierFilterProps) {
  const [search, setSearch] = useState(value.search);
  const [tooShort, setTooShort] = useState(false);
  const submit = () => {
    const term = search.trim();
    setTooShort(term.length > 0 && term.length < MIN_SEARCH);
    if (term.length === 0 || term.length >= MIN_SEARCH) onChange({ search: term });
  };
  const choose = (
    id: string,
    label: string,
    current: string | null,
    options: ReactNode,
    pick: (v: string) => void,
  ) => (
    <Field id={id} label={label}>
      {(control) => (
        <Select {...control} value={current ?? ""} onChange={(e) => pick(e.target.value)}>
          {options}
        </Select>
      )}
    </Field>
  );
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
      {choose(
        "dossier-filter-domain",
        "Leefgebied",
        value.domain,
        <>
          <SelectOption value="">Alle leefgebieden</SelectOption>
          {DOMAINS.map((d) => (
            <SelectOption key={d} value={d}>
              {DOMAIN_LABELS[d]}
            </SelectOption>
          ))}
        </>,
        (v) => onChange({ domain: isDomain(v) ? v : null }),
      )}
      {choose(
        "dossier-filter-person",
        "Over wie",
        value.person,
        <>
          <SelectOption value="">Iedereen</SelectOption>
          {persons.map((p) => (
            <SelectOption key={p.id} value={p.id}>
              {p.fullName}
            </SelectOption>
          ))}
        </>,
        (v) => onChange({ person: v || null }),
      )}
      {choose(
        "dossier-filter-kind",
        "Soort",
        value.kind,
        <>
          <SelectOption value="">Alle soorten</SelectOption>
          {kindsOfView(value.view).map((k) => (
            <SelectOption key={k} value={k}>
              {DOSSIER_ITEM_KIND_PLURAL_LABELS[k]}
            </SelectOption>
          ))}
        </>,
        (v) => onChange({ kind: isDossierItemKind(v) ? v : null }),
      )}
      {choose(
        "dossier-filter-organisation",
        "Vastgelegd door",
        value.organisation,
        <>
          <SelectOption value="">Alle organisaties</SelectOption>
          {organisations.map((o) => (
            <SelectOption key={o.id} value={o.id}>
              {o.name}
            </SelectOption>
          ))}
        </>,
        (v) => onChange({ organisation: v || null }),
      )}
    </form>
  );
}
