import type { LogEntryInput } from "@regiehub/db";

// Refusals (DENIED entries) merged per actor, case and window. Every refused attempt is logged, but an actor who
// probes or floods a case gets one entry for the first refusal of a window and one summary entry for the rest
// ("N more refusals", their fields and items) once the window has closed — instead of thousands of entries in
// the case's chain. Unknown ids are refused the same way (with no case), so both cost the same.

const MAX_MERGED = 50;

interface Window {
  start: number;
  first: LogEntryInput;
  count: number;
  fields: Set<string>;
  itemIds: Set<string>;
}

export class DenialWindows {
  private readonly windows = new Map<string, Window>();
  private readonly due: LogEntryInput[] = [];

  constructor(private readonly windowMs: number) {}

  /** Whether a DENIED entry is written now (the first of its actor and case in the window); else it is merged. */
  admit(entry: LogEntryInput, now = Date.now()): boolean {
    if (this.windowMs <= 0) return true;
    const key = `${entry.actorId ?? entry.actorType}|${entry.caseId ?? ""}`;
    const open = this.windows.get(key);
    if (open && now - open.start < this.windowMs) {
      open.count++;
      for (const f of entry.fields) if (open.fields.size < MAX_MERGED) open.fields.add(f);
      for (const i of entry.itemIds) if (open.itemIds.size < MAX_MERGED) open.itemIds.add(i);
      return false;
    }
    if (open) this.close(open, now);
    this.windows.set(key, { start: now, first: entry, count: 0, fields: new Set(), itemIds: new Set() });
    return true;
  }

  /**
   * The summaries already closed by a later refusal of the same actor on the same case: cheap, for every
   * request (no walk over the open windows).
   */
  takeClosed(): LogEntryInput[] {
    return this.due.length === 0 ? [] : this.due.splice(0);
  }

  /**
   * Every window that has ended, closed into its summary, with those already closed (all of them with `now` =
   * Infinity, at shutdown). Walks the open windows: for the hub's timer, not for every request.
   */
  takeDue(now = Date.now()): LogEntryInput[] {
    for (const [key, window] of this.windows) {
      if (now - window.start >= this.windowMs) {
        this.close(window, Math.min(now, window.start + this.windowMs));
        this.windows.delete(key);
      }
    }
    return this.due.splice(0);
  }

  private close(window: Window, end: number): void {
    if (window.count === 0) return;
    this.due.push({
      ...window.first,
      startedAt: new Date(window.start),
      endedAt: new Date(end),
      detail: `${window.count} more refusal(s) of this actor on this case merged`,
      fields: [...window.fields].sort(),
      itemIds: [...window.itemIds],
      subjectPseudonyms: [],
    });
  }
}
