import { Paragraph } from "@utrecht/component-library-react";

/** A polite status message while data loads. */
export function Loading({ text = "Bezig met laden…" }: { text?: string }) {
  return (
    <div role="status" className="rh-loading">
      <Paragraph>{text}</Paragraph>
    </div>
  );
}
