import { ButtonLink, Link } from "@utrecht/component-library-react";
import type { ButtonLinkProps, LinkProps } from "@utrecht/component-library-react";
import type { MouseEvent } from "react";
import { useHref, useLinkClickHandler } from "react-router";
import type { To } from "react-router";

function useRouterAnchor(to: To, onClick?: (event: MouseEvent<HTMLAnchorElement>) => void, state?: unknown) {
  const href = useHref(to);
  const navigate = useLinkClickHandler<HTMLAnchorElement>(to, state === undefined ? undefined : { state });
  const handleClick = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (!event.defaultPrevented) navigate(event);
  };
  return { href, onClick: handleClick };
}

export interface RouterLinkProps extends Omit<LinkProps, "href"> {
  to: To;
  /** History state for the target page (e.g. what it cannot look up itself). */
  state?: unknown;
}

/** NL Design System link that navigates inside the app without a page load. */
export function RouterLink({ to, onClick, state, ...props }: RouterLinkProps) {
  const anchor = useRouterAnchor(to, onClick, state);
  return <Link {...props} {...anchor} />;
}

export interface RouterButtonLinkProps extends Omit<ButtonLinkProps, "href"> {
  to: To;
}

/** A link that looks like a button (e.g. "Nieuwe casus"), navigating inside the app. */
export function RouterButtonLink({ to, onClick, ...props }: RouterButtonLinkProps) {
  const anchor = useRouterAnchor(to, onClick);
  return <ButtonLink {...props} {...anchor} />;
}
