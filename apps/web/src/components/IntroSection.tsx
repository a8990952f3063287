import { Heading, Paragraph } from "@utrecht/component-library-react";
import type { ReactNode } from "react";

export interface IntroSectionProps {
  /** Id of the heading, which names the section. */
  headingId: string;
  title: ReactNode;
  /** What the part is for, under the heading. */
  intro?: ReactNode;
  /** The heading's level: 2 for a part of a case (default), 1 for a page of its own, 3 inside a part. */
  level?: 1 | 2 | 3;
  /** The section's class: "rh-section" (default), or "rh-subsection" inside a part. */
  frame?: "rh-section" | "rh-subsection";
  /** Extra class next to the frame's. */
  className?: string;
  children?: ReactNode;
}

/**
 * One part of a case ("Acties", "Evaluaties") or a page of its own ("Mijn acties"): a section named by its
 * heading, with an introduction.
 */
export function IntroSection({
  headingId,
  title,
  intro,
  level = 2,
  frame = "rh-section",
  className,
  children,
}: IntroSectionProps) {
  return (
    <section aria-labelledby={headingId} className={className ? `${frame} ${className}` : frame}>
      <Heading level={level} id={headingId}>
        {title}
      </Heading>
      {intro ? <Paragraph>{intro}</Paragraph> : null}
      {children}
    </section>
  );
}
