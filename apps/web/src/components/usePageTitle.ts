import { useEffect } from "react";

/** Sets the document title ("Casussen – Regiehub"), WCAG 2.4.2. */
export function usePageTitle(title: string | null | undefined): void {
  useEffect(() => {
    document.title = title ? `${title} – Regiehub` : "Regiehub";
  }, [title]);
}
