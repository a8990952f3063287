import { Alert, Button, Paragraph } from "@utrecht/component-library-react";
import { useRef, useState } from "react";
import type { ReactNode } from "react";
import "./inventory.css";

export interface FormDisclosureProps {
  /** Id of the panel the button opens. */
  id: string;
  /** Text of the button, e.g. "Zelfredzaamheid scoren". */
  label: string;
  /** The form; `done(notice)` closes the panel, shows the notice and puts focus back on the button. */
  children: (done: (notice?: string) => void, cancel: () => void) => ReactNode;
}

/**
 * A button that opens a form under it (`aria-expanded`), so a section shows its content first. After the form
 * is sent, the panel closes, a confirmation appears and focus returns to the button.
 */
export function FormDisclosure({ id, label, children }: FormDisclosureProps) {
  const [open, setOpen] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  const close = (message?: string) => {
    setOpen(false);
    setNotice(message ?? null);
    window.setTimeout(() => buttonRef.current?.focus(), 0);
  };

  return (
    <div className="rh-disclosure">
      {/* A live region that is always there, so the confirmation is announced when it appears. */}
      <div role="status" className="rh-disclosure__status">
        {notice ? (
          <Alert type="ok" role="presentation" className="rh-alert">
            <Paragraph>{notice}</Paragraph>
          </Alert>
        ) : null}
      </div>
      <Button
        ref={buttonRef}
        appearance={open ? "secondary-action-button" : "primary-action-button"}
        aria-expanded={open}
        aria-controls={id}
        onClick={() => {
          setNotice(null);
          setOpen((o) => !o);
        }}
      >
        {label}
      </Button>
      <div id={id} hidden={!open} className="rh-disclosure__panel">
        {open ? children(close, () => close()) : null}
      </div>
    </div>
  );
}
