import { dateInputToIso } from "../../labels";
import type { LogOperation, ProcessingLogSearch } from "../../generated/graphql";

export interface LogFilterValues {
  operation: LogOperation | "";
  organisationId: string;
  /** A family member of the case (the case's own log). */
  personId: string;
  /** A name or pseudonym (a search across cases). */
  person: string;
  purpose: string;
  from: string;
  to: string;
}

export const EMPTY_LOG_FILTER: LogFilterValues = {
  operation: "",
  organisationId: "",
  personId: "",
  person: "",
  purpose: "",
  from: "",
  to: "",
};

export function isEmptyFilter(values: LogFilterValues): boolean {
  return Object.values(values).every((v) => v.trim() === "");
}

/** The form's values as the contract's search; the dates cover whole days (local time). */
export function toLogSearch(values: LogFilterValues, caseId?: string): ProcessingLogSearch {
  return {
    caseId: caseId ?? null,
    operations: values.operation ? [values.operation] : null,
    organisationId: values.organisationId || null,
    personId: values.personId || null,
    person: values.person.trim() || null,
    processingActivityId: values.purpose || null,
    from: values.from ? dateInputToIso(values.from) : null,
    to: values.to ? dateInputToIso(values.to, true) : null,
  };
}
