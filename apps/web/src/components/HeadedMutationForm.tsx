import { Heading } from "@utrecht/component-library-react";
import type { ReactNode } from "react";
import { MutationFormView, type MutationFormViewProps } from "./forms";

export interface HeadedMutationFormProps extends Omit<MutationFormViewProps, "labelledBy" | "label"> {
  /** Id of the form's heading, which names the form. */
  headingId: string;
  title: ReactNode;
  level?: 2 | 3 | 4 | 5 | 6;
  /** The heading's look when it differs from its level, e.g. "utrecht-heading-4". */
  appearance?: string;
  /** Text between the heading and the form. */
  intro?: ReactNode;
  /** Class of the block around heading and form, e.g. "rh-subsection" or "rh-card". */
  blockClassName?: string;
}

/** A `MutationFormView` in its own block under a heading that names the form. */
export function HeadedMutationForm({
  headingId,
  title,
  level = 3,
  appearance,
  intro,
  blockClassName,
  ...view
}: HeadedMutationFormProps) {
  return (
    <div className={blockClassName}>
      <Heading level={level} id={headingId} appearance={appearance}>
        {title}
      </Heading>
      {intro}
      <MutationFormView labelledBy={headingId} {...view} />
    </div>
  );
}
