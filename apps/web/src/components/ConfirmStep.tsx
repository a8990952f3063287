import { Button } from "@utrecht/component-library-react";
import { useState } from "react";
import type { ReactNode } from "react";
import { focusLater } from "./forms/focus";

export interface ConfirmStepProps {
  /** Id of the button; focus returns to it when the step is cancelled. */
  buttonId: string;
  /** Text of the button, e.g. "Intrekken". */
  label: string;
  /** Id of the heading of what the button acts on (e.g. the grant or the client). */
  describedBy: string;
  /** The step cannot be undone (red button). */
  danger?: boolean;
  /**
   * The step that replaces the button. `close()` gives the button back with focus on it, `close(id)` moves
   * focus to another element, `close(null)` leaves focus alone (e.g. when the page shows a message).
   */
  children: (close: (focusId?: string | null) => void) => ReactNode;
}

/** A button that gives way to a further step (a confirmation, a form with a reason) for one item. */
export function ConfirmStep({ buttonId, label, describedBy, danger = false, children }: ConfirmStepProps) {
  const [open, setOpen] = useState(false);
  if (open) {
    return children((focusId = buttonId) => {
      setOpen(false);
      if (focusId) focusLater(focusId);
    });
  }
  return (
    <Button
      id={buttonId}
      appearance="secondary-action-button"
      hint={danger ? "danger" : undefined}
      aria-expanded={false}
      aria-describedby={describedBy}
      onClick={() => setOpen(true)}
    >
      {label}
    </Button>
  );
}
