import { Button } from "@utrecht/component-library-react";
import { ErrorAlert } from "./ErrorAlert";

/** The errors of a read, with "Opnieuw proberen" to read again; nothing without messages. */
export function RetryErrorAlert({ messages, onRetry }: { messages: readonly string[]; onRetry: () => void }) {
  return (
    <ErrorAlert messages={messages}>
      <Button appearance="secondary-action-button" onClick={onRetry}>
        Opnieuw proberen
      </Button>
    </ErrorAlert>
  );
}
