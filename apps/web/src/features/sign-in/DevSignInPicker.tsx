import { Alert, Button, Heading, Paragraph } from "@utrecht/component-library-react";
import { useMutation, useQuery } from "@apollo/client/react";
import { useState } from "react";
import { useNavigate } from "react-router";
import { setToken } from "../../auth";
import { ErrorAlert } from "../../components/ErrorAlert";
import { Loading } from "../../components/Loading";
import { generalErrorMessages } from "../../errors";
import { groupByRole } from "./grouping";
import type { DevSignInOption } from "./types";
import "./sign-in.css";
import { DevSignInDocument, DevSignInOptionsDocument } from "../../generated/graphql";

/**
 * DEV auth mode: "Aanmelden als…" one of the seeded professionals, grouped by role (professionals per kind of
 * organisation), each with their organisation and one line on what they see.
 */
export function DevSignInPicker() {
  const navigate = useNavigate();
  const { data, loading, error } = useQuery(DevSignInOptionsDocument, { fetchPolicy: "network-only" });
  const [signIn, { loading: signingIn }] = useMutation(DevSignInDocument);
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

  const groups = data ? groupByRole(data.devSignInOptions) : [];

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
        {groups.map((group) => {
          const headingId = `dev-sign-in-${group.key.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`;
          return (
            <section key={group.key} aria-labelledby={headingId} className="rh-sign-in__group">
              <Heading level={3} id={headingId}>
                {group.title}
              </Heading>
              <Paragraph className="rh-muted">{group.description}</Paragraph>
              <ul className="rh-stack-list">
                {group.people.map(({ person, sees }) => (
                  <li key={person.professionalId} className="rh-sign-in__option">
                    <Button
                      appearance="secondary-action-button"
                      onClick={() => void handleSignIn(person)}
                      busy={pendingId === person.professionalId}
                      aria-describedby={`sees-${person.professionalId}`}
                    >
                      Aanmelden als {person.name}
                    </Button>
                    <span className="rh-sign-in__role">{person.organisationName}</span>
                    <span className="rh-sign-in__sees" id={`sees-${person.professionalId}`}>
                      {sees}
                    </span>
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
