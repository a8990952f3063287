import { useRef, useState } from "react";
import type { RefObject } from "react";

/** The state of a button that opens a panel with a form under it (see `Disclosure`). */
export interface DisclosureState {
  open: boolean;
  /** The confirmation shown after the form was sent. */
  notice: string | null;
  /** The button: focus returns to it when the panel closes. */
  buttonRef: RefObject<HTMLButtonElement | null>;
  /** The button's click: open or close the panel, and clear the confirmation. */
  toggle: () => void;
  /** Close the panel, show `message` (if any) and put focus back on the button. */
  close: (message?: string) => void;
}

export function useDisclosure(): DisclosureState {
  const [open, setOpen] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  return {
    open,
    notice,
    buttonRef,
    toggle: () => {
      setNotice(null);
      setOpen((o) => !o);
    },
    close: (message) => {
      setOpen(false);
      setNotice(message ?? null);
      window.setTimeout(() => buttonRef.current?.focus(), 0);
    },
  };
}
