import { Button } from "@utrecht/component-library-react";

/** "Annuleren" next to a form's submit button: closes the form without sending. */
export function CancelButton({ onCancel }: { onCancel: () => void }) {
  return (
    <Button appearance="secondary-action-button" onClick={onCancel}>
      Annuleren
    </Button>
  );
}
