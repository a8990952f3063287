import { Link } from "@utrecht/component-library-react";

/** A section of Beeld: the id of its heading (where a link to it goes) and its title. */
export interface BeeldSection {
  id: string;
  label: string;
}

/** The sections of Beeld, in page order. */
export const BEELD_SECTIONS = {
  selfReliance: { id: "self-reliance-heading", label: "Zelfredzaamheid" },
  safety: { id: "safety-heading", label: "Veiligheid" },
  network: { id: "network-heading", label: "Netwerk" },
} as const satisfies Record<string, BeeldSection>;

/** "Op deze pagina": in-page links to Zelfredzaamheid, Veiligheid and Netwerk (plain fragment links). */
export function BeeldNav() {
  return (
    <nav aria-label="Op deze pagina" className="rh-page-nav">
      <span className="rh-page-nav__title" aria-hidden="true">
        Op deze pagina:
      </span>
      <ul className="rh-page-nav__list">
        {Object.values(BEELD_SECTIONS).map((section) => (
          <li key={section.id}>
            <Link href={`#${section.id}`}>{section.label}</Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
