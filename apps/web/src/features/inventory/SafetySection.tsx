import {
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading,
  Paragraph,
  StatusBadge,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@utrecht/component-library-react";
import type { ReactNode } from "react";
import { TableScroll } from "../../components/TableScroll";
import { formatDate, joinNames, label } from "../../labels";
import type { PersonOption } from "../dossier/ItemFields";
import { FormDisclosure } from "./FormDisclosure";
import { RISK_LEVEL_LABELS, SAFETY_SCALE_ANCHORS } from "./labels";
import type { SafetyAssessmentRow } from "./operations";
import { SafetyAssessmentForm } from "./SafetyAssessmentForm";

const RISK_BADGE: Record<string, string> = { LOW: "safe", MEDIUM: "warning", HIGH: "danger" };

/** A risk-level badge: "Risico hoog". */
export function RiskBadge({ level }: { level: string | null | undefined }) {
  if (!level) return null;
  return (
    <StatusBadge
      status={RISK_BADGE[level] ?? "neutral"}
      className={`rh-badge rh-risk rh-risk--${level.toLowerCase()}`}
    >
      Risico {label(RISK_LEVEL_LABELS, level).toLowerCase()}
    </StatusBadge>
  );
}

/** The "Acuut" badge of an acute safety assessment. */
export function AcuteBadge() {
  return (
    <StatusBadge status="danger" className="rh-badge rh-acute-badge">
      Acuut onveilig
    </StatusBadge>
  );
}

function SafetyCard({ item }: { item: SafetyAssessmentRow }) {
  const headingId = `safety-${item.id}-heading`;
  const dangers = item.dangerStatements ?? [];
  const rows: [string, ReactNode][] = [
    [
      "Veiligheidsscore",
      item.score === null ? (
        "—"
      ) : (
        <>
          <strong>{item.score}</strong> op een schaal van 0 tot 10
          <span className="rh-muted rh-block">
            0 = {SAFETY_SCALE_ANCHORS[0]}, 10 = {SAFETY_SCALE_ANCHORS[10]}
          </span>
        </>
      ),
    ],
    ["Over wie", joinNames((item.subjects ?? []).map((p) => p.fullName)) || "Het gezin"],
    ["Instrument", item.instrument || <span className="rh-muted">Niet vastgelegd</span>],
    [
      "Ingeschat door",
      <>
        {item.author?.name ?? "—"} ({item.authorOrganisation.name})
      </>,
    ],
    ["Conclusie", item.conclusion || <span className="rh-muted">Geen conclusie vastgelegd</span>],
  ];
  return (
    <article
      aria-labelledby={headingId}
      className={`rh-item rh-safety${item.acute ? " rh-safety--acute" : ""}`}
    >
      <div className="rh-safety__head">
        <Heading level={4} id={headingId} className="rh-safety__heading">
          Veiligheidsinschatting van{" "}
          <time dateTime={item.assessedOn ?? undefined}>{formatDate(item.assessedOn)}</time>
        </Heading>
        <span className="rh-safety__badges">
          {item.acute ? <AcuteBadge /> : null}
          <RiskBadge level={item.riskLevel} />
        </span>
      </div>
      <DataList className="rh-data-list">
        {rows.map(([key, value]) => (
          <DataListItem key={key} className="rh-data-list__item">
            <DataListKey>{key}</DataListKey>
            <DataListValue>{value}</DataListValue>
          </DataListItem>
        ))}
      </DataList>
      {dangers.length > 0 ? (
        <TableScroll label="Gevaren en veiligheidsdoelen">
          <Table className="rh-table rh-danger-table">
            <TableCaption className="rh-table__caption">Gevaren en veiligheidsdoelen</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">Gevaar</TableHeaderCell>
                <TableHeaderCell scope="col">Veiligheidsdoel</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {dangers.map((d, i) => (
                <TableRow key={i}>
                  <TableHeaderCell scope="row" className="rh-row-header">
                    {d.danger}
                  </TableHeaderCell>
                  <TableCell>{d.safetyGoal}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableScroll>
      ) : (
        <Paragraph className="rh-muted">Geen gevaren benoemd.</Paragraph>
      )}
    </article>
  );
}

export interface SafetySectionProps {
  caseId: string;
  persons: readonly PersonOption[];
  items: readonly SafetyAssessmentRow[];
  canRecord: boolean;
}

/** "Veiligheid": the safety assessments (newest first), apart from self-reliance. */
export function SafetySection({ caseId, persons, items, canRecord }: SafetySectionProps) {
  return (
    <section aria-labelledby="safety-heading" className="rh-section rh-inventory-section">
      <Heading level={3} id="safety-heading">
        Veiligheid
      </Heading>
      <Paragraph>
        Veiligheid wordt apart van de zelfredzaamheid ingeschat, op een schaal van 0 tot 10. Elk gevaar hoort
        bij een veiligheidsdoel. Bij acute onveiligheid krijgen de casusregisseur en de procesregisseur direct
        bericht.
      </Paragraph>
      {canRecord ? (
        <FormDisclosure id="safety-form-panel" label="Veiligheid inschatten">
          {(done, cancel) => (
            <SafetyAssessmentForm caseId={caseId} persons={persons} onDone={done} onCancel={cancel} />
          )}
        </FormDisclosure>
      ) : null}
      {items.length === 0 ? (
        <Paragraph className="rh-muted">Er zijn nog geen veiligheidsinschattingen die u mag zien.</Paragraph>
      ) : (
        <ul className="rh-inventory-list">
          {items.map((item) => (
            <li key={item.id}>
              <SafetyCard item={item} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
