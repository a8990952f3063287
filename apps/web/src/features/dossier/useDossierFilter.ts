import { useSearchParams } from "react-router";
import { isDomain, isDossierItemKind } from "../../labels";
import type { DossierFilterValue } from "./DossierFilter";
import { isTimelineView } from "./timeline";

/** URL parameter of each filter (Dutch, so a link reads as what it shows). */
const PARAMS = {
  view: "weergave",
  domain: "leefgebied",
  kind: "soort",
  person: "persoon",
  organisation: "organisatie",
  search: "zoek",
} as const satisfies Record<keyof DossierFilterValue, string>;

/** The timeline's filters, kept in the URL (replaced, not pushed): default the dossier content, unfiltered. */
export function useDossierFilter(): [DossierFilterValue, (change: Partial<DossierFilterValue>) => void] {
  const [params, setParams] = useSearchParams();
  const view = params.get(PARAMS.view);
  const domain = params.get(PARAMS.domain);
  const kind = params.get(PARAMS.kind);
  const value: DossierFilterValue = {
    view: isTimelineView(view) ? view : "inhoud",
    domain: isDomain(domain) ? domain : null,
    kind: isDossierItemKind(kind) ? kind : null,
    person: params.get(PARAMS.person) || null,
    organisation: params.get(PARAMS.organisation) || null,
    search: params.get(PARAMS.search)?.trim() ?? "",
  };
  const change = (update: Partial<DossierFilterValue>) => {
    const next = new URLSearchParams(params);
    for (const [key, param] of Object.entries(PARAMS) as [keyof DossierFilterValue, string][]) {
      if (!(key in update)) continue;
      const v = update[key];
      if (v && !(key === "view" && v === "inhoud")) next.set(param, v);
      else next.delete(param);
    }
    setParams(next, { replace: true });
  };
  return [value, change];
}
