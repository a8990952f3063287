import { HeadedMutationForm, type HeadedMutationFormProps } from "../../components/HeadedMutationForm";
import { IntroSection, type IntroSectionProps } from "../../components/IntroSection";

/** A regie-op-regie form in its own subsection, named by its level-4 heading. */
export function FollowUpForm(props: Omit<HeadedMutationFormProps, "level" | "blockClassName">) {
  return <HeadedMutationForm level={4} blockClassName="rh-subsection" {...props} />;
}

/** A part of "Regie op regie" (regiegesprekken, budget, monitoring): a subsection named by its level-3 heading. */
export function FollowUpPart(props: Pick<IntroSectionProps, "headingId" | "title" | "children">) {
  return <IntroSection level={3} frame="rh-subsection" {...props} />;
}
