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
                {viewer.can.includes("VIEW_PORTFOLIO") ? (
                  <li>
                    <RouterLink to="/portefeuille" className="rh-header__nav-link">
                      Portefeuille
                    </RouterLink>
                  </li>
                ) : null}
                {canManageApiClients(viewer) ? (
                  <li>
                    <RouterLink to="/koppelingen" className="rh-header__nav-link">
                      Koppelingen
                    </RouterLink>
                  </li>
                ) : null}
                {viewer.can.includes("REVIEW_PROCESSING") ? (
                  // The privacy officer opens no case: her workplace instead of an empty case list.
                  <li>
                    <RouterLink to="/toezicht" className="rh-header__nav-link">
                      Toezicht
                    </RouterLink>
                  </li>
                ) : (
                  <li>
                    <RouterLink to="/casussen" className="rh-header__nav-link">
                      Casussen
                    </RouterLink>
                  </li>
                )}
                {viewer.can.includes("VIEW_MY_ACTIONS") ? (
                  <li>
                    <RouterLink to="/acties" className="rh-header__nav-link">
                      Mijn acties
                    </RouterLink>
                  </li>
                ) : null}
                {viewer.can.includes("VIEW_MY_SESSIONS") ? (
                  <li>
                    <RouterLink to="/tafels" className="rh-header__nav-link">
                      Mijn tafels
                    </RouterLink>
                  </li>
                ) : null}
                {notificationsLink ? <li>{notificationsLink}</li> : null}
                {viewer.can.includes("REVIEW_PROCESSING") ? (
                  <li>
                    <RouterLink to="/noodtoegang" className="rh-header__nav-link">
                      Noodtoegang beoordelen
                    </RouterLink>
                  </li>
                ) : null}
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
