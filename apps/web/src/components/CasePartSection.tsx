import { Heading, Paragraph } from "@utrecht/component-library-react";
import type { ReactNode } from "react";

export interface CasePartSectionProps {
  /** Id of the heading, which names the section. */
  headingId: string;
  title: ReactNode;
  /** What the part is for, under the heading. */
  intro: ReactNode;
  /** Extra class next to `rh-section`. */
  className?: string;
  children?: ReactNode;
}

/** One part of a case ("Acties", "Evaluaties"): a section named by its level-2 heading, with an introduction. */
export function CasePartSection({ headingId, title, intro, className, children }: CasePartSectionProps) {
  return (
    <section aria-labelledby={headingId} className={className ? `rh-section ${className}` : "rh-section"}>
      <Heading level={2} id={headingId}>
        {title}
      </Heading>
      <Paragraph>{intro}</Paragraph>
      {children}
    </section>
  );
}
