import {
  Button,
  Document,
  Page,
  PageContent,
  PageFooter,
  Paragraph,
  SkipLink,
} from "@utrecht/component-library-react";
import { useEffect, useRef } from "react";
import type { ReactNode } from "react";
import { useLocation } from "react-router";
import { clearToken } from "../auth";
import { ORGANISATION_KIND_LABELS, ROLE_LABELS, label } from "../labels";
import { canManageApiClients } from "../viewer";
import type { Viewer } from "../viewer";
import { LiveIndicator } from "../live/LiveIndicator";
import { RouterLink } from "./RouterLink";

export interface AppShellProps {
  /** The signed-in professional; without one the header shows no navigation and no "Afmelden". */
  viewer?: Viewer | null;
  /** The header's link to the notifications with their unread count (a feature's component, given by the app). */
  notificationsLink?: ReactNode;
  children: ReactNode;
}

/** One link of the main menu, or the place of the notifications link (which the app gives). */
type MenuItem = { to: string; label: string } | "notifications";

/** The main menu of a professional, in order: only the pages their role may use. */
function mainMenu(viewer: Viewer): MenuItem[] {
  const can = (action: Viewer["can"][number]) => viewer.can.includes(action);
  const items: (MenuItem | false)[] = [
    can("VIEW_PORTFOLIO") && { to: "/portefeuille", label: "Portefeuille" },
    canManageApiClients(viewer) && { to: "/koppelingen", label: "Koppelingen" },
    // The privacy officer opens no case: her workplace instead of an empty case list.
    can("REVIEW_PROCESSING")
      ? { to: "/toezicht", label: "Toezicht" }
      : { to: "/casussen", label: "Casussen" },
    can("VIEW_MY_ACTIONS") && { to: "/acties", label: "Mijn acties" },
    can("VIEW_MY_SESSIONS") && { to: "/tafels", label: "Mijn tafels" },
    "notifications",
    can("REVIEW_PROCESSING") && { to: "/noodtoegang", label: "Noodtoegang beoordelen" },
  ];
  return items.filter((item): item is MenuItem => item !== false);
}

/**
 * Skip link, header (brand, navigation, live connection, signed-in professional, "Afmelden"), main and
 * footer landmarks.
 */
export function AppShell({ viewer, notificationsLink, children }: AppShellProps) {
  const mainRef = useRef<HTMLElement>(null);
  const { pathname } = useLocation();
  const previousPath = useRef(pathname);

  // After client-side navigation move focus to the new page, as a full page load would.
  useEffect(() => {
    if (previousPath.current === pathname) return;
    previousPath.current = pathname;
    mainRef.current?.focus();
  }, [pathname]);

  return (
    <Document className="rh-document">
      <SkipLink href="#main">Direct naar de inhoud</SkipLink>
      <header className="rh-header">
        <div className="rh-header__inner">
          <RouterLink to="/" className="rh-header__brand">
            Regiehub
          </RouterLink>
          {viewer ? (
            <nav aria-label="Hoofdmenu" className="rh-header__nav">
              <ul>
                {mainMenu(viewer).map((item) =>
                  item === "notifications" ? (
                    notificationsLink ? (
                      <li key={item}>{notificationsLink}</li>
                    ) : null
                  ) : (
                    <li key={item.to}>
                      <RouterLink to={item.to} className="rh-header__nav-link">
                        {item.label}
                      </RouterLink>
                    </li>
                  ),
                )}
              </ul>
            </nav>
          ) : null}
          {viewer ? (
            <div className="rh-header__user">
              <LiveIndicator />
              <p className="rh-header__viewer" data-testid="viewer">
                <span className="rh-header__viewer-name">{viewer.name}</span>
                <span className="rh-header__viewer-meta">
                  {label(ROLE_LABELS, viewer.role)} · {viewer.organisation.name}
                </span>
              </p>
              <Button
                appearance="secondary-action-button"
                className="rh-header__sign-out"
                onClick={clearToken}
              >
                Afmelden
              </Button>
            </div>
          ) : null}
        </div>
      </header>
      <Page className="rh-page">
        <PageContent>
          <main id="main" ref={mainRef} tabIndex={-1} className="rh-main">
            {children}
          </main>
        </PageContent>
      </Page>
      <PageFooter className="rh-footer">
        <div className="rh-footer__inner">
          <Paragraph>
            Regiehub – samen werken aan één gezinsplan.
            {viewer
              ? ` Aangemeld bij ${viewer.organisation.name} (${label(ORGANISATION_KIND_LABELS, viewer.organisation.kind)}).`
              : ""}
          </Paragraph>
        </div>
      </PageFooter>
    </Document>
  );
}
