import "./live-change.css";

// The marks of a live change (useLiveHighlight in src/live): a badge in words on the changed entry (its
// colour only repeats it, WCAG 1.4.1; the background fades with CSS) and a polite live region that tells
// screen readers what changed.

/** "Zojuist gewijzigd" on an entry that changed while the page was open. */
export function LiveChangeBadge() {
  return <span className="rh-badge rh-live-badge">Zojuist gewijzigd</span>;
}

/** What changed live, announced politely; visually hidden (the entries carry the visible mark). */
export function LiveChangeNote({ announcement }: { announcement: string }) {
  return (
    <p className="rh-visually-hidden" aria-live="polite" aria-atomic="true" data-testid="live-announcement">
      {announcement}
    </p>
  );
}
