import { Link } from "@utrecht/component-library-react";

/** The sections of Beeld, in page order: the heading each link goes to. */
export const BEELD_SECTIONS = [
  { id: "self-reliance-heading", label: "Zelfredzaamheid" },
  { id: "safety-heading", label: "Veiligheid" },
  { id: "network-heading", label: "Netwerk" },
] as const;

/** "Op deze pagina": in-page links to Zelfredzaamheid, Veiligheid and Netwerk (plain fragment links). */
export function BeeldNav() {
  return (
    <nav aria-label="Op deze pagina" className="rh-page-nav">
      <span className="rh-page-nav__title" aria-hidden="true">
        Op deze pagina:
      </span>
      <ul className="rh-page-nav__list">
        {BEELD_SECTIONS.map((section) => (
          <li key={section.id}>
            <Link href={`#${section.id}`}>{section.label}</Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
