import { Select, SelectOption } from "@utrecht/component-library-react";
import { Field } from "../../components/Field";
import {
  DOMAINS,
  DOMAIN_LABELS,
  DOSSIER_ITEM_KINDS,
  DOSSIER_ITEM_KIND_PLURAL_LABELS,
  isDomain,
  isDossierItemKind,
} from "../../labels";
import type { Domain, DossierItemKind } from "../../generated/graphql";

export interface DossierFilterProps {
  domain: Domain | null;
  kind: DossierItemKind | null;
  onDomain: (domain: Domain | null) => void;
  onKind: (kind: DossierItemKind | null) => void;
}

/** Filter the timeline by life domain and kind of item; the list follows each choice at once. */
export function DossierFilter({ domain, kind, onDomain, onKind }: DossierFilterProps) {
  return (
    <form
      role="search"
      aria-label="Dossier filteren"
      className="rh-filter rh-filter--dossier"
      onSubmit={(e) => e.preventDefault()}
    >
      <Field id="dossier-filter-domain" label="Leefgebied">
        {(control) => (
          <Select
            {...control}
            name="leefgebied"
            value={domain ?? ""}
            onChange={(e) => onDomain(isDomain(e.target.value) ? e.target.value : null)}
          >
            <SelectOption value="">Alle leefgebieden</SelectOption>
            {DOMAINS.map((d) => (
              <SelectOption key={d} value={d}>
                {DOMAIN_LABELS[d]}
              </SelectOption>
            ))}
          </Select>
        )}
      </Field>
      <Field id="dossier-filter-kind" label="Soort">
        {(control) => (
          <Select
            {...control}
            name="soort"
            value={kind ?? ""}
            onChange={(e) => onKind(isDossierItemKind(e.target.value) ? e.target.value : null)}
          >
            <SelectOption value="">Alle soorten</SelectOption>
            {DOSSIER_ITEM_KINDS.map((k) => (
              <SelectOption key={k} value={k}>
                {DOSSIER_ITEM_KIND_PLURAL_LABELS[k]}
              </SelectOption>
            ))}
          </Select>
        )}
      </Field>
    </form>
  );
}
