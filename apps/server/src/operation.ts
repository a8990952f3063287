import type { Actor } from "@regiehub/domain";
import type { RegionSettings } from "./config";
import type { Database } from "@regiehub/db";
import type { AuditTrail } from "./audit/trail";
import type { Pseudonymizer } from "./audit/pseudonym";
import type { ChangeRecorder } from "./changes/recorder";

/**
 * What every operation gets, whatever transport called it: who acts, the database, the request's change
 * recorder (writes) and audit trail (reads), and the moment of the request ("today" for domain rules).
 * Operations depend on this, not on the GraphQL context.
 */
export interface OperationContext {
  db: Database;
  actor: Actor;
  /** Records the operation's changes with their log entries and dossier events, in their transaction. */
  changes: ChangeRecorder;
  /** Collects the operation's reads and refusals for the processing log. */
  audit: AuditTrail;
  pseudonymize: Pseudonymizer;
  now: Date;
  /** The region's settings (configuration), for the policy facts of a case (`authorizeCase`). */
  region: RegionSettings;
}
