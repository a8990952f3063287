import { Heading, Paragraph } from "@utrecht/component-library-react";
import { useQuery } from "@apollo/client/react";
import { useState } from "react";
import { Loading } from "../../components/Loading";
import { RetryErrorAlert } from "../../components/RetryErrorAlert";
import { generalErrorMessages } from "../../errors";
import { BudgetUseChart } from "./BudgetUseChart";
import { PartnerTimelinessChart } from "./PartnerTimelinessChart";
import { StalledTrendChart } from "./StalledTrendChart";
import { TimeInPhaseChart } from "./TimeInPhaseChart";
import "./portfolio.css";
import { PortfolioChartsDocument } from "../../generated/graphql";
import { reloadWith } from "../../reload";

/**
 * "Grafieken": the stalled trend, time in phase, budget use per case and timeliness per chain partner, over
 * the whole portfolio. Folded in (details/summary) so the page stays short; the figures are asked for only
 * when the section is opened (budget use names cases, and each is logged as a read).
 */
export function PortfolioCharts() {
  const [open, setOpen] = useState(false);
  const { data, error, refetch } = useQuery(PortfolioChartsDocument, {
    skip: !open,
    fetchPolicy: "cache-and-network",
  });
  const charts = data?.portfolioCharts;
  return (
    <section aria-labelledby="portfolio-charts-heading" className="rh-section">
      <Heading level={2} id="portfolio-charts-heading">
        Grafieken
      </Heading>
      <details className="rh-portfolio-charts" onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary>
          Grafieken tonen: vastgelopen per week, tijd in fase, budget en tijdigheid per ketenpartner
        </summary>
        {open ? (
          <>
            <Paragraph>
              Over al uw casussen; de filters van de lijst gelden hier niet. Elke grafiek staat ook als tabel
              met dezelfde cijfers.
            </Paragraph>
            <RetryErrorAlert
              messages={generalErrorMessages(error)}
              heading="De grafieken konden niet worden geladen."
              onRetry={reloadWith(refetch)}
            />
            {!charts && !error ? <Loading /> : null}
            {charts ? (
              <>
                <StalledTrendChart weeks={charts.stalledByWeek} />
                <TimeInPhaseChart rows={charts.timeInPhase} />
                <BudgetUseChart rows={charts.budgetUse} />
                <PartnerTimelinessChart rows={charts.partnerTimeliness} />
              </>
            ) : null}
          </>
        ) : null}
      </details>
    </section>
  );
}
