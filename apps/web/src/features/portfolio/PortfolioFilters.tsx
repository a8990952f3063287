import { useQuery } from "@apollo/client/react";
import { CheckboxField } from "../../components/CheckboxField";
import { SelectField, type SelectFieldOption } from "../../components/SelectField";
import { FRAMEWORK_LABELS, PHASE_LABELS } from "../../labels";
import { DEFAULT_ORDER, FLAGS, ORDERS, type PortfolioView } from "./filters";
import { OrganisationsDocument, ProfessionalsDocument } from "../../generated/graphql";

const optionsOf = (labels: Record<string, string>): SelectFieldOption[] =>
  Object.entries(labels).map(([value, label]) => ({ value, label }));

const PHASE_OPTIONS = optionsOf(PHASE_LABELS);
const FRAMEWORK_OPTIONS = optionsOf(FRAMEWORK_LABELS);
const ORDER_OPTIONS = optionsOf(ORDERS);

interface PortfolioFiltersProps {
  view: PortfolioView;
  /** Set a parameter of the address; null removes it. */
  setParam: (key: string, value: string | null) => void;
}

/** "Portefeuille filteren": check boxes for the signals, a select per phase, framework, people and order. */
export function PortfolioFilters({ view, setParam }: PortfolioFiltersProps) {
  const directors =
    useQuery(ProfessionalsDocument, { variables: { role: "CASUSREGISSEUR" } }).data?.professionals ?? [];
  const organisations = useQuery(OrganisationsDocument).data?.organisations ?? [];
  const selects = [
    {
      param: "fase",
      id: "portfolio-phase",
      label: "Fase",
      placeholder: "Alle fasen",
      options: PHASE_OPTIONS,
      value: view.phase,
    },
    {
      param: "kader",
      id: "portfolio-framework",
      label: "Kader",
      placeholder: "Alle kaders",
      options: FRAMEWORK_OPTIONS,
      value: view.framework,
    },
    {
      param: "casusregisseur",
      id: "portfolio-director",
      label: "Casusregisseur",
      placeholder: "Alle casusregisseurs",
      options: directors.map((p) => ({ value: p.id, label: p.name })),
      value: view.casusregisseurId,
    },
    {
      param: "organisatie",
      id: "portfolio-organisation",
      label: "Organisatie in het team",
      placeholder: "Alle organisaties",
      options: organisations.map((o) => ({ value: o.id, label: o.name })),
      value: view.organisationId,
    },
    {
      param: "volgorde",
      id: "portfolio-order",
      label: "Volgorde",
      options: ORDER_OPTIONS,
      value: view.orderBy,
    },
  ];
  return (
    <form aria-label="Portefeuille filteren" className="rh-filter" onSubmit={(e) => e.preventDefault()}>
      {FLAGS.map((f) => (
        <CheckboxField
          key={f.id}
          id={f.id}
          label={f.label}
          checked={view.flags[f.flag]}
          onChange={(checked) => setParam(f.param, checked ? "ja" : null)}
        />
      ))}
      {selects.map(({ param, value, ...select }) => (
        <SelectField
          key={param}
          name={param}
          value={value ?? ""}
          onChange={(next) =>
            setParam(param, next === DEFAULT_ORDER && param === "volgorde" ? null : next || null)
          }
          {...select}
        />
      ))}
    </form>
  );
}
