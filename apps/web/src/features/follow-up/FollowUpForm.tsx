import { HeadedMutationForm, type HeadedMutationFormProps } from "../../components/HeadedMutationForm";

/** A regie-op-regie form in its own subsection, named by its level-4 heading. */
export function FollowUpForm(props: Omit<HeadedMutationFormProps, "level" | "blockClassName">) {
  return <HeadedMutationForm level={4} blockClassName="rh-subsection" {...props} />;
}
