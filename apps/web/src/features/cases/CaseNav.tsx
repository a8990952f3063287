import { useEffect, useId, useState } from "react";
import { useLocation, useMatch } from "react-router";
import { RouterLink } from "../../components/RouterLink";
import { useViewerCan } from "../../viewer";
import { casePath } from "./caseContext";
import type { CaseDetail } from "./types";

interface NavItem {
  label: string;
  sub?: string;
}

/**
 * Secondary navigation of a case; shows only the parts the viewer may open (`viewerCan`). On a phone the tabs
 * are a menu behind one button that names the current part (CSS shows either the button or the tabs).
 */
export function CaseNav({ caseData }: { caseData: CaseDetail }) {
  const reviewer = useViewerCan("REVIEW_PROCESSING");
  const can = (action: CaseDetail["viewerCan"][number]) => caseData.viewerCan.includes(action);
  const items: NavItem[] = [
    { label: "Overzicht" },
    { label: "Beeld", sub: "beeld" },
    { label: "Analyse", sub: "analyse" },
    { label: "Plan", sub: "plan" },
    { label: "Acties", sub: "acties" },
    { label: "Evaluaties", sub: "evaluaties" },
    { label: "Overleg", sub: "overleg" },
    { label: "Verwijzingen", sub: "verwijzingen" },
    { label: "Dossier", sub: "dossier" },
  ];
  if (can("MANAGE_CONSENT")) items.push({ label: "Toestemmingen", sub: "toestemmingen" });
  if (can("READ_LOG") || reviewer) items.push({ label: "Verwerkingslog", sub: "verwerkingslog" });
  const listId = useId();
  const [open, setOpen] = useState(false);
  const { pathname } = useLocation();
  useEffect(() => setOpen(false), [pathname]);
  const current =
    [...items].reverse().find((item) => item.sub && pathname.startsWith(casePath(caseData.id, item.sub))) ??
    items[0]!;
  return (
    <nav
      aria-label="Onderdelen van de casus"
      className={open ? "rh-case-nav rh-case-nav--open" : "rh-case-nav"}
    >
      <button
        type="button"
        className="rh-case-nav__toggle"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen((value) => !value)}
      >
        <span className="rh-visually-hidden">Onderdeel: </span>
        {current.label}
        <span aria-hidden="true" className="rh-case-nav__chevron">
          {open ? "▴" : "▾"}
        </span>
      </button>
      <ul className="rh-case-nav__list" id={listId}>
        {items.map((item) => (
          <li key={item.label}>
            <CaseNavLink to={casePath(caseData.id, item.sub)} label={item.label} end={!item.sub} />
          </li>
        ))}
      </ul>
    </nav>
  );
}

function CaseNavLink({ to, label, end }: { to: string; label: string; end: boolean }) {
  const exact = useMatch({ path: to, end: true }) !== null;
  const within = useMatch({ path: to, end }) !== null;
  return (
    <RouterLink
      to={to}
      className={within ? "rh-case-nav__link rh-case-nav__link--current" : "rh-case-nav__link"}
      aria-current={exact ? "page" : within ? "true" : undefined}
    >
      {label}
    </RouterLink>
  );
}
