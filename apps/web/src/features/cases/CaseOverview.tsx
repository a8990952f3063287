import { Alert, Heading, UnorderedList, UnorderedListItem } from "@utrecht/component-library-react";
import type { ReactNode } from "react";
import { DataRows } from "../../components/DataRows";
import { EscalationBadge } from "../../components/EscalationBadge";
import { usePageTitle } from "../../components/usePageTitle";
import { FRAMEWORK_LABELS, formatDate, label } from "../../labels";
import { useViewer } from "../../viewer";
import { EscalationSection } from "../escalation/EscalationSection";
import { AgendaSection } from "../tables/AgendaSection";
import { OwnOrganisationAccess } from "../consent/OwnOrganisationAccess";
import { FollowUpSection } from "../follow-up";
import { OwnReferencesSection } from "../partner-references/OwnReferencesSection";
import { useCaseContext } from "./caseContext";
import { CaseStatus, useCaseStatusQuery } from "./CaseStatus";
import { EditCaseDialog } from "./EditCaseDialog";
import type { CaseDetail, DirectorRef } from "./types";
import { PersonsSection } from "./PersonsSection";
import { PhaseCard } from "./PhaseCard";
import { PhaseSince } from "./PhaseSince";
import { TeamSection } from "./TeamSection";

/**
 * "Overzicht" of a case as a status page: what is late, comes next and waits for the viewer on top; then the
 * summary and the phase and why; family members, team and the rest, with editing behind buttons and dialogs.
 */
export function CaseOverview() {
  const { caseData, reload: reloadCase } = useCaseContext();
  const viewer = useViewer();
  const statusQuery = useCaseStatusQuery(caseData);

  usePageTitle(caseData.title);

  const reload = async () => {
    await reloadCase();
    await statusQuery.refetch().catch(() => undefined);
  };

  const can = (action: CaseDetail["viewerCan"][number]) => caseData.viewerCan.includes(action);

  return (
    <>
      <TeamWarnings warnings={caseData.teamWarnings} />

      <CaseStatus caseData={caseData} query={statusQuery} />

      <div className="rh-case__grid">
        <section aria-labelledby="summary-heading" className="rh-card">
          <Heading level={2} id="summary-heading">
            Samenvatting
          </Heading>
          <CaseSummary caseData={caseData} />
          {can("UPDATE") ? (
            <div className="rh-case-summary__actions">
              <EditCaseDialog caseData={caseData} onSaved={reload} />
            </div>
          ) : null}
        </section>
        {can("MOVE_PHASE") ? (
          <section aria-labelledby="phase-heading" className="rh-card">
            <PhaseCard
              caseData={caseData}
              approvedPlan={statusQuery.data?.case?.currentPlan ?? null}
              onReload={reload}
            />
          </section>
        ) : null}
      </div>

      <PersonsSection caseData={caseData} onChanged={reload} />

      {can("MANAGE_REFERENCES") && viewer ? (
        <OwnReferencesSection caseId={caseData.id} organisationName={viewer.organisation.name} />
      ) : null}

      <TeamSection
        caseData={caseData}
        canManage={can("MANAGE_TEAM")}
        canHandOver={can("UPDATE")}
        onChanged={reload}
      />

      <EscalationSection caseId={caseData.id} onChanged={reload} />
      <AgendaSection caseId={caseData.id} />

      {can("READ_FOLLOW_UP") ? <FollowUpSection caseData={caseData} onChanged={reload} /> : null}

      {can("MANAGE_CONSENT") || !viewer ? null : (
        <OwnOrganisationAccess caseData={caseData} organisationId={viewer.organisation.id} />
      )}
    </>
  );
}

function TeamWarnings({ warnings }: { warnings: CaseDetail["teamWarnings"] }) {
  if (warnings.length === 0) return null;
  return (
    <Alert type="warning" className="rh-alert" aria-labelledby="team-warnings-heading">
      <Heading level={2} id="team-warnings-heading" appearance="utrecht-heading-3">
        Aandachtspunten voor het team
      </Heading>
      <UnorderedList>
        {warnings.map((w) => (
          <UnorderedListItem key={`${w.code}-${w.person.id}`}>{w.message}</UnorderedListItem>
        ))}
      </UnorderedList>
    </Alert>
  );
}

function director(person: DirectorRef | null) {
  if (!person) return <span className="rh-muted">Niet toegewezen</span>;
  return (
    <>
      {person.name} <span className="rh-muted">({person.organisation.name})</span>
    </>
  );
}

function CaseSummary({ caseData }: { caseData: CaseDetail }) {
  const rows: [string, ReactNode][] = [
    ["Kenmerk", caseData.reference],
    ["Gemeente", caseData.municipality],
    ["Fase", <PhaseSince key="f" caseData={caseData} />],
    ["Kader", label(FRAMEWORK_LABELS, caseData.framework)],
    ["Escalatieniveau", <EscalationBadge key="e" level={caseData.escalationLevel} />],
    ["Casusregisseur", director(caseData.casusregisseur)],
    ["Procesregisseur", director(caseData.procesregisseur)],
    [
      "Geopend op",
      <time key="o" dateTime={caseData.openedOn}>
        {formatDate(caseData.openedOn)}
      </time>,
    ],
  ];
  if (caseData.closedOn) {
    rows.push([
      "Gesloten op",
      <time key="c" dateTime={caseData.closedOn}>
        {formatDate(caseData.closedOn)}
      </time>,
    ]);
  }
  return <DataRows rows={rows} />;
}
