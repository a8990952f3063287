import { useEffect, useRef, useState } from "react";
import type { ReactNode } from "react";

/**
 * Horizontal scroll container for wide tables on narrow screens. Only when the table actually overflows does
 * it become a focusable, labelled region, so keyboard users can scroll it (WCAG 2.1.1).
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const [overflowing, setOverflowing] = useState(false);

  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const check = () => setOverflowing(element.scrollWidth > element.clientWidth + 1);
    check();
    const observer = new ResizeObserver(check);
    observer.observe(element);
    if (element.firstElementChild) observer.observe(element.firstElementChild);
    return () => observer.disconnect();
  }, []);

  return (
    <div
      ref={ref}
      className="rh-table-scroll"
      {...(overflowing
        ? { tabIndex: 0, role: "region", "aria-label": `${label} (horizontaal scrollbaar)` }
        : {})}
    >
      {children}
    </div>
  );
}
