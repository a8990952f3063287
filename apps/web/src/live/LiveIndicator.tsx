import { VisuallyHidden } from "../components/VisuallyHidden";
import { LIVE_INDICATOR_TEXT, useLiveIndicator } from "./connection";

/**
 * The header's connection indicator: "Live" while live updates flow, "Opnieuw verbinden…" while the
 * connection is being restored. Told in text (the dot is decoration only) and announced politely; empty on
 * pages without live updates. The status region is always there, so that changes are announced.
 */
export function LiveIndicator() {
  const indicator = useLiveIndicator();
  return (
    <p role="status" className={`rh-live rh-live--${indicator ?? "off"}`} data-testid="live-indicator">
      {indicator ? (
        <>
          <span className="rh-live__dot" aria-hidden="true" />
          <VisuallyHidden>Verbinding: </VisuallyHidden>
          {LIVE_INDICATOR_TEXT[indicator]}
        </>
      ) : null}
    </p>
  );
}
