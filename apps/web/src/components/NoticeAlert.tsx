import { Alert, Paragraph } from "@utrecht/component-library-react";

/** A confirmation ("Het kenmerk is verwijderd."), or nothing without a message. */
export function NoticeAlert({ message }: { message: string | null | undefined }) {
  if (!message) return null;
  return (
    <Alert type="ok" className="rh-alert">
      <Paragraph>{message}</Paragraph>
    </Alert>
  );
}
