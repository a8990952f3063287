// The register of processing activities (verwerkingsregister, AVG art. 30) that log entries point into.
export const PROCESSING_ACTIVITIES = {
  "RH-PA-01": "Procesregie en casusregie: gezamenlijk gezinsdossier en gezinsplan (Jeugdwet, Wmo 2015)",
  "RH-PA-02": "Toegang en toestemming beheren (toestemmingen en intrekkingen)",
  "RH-PA-03": "Noodtoegang bij acute onveiligheid (vitaal belang)",
  "RH-PA-04": "Rechten van betrokkenen: inzage, rectificatie, eigen verklaring",
  "RH-PA-05": "Toezicht: verwerkingslog inzien en noodtoegang beoordelen",
  "RH-PA-06": "Bewaartermijn en vernietiging",
  "RH-PA-07": "Koppelingen met partnersystemen: API-clients, hun sleutels en toegangstokens",
} as const;
export type ProcessingActivityId = keyof typeof PROCESSING_ACTIVITIES;

/** Default retention of a youth-care dossier after closing (Jeugdwet art. 7.3.10: 20 years). */
export const DEFAULT_RETENTION_YEARS = 20;
