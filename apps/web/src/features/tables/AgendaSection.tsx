import { useQuery } from "@apollo/client/react";
import { Heading, Paragraph } from "@utrecht/component-library-react";
import { dutchDate } from "@regiehub/domain";
import { DataRows } from "../../components/DataRows";
import { ErrorAlert } from "../../components/ErrorAlert";
import { formatDayOf } from "../../labels";
import { contentErrors } from "../plan/errors";
import { outcomeRows } from "./labels";
import { PutOnAgendaForm } from "./PutOnAgendaForm";
import { CaseAgendaDocument, MySessionsDocument } from "../../generated/graphql";

/**
 * "Tafels" on the case overview: the tables' agendas the case is or was on (question, placed, outcome), and for
 * its directors the form to put it on the agenda of a coming session they can see.
 */
export function AgendaSection({ caseId }: { caseId: string }) {
  const { data, error, refetch } = useQuery(CaseAgendaDocument, {
    variables: { id: caseId },
    errorPolicy: "all",
  });
  const canPlace = data?.case?.viewerCan.includes("PLACE_ON_AGENDA") ?? false;
  const sessionsQuery = useQuery(MySessionsDocument, { skip: !canPlace, errorPolicy: "all" });
  const entries = data?.case?.agendaEntries ?? [];
  if (!canPlace && entries.length === 0) return null;

  const today = dutchDate(new Date());
  const coming = (sessionsQuery.data?.mySessions ?? []).filter((s) => s.heldOn >= today);
  const reload = async () => {
    await Promise.all([refetch(), sessionsQuery.refetch()]).catch(() => undefined);
  };

  return (
    <section className="rh-section" aria-labelledby="agenda-heading">
      <Heading level={2} id="agenda-heading">
        Tafels
      </Heading>
      <ErrorAlert messages={contentErrors(error)} heading="De tafels van deze casus zijn niet geladen." />
      {entries.length === 0 ? (
        <Paragraph>Deze casus heeft nog niet op de agenda van een tafel gestaan.</Paragraph>
      ) : null}
      {entries.map((entry) => (
        <div key={entry.id} className="rh-subsection" data-testid="case-agenda-entry">
          <DataRows
            rows={[
              ["Vraag", entry.question],
              ["Op de agenda gezet", formatDayOf(entry.placedAt)],
              ...(entry.outcome ? outcomeRows(entry) : [["Uitkomst", "Nog niet besproken"] as const]),
            ]}
          />
        </div>
      ))}
      {canPlace && coming.length > 0 ? (
        <PutOnAgendaForm caseId={caseId} sessions={coming} onPlaced={reload} />
      ) : null}
      {canPlace && !sessionsQuery.loading && coming.length === 0 ? (
        <Paragraph>Vraag de procesregisseur om de casus op de agenda van een zitting te zetten.</Paragraph>
      ) : null}
    </section>
  );
}
