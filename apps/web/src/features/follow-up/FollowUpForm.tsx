import { Heading } from "@utrecht/component-library-react";
import type { ReactNode } from "react";
import { HeadedMutationForm, type HeadedMutationFormProps } from "../../components/HeadedMutationForm";

/** A regie-op-regie form in its own subsection, named by its level-4 heading. */
export function FollowUpForm(props: Omit<HeadedMutationFormProps, "level" | "blockClassName">) {
  return <HeadedMutationForm level={4} blockClassName="rh-subsection" {...props} />;
}

/** A part of "Regie op regie" (regiegesprekken, budget, monitoring): a subsection named by its level-3 heading. */
export function FollowUpPart({
  headingId,
  title,
  children,
}: {
  headingId: string;
  title: string;
  children: ReactNode;
}) {
  return (
    <section className="rh-subsection" aria-labelledby={headingId}>
      <Heading level={3} id={headingId}>
        {title}
      </Heading>
      {children}
    </section>
  );
}
