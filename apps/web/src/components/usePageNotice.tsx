import { useRef, useState } from "react";
import type { ReactNode } from "react";
import { NoticeAlert } from "./NoticeAlert";

export interface PageNotice {
  /** Show a confirmation at the top of the page and move focus to it (unless `focus` is false). */
  show: (message: string, focus?: boolean) => void;
  /** Remove the confirmation. */
  clear: () => void;
  /** The focusable place of the confirmation, to put under the page's introduction. */
  view: ReactNode;
}

/** A confirmation at the top of a page (after a change further down), which receives focus when shown. */
export function usePageNotice(): PageNotice {
  const ref = useRef<HTMLDivElement>(null);
  const [notice, setNotice] = useState<string | null>(null);
  return {
    show: (message, focus = true) => {
      setNotice(message);
      if (focus) window.setTimeout(() => ref.current?.focus(), 0);
    },
    clear: () => setNotice(null),
    view: (
      <div ref={ref} tabIndex={-1}>
        <NoticeAlert message={notice} />
      </div>
    ),
  };
}
