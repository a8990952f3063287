import type { DataClass, Domain, RecordReferralInput, ReferralKind } from "../../generated/graphql";

// The referral form as data: its values, what is left after sending, and the input it sends.

export const REFERRAL_KIND_LABELS: Record<ReferralKind, string> = {
  REFERRAL: "Verwijzing",
  DECISION: "Beschikking",
};

export interface ReferralValues {
  referralKind: ReferralKind | "";
  care: string;
  providerName: string;
  startsOn: string;
  endsOn: string;
  /** The cost as typed, in euro ("1.250,00"). */
  cost: string;
  reference: string;
  domain: Domain | "";
  dataClass: DataClass | "";
  subjectPersonIds: string[];
}

/** The fields emptied after a referral was recorded; kind, domain and data class stay for the next one. */
export const CLEARED_REFERRAL: Omit<ReferralValues, "referralKind" | "domain" | "dataClass"> = {
  care: "",
  providerName: "",
  startsOn: "",
  endsOn: "",
  cost: "",
  reference: "",
  subjectPersonIds: [],
};

export const EMPTY_REFERRAL: ReferralValues = {
  ...CLEARED_REFERRAL,
  referralKind: "DECISION",
  domain: "YOUTH_CARE",
  dataClass: "SPECIAL_CATEGORY",
};

export function referralInput(caseId: string, v: ReferralValues, costCents: number): RecordReferralInput {
  return {
    caseId,
    referralKind: v.referralKind || "DECISION",
    care: v.care.trim(),
    providerName: v.providerName.trim(),
    startsOn: v.startsOn,
    endsOn: v.endsOn || null,
    costCents,
    reference: v.reference.trim() || null,
    domain: v.domain || "YOUTH_CARE",
    dataClass: v.dataClass || "SPECIAL_CATEGORY",
    subjectPersonIds: v.subjectPersonIds,
  };
}
