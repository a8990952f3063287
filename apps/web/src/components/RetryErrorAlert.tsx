import { Button } from "@utrecht/component-library-react";
import { ErrorAlert } from "./ErrorAlert";

export interface RetryErrorAlertProps {
  messages: readonly string[];
  heading?: string;
  onRetry: () => void;
}

/** The errors of a read, with "Opnieuw proberen" to read again; nothing without messages. */
export function RetryErrorAlert({ messages, heading, onRetry }: RetryErrorAlertProps) {
  return (
    <ErrorAlert messages={messages} heading={heading}>
      <Button appearance="secondary-action-button" onClick={onRetry}>
        Opnieuw proberen
      </Button>
    </ErrorAlert>
  );
}
