import { Alert, Paragraph } from "@utrecht/component-library-react";

/**
 * A confirmation in a live region that is always there (`role="status"`), so it is announced when it appears;
 * the alert inside is only its look.
 */
export function StatusNotice({
  message,
  className,
}: {
  message: string | null | undefined;
  className?: string;
}) {
  return (
    <div role="status" className={className}>
      {message ? (
        <Alert type="ok" role="presentation" className="rh-alert">
          <Paragraph>{message}</Paragraph>
        </Alert>
      ) : null}
    </div>
  );
}
