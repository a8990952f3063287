import { Alert, Button, Heading, Paragraph } from "@utrecht/component-library-react";
import { useMutation, useQuery } from "@apollo/client/react";
import { useState } from "react";
import { useNavigate } from "react-router";
import { setToken } from "../../auth";
import { ErrorAlert } from "../../components/ErrorAlert";
import { Loading } from "../../components/Loading";
import { generalErrorMessages } from "../../errors";
import { ORGANISATION_KIND_LABELS, PROFESSIONAL_ROLES, ROLE_LABELS, label } from "../../labels";
import { DEV_SIGN_IN_MUTATION, DEV_SIGN_IN_OPTIONS_QUERY } from "./operations";
import type { DevSignInOption } from "./operations";

interface OrganisationGroup {
  name: string;
  kind: DevSignInOption["organisationKind"];
  options: DevSignInOption[];
}

function groupByOrganisation(options: readonly DevSignInOption[]): OrganisationGroup[] {
  const groups = new Map<string, OrganisationGroup>();
  for (const option of options) {
    let group = groups.get(option.organisationName);
    if (!group) {
      group = { name: option.organisationName, kind: option.organisationKind, options: [] };
      groups.set(option.organisationName, group);
    }
    group.options.push(option);
  }
  const roleOrder = (role: string) => {
    const index = PROFESSIONAL_ROLES.indexOf(role as (typeof PROFESSIONAL_ROLES)[number]);
    return index === -1 ? PROFESSIONAL_ROLES.length : index;
  };
  const sorted = [...groups.values()].sort((a, b) => a.name.localeCompare(b.name, "nl"));
  for (const group of sorted) {
    group.options.sort((a, b) => roleOrder(a.role) - roleOrder(b.role) || a.name.localeCompare(b.name, "nl"));
  }
  return sorted;
}

/** DEV auth mode: "Aanmelden als…" one of the seeded professionals, grouped by organisation. */
export function DevSignInPicker() {
  const navigate = useNavigate();
  const { data, loading, error } = useQuery(DEV_SIGN_IN_OPTIONS_QUERY, { fetchPolicy: "network-only" });
  const [signIn, { loading: signingIn }] = useMutation(DEV_SIGN_IN_MUTATION);
  const [signInError, setSignInError] = useState<unknown>(null);
  const [pendingId, setPendingId] = useState<string | null>(null);

  const handleSignIn = async (option: DevSignInOption) => {
    if (signingIn || pendingId) return;
    setSignInError(null);
    setPendingId(option.professionalId);
    try {
      const result = await signIn({ variables: { professionalId: option.professionalId } });
      const payload = result.data?.devSignIn;
      if (!payload) throw new Error("Geen token ontvangen.");
      // `DateTime` arrives as an ISO string over JSON; the generated type also allows a Date.
      const expiresAt =
        payload.expiresAt instanceof Date ? payload.expiresAt.toISOString() : payload.expiresAt;
      setToken(payload.token, expiresAt);
      navigate("/", { replace: true });
    } catch (err) {
      setSignInError(err);
      setPendingId(null);
    }
  };

  const groups = data ? groupByOrganisation(data.devSignInOptions) : [];

  return (
    <section aria-labelledby="dev-sign-in-heading" className="rh-sign-in">
      <Heading level={2} id="dev-sign-in-heading">
        Aanmelden als…
      </Heading>
      <Alert type="warning">
        <Paragraph>
          Dit is een ontwikkel- en demonstratieomgeving met fictieve gegevens. Kies een professional om als
          diegene aan te melden.
        </Paragraph>
      </Alert>
      <ErrorAlert messages={generalErrorMessages(signInError)} heading="Aanmelden is niet gelukt." />
      {loading && !data ? <Loading /> : null}
      <ErrorAlert messages={generalErrorMessages(error)} />
      {data && groups.length === 0 ? (
        <Paragraph>Er zijn geen professionals om als aan te melden.</Paragraph>
      ) : null}
      <div className="rh-sign-in__groups">
        {groups.map((group, index) => {
          const headingId = `dev-sign-in-org-${index}`;
          return (
            <section key={group.name} aria-labelledby={headingId} className="rh-sign-in__group">
              <Heading level={3} id={headingId}>
                {group.name}
              </Heading>
              <Paragraph className="rh-muted">{label(ORGANISATION_KIND_LABELS, group.kind)}</Paragraph>
              <ul className="rh-sign-in__list">
                {group.options.map((option) => (
                  <li key={option.professionalId} className="rh-sign-in__option">
                    <Button
                      appearance="secondary-action-button"
                      onClick={() => void handleSignIn(option)}
                      busy={pendingId === option.professionalId}
                    >
                      Aanmelden als {option.name}
                    </Button>
                    <span className="rh-sign-in__role">{label(ROLE_LABELS, option.role)}</span>
                  </li>
                ))}
              </ul>
            </section>
          );
        })}
      </div>
    </section>
  );
}
