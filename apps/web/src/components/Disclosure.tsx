import { Alert, Button, Paragraph } from "@utrecht/component-library-react";
import { useId, useRef, useState } from "react";
import type { ReactNode } from "react";

export interface DisclosureProps {
  /** Text of the button, e.g. "Doel toevoegen". */
  label: string;
  /** Id of an element that says what the button is about (e.g. the goal's heading). */
  describedBy?: string;
  /** Primary look for the main control of a section. */
  primary?: boolean;
  /** The form; `done(notice)` closes the panel, shows the notice and puts focus back on the button. */
  children: (done: (notice?: string) => void, cancel: () => void) => ReactNode;
}

/**
 * A button that opens a form under it (`aria-expanded`), so a section shows its content first. After the form
 * is sent, the panel closes, a confirmation appears and focus returns to the button.
 */
export function Disclosure({ label, describedBy, primary = false, children }: DisclosureProps) {
  const panelId = useId();
  const [open, setOpen] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  const close = (message?: string) => {
    setOpen(false);
    setNotice(message ?? null);
    window.setTimeout(() => buttonRef.current?.focus(), 0);
  };

  return (
    <div className="rh-plan-disclosure">
      {notice ? (
        <Alert type="ok" className="rh-alert">
          <Paragraph>{notice}</Paragraph>
        </Alert>
      ) : null}
      <Button
        ref={buttonRef}
        appearance={primary && !open ? "primary-action-button" : "secondary-action-button"}
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        aria-describedby={describedBy}
        onClick={() => {
          setNotice(null);
          setOpen((o) => !o);
        }}
      >
        {label}
      </Button>
      {open ? (
        <div id={panelId} className="rh-plan-disclosure__panel">
          {children(close, () => close())}
        </div>
      ) : null}
    </div>
  );
}
