import { Heading, Paragraph } from "@utrecht/component-library-react";
import { useQuery } from "@apollo/client/react";
import { ErrorAlert } from "../../components/ErrorAlert";
import { RouterLink } from "../../components/RouterLink";
import { generalErrorMessages } from "../../errors";
import { formatShortDateTime } from "../../labels";
import { BreakGlassReviewsDocument } from "../../generated/graphql";

const SHOWN = 3;

/** The break-glass accesses that wait for her review: how many, the first few, and the way to review them. */
export function BreakGlassTask() {
  const { data, error } = useQuery(BreakGlassReviewsDocument, {
    variables: { includeReviewed: false },
    fetchPolicy: "cache-and-network",
  });
  const open = data?.breakGlassReviews.filter((a) => !a.reviewedAt) ?? [];
  return (
    <div className="rh-card">
      <Heading level={3}>Noodtoegang beoordelen</Heading>
      <ErrorAlert messages={generalErrorMessages(error)} />
      {data ? (
        <>
          <Paragraph>
            {open.length === 0
              ? "Er wacht geen noodtoegang op beoordeling."
              : open.length === 1
                ? "1 noodtoegang wacht op uw beoordeling."
                : `${open.length} noodtoegangen wachten op uw beoordeling.`}
          </Paragraph>
          {open.length > 0 ? (
            <ul>
              {open.slice(0, SHOWN).map((a) => (
                <li key={a.id}>
                  {a.professional.name} ({a.organisation.name}), casus {a.caseReference},{" "}
                  {formatShortDateTime(a.openedAt)}
                </li>
              ))}
            </ul>
          ) : null}
          <Paragraph>
            <RouterLink to="/noodtoegang">
              {open.length > 0 ? "Noodtoegang beoordelen" : "Eerdere beoordelingen bekijken"}
            </RouterLink>
          </Paragraph>
        </>
      ) : null}
    </div>
  );
}
