import { isIsoDate, plain } from "@regiehub/domain";

// Shared by the regie-op-regie operations (regiegesprekken, case budget, monitoring).

/** A calendar date 'YYYY-MM-DD' that exists. */
export const isoDate = plain().refine(isIsoDate, "Geef een geldige datum (JJJJ-MM-DD)");
