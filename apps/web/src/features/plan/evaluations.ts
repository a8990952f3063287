// Plain helpers of the "Evaluaties" page.

/** "3 maanden", "1 maand". */
export function months(count: number): string {
  return `${count} ${count === 1 ? "maand" : "maanden"}`;
}

/** Participants typed one per line (or separated by commas). */
export function parseParticipants(text: string): string[] {
  return text
    .split(/[\n,]/)
    .map((p) => p.trim())
    .filter((p) => p !== "");
}

/** The date an evaluation was held, proposed: the planned date, unless that is still to come (then today). */
export function proposedHeldOn(scheduledOn: string | null | undefined, today: string): string {
  const scheduled = scheduledOn ?? today;
  return scheduled <= today ? scheduled : today;
}
