import { Button } from "@utrecht/component-library-react";
import { useState } from "react";
import { generalErrorMessages } from "../errors";
import { VisuallyHidden } from "./VisuallyHidden";

/**
 * Marking one notice read: `markRead` runs `mark` (clearing an earlier failure); `failure` holds the messages
 * of a failed attempt, to show at the notice.
 */
export function useMarkRead(mark: () => Promise<unknown>) {
  const [failure, setFailure] = useState<string[] | null>(null);
  const markRead = () => {
    setFailure(null);
    mark().catch((e: unknown) => setFailure(generalErrorMessages(e)));
  };
  return { failure, markRead };
}

/** "Markeer als gelezen", with the notice's message for screen readers. */
export function MarkReadButton({
  message,
  disabled,
  onClick,
}: {
  message: string;
  disabled: boolean;
  onClick: () => void;
}) {
  return (
    <Button appearance="secondary-action-button" disabled={disabled} onClick={onClick}>
      Markeer als gelezen<VisuallyHidden>: {message}</VisuallyHidden>
    </Button>
  );
}
