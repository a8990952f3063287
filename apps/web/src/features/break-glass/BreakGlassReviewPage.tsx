import { Heading, Paragraph } from "@utrecht/component-library-react";
import { useQuery } from "@apollo/client/react";
import { useRef, useState } from "react";
import { CheckboxField } from "../../components/CheckboxField";
import { RetryErrorAlert } from "../../components/RetryErrorAlert";
import { Loading } from "../../components/Loading";
import { NoticeAlert } from "../../components/NoticeAlert";
import { NotAllowedPage } from "../../components/NotAllowedPage";
import { usePageTitle } from "../../components/usePageTitle";
import { generalErrorMessages } from "../../errors";
import { useViewerCan } from "../../viewer";
import { BreakGlassCard } from "./BreakGlassCard";
import type { BreakGlassAccessRow } from "./types";
import { BreakGlassReviewsDocument } from "../../generated/graphql";
import { reloadWith } from "../../reload";

/** "Noodtoegang beoordelen" (REVIEW_PROCESSING): the privacy officer reviews break-glass accesses. */
export function BreakGlassReviewPage() {
  usePageTitle("Noodtoegang beoordelen");
  const canReview = useViewerCan("REVIEW_PROCESSING");
  if (!canReview) {
    return (
      <NotAllowedPage
        title="Noodtoegang beoordelen"
        message="Alleen de privacyfunctionaris beoordeelt noodtoegang."
      />
    );
  }
  return <Reviews />;
}

function Reviews() {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [includeReviewed, setIncludeReviewed] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const { data, error, refetch } = useQuery(BreakGlassReviewsDocument, {
    variables: { includeReviewed },
    fetchPolicy: "cache-and-network",
  });
  const accesses = data?.breakGlassReviews;
  const open = accesses?.filter((a) => !a.reviewedAt).length ?? 0;

  const reviewed = async (access: BreakGlassAccessRow) => {
    const verdict = access.verdict === "UNJUSTIFIED" ? "niet gerechtvaardigd" : "gerechtvaardigd";
    setNotice(
      `De noodtoegang van ${access.professional.name} (${access.caseReference}) is beoordeeld als ${verdict}.`,
    );
    await refetch().catch(() => undefined);
    // The card may have left the list: put focus at the top of the page, where the message is.
    headingRef.current?.focus();
  };

  return (
    <>
      <Heading level={1} ref={headingRef} tabIndex={-1}>
        Noodtoegang beoordelen
      </Heading>
      <Paragraph appearance="lead">
        Bij acute onveiligheid kan een professional tijdelijk een item of casus openen buiten de toestemmingen
        om. Beoordeel of dat gerechtvaardigd was; het verwerkingslog van de casus laat zien wat er is
        ingezien.
      </Paragraph>
      <NoticeAlert message={notice} />
      <div className="rh-filter rh-filter--toggle">
        <CheckboxField
          id="break-glass-include-reviewed"
          label="Ook beoordeelde tonen"
          checked={includeReviewed}
          onChange={setIncludeReviewed}
        />
      </div>
      <RetryErrorAlert messages={generalErrorMessages(error)} onRetry={reloadWith(refetch)} />
      <p className="rh-result-count" role="status" aria-live="polite">
        {accesses
          ? open === 1
            ? "1 noodtoegang wacht op beoordeling"
            : `${open} noodtoegangen wachten op beoordeling`
          : ""}
      </p>
      {!accesses && !error ? <Loading /> : null}
      {accesses && accesses.length === 0 ? (
        <Paragraph>
          {includeReviewed
            ? "Er is nog nooit noodtoegang gebruikt."
            : "Er wacht geen noodtoegang op beoordeling."}
        </Paragraph>
      ) : null}
      {accesses && accesses.length > 0 ? (
        <ul className="rh-break-glass-list">
          {accesses.map((access) => (
            <li key={access.id}>
              <BreakGlassCard access={access} onReviewed={reviewed} />
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
