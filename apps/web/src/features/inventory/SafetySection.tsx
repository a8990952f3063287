import { Heading, Paragraph, StatusBadge } from "@utrecht/component-library-react";
import { ColumnTable } from "../../components/ColumnTable";
import type { Column } from "../../components/ColumnTable";
import { DataRows } from "../../components/DataRows";
import type { DataRowEntry } from "../../components/DataRows";
import { formatDate, joinNames, label } from "../../labels";
import { BEELD_SECTIONS } from "./BeeldNav";
import { InventorySection } from "./InventorySection";
import type { BeeldSectionProps } from "./InventorySection";
import { RISK_LEVEL_LABELS, SAFETY_SCALE_ANCHORS } from "./labels";
import type { SafetyAssessmentRow } from "./types";
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

type Danger = NonNullable<SafetyAssessmentRow["dangerStatements"]>[number] & { index: number };

const DANGER_COLUMNS: Column<Danger>[] = [
  { header: "Gevaar", cell: (d) => d.danger, className: "rh-row-header" },
  { header: "Veiligheidsdoel", cell: (d) => d.safetyGoal },
];

function safetyRows(item: SafetyAssessmentRow): DataRowEntry[] {
  return [
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
}

function SafetyCard({ item }: { item: SafetyAssessmentRow }) {
  const headingId = `safety-${item.id}-heading`;
  const dangers = (item.dangerStatements ?? []).map((d, index) => ({ ...d, index }));
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
      <DataRows rows={safetyRows(item)} />
      {dangers.length > 0 ? (
        <ColumnTable
          caption="Gevaren en veiligheidsdoelen"
          columns={DANGER_COLUMNS}
          rows={dangers}
          rowKey={(d) => String(d.index)}
        />
      ) : (
        <Paragraph className="rh-muted">Geen gevaren benoemd.</Paragraph>
      )}
    </article>
  );
}

export interface SafetySectionProps extends BeeldSectionProps {
  items: readonly SafetyAssessmentRow[];
}

/** "Veiligheid": the safety assessments (newest first), apart from self-reliance. */
export function SafetySection({ items, ...page }: SafetySectionProps) {
  return (
    <InventorySection
      {...page}
      section={BEELD_SECTIONS.safety}
      intro="Veiligheid wordt apart van de zelfredzaamheid ingeschat, op een schaal van 0 tot 10. Elk gevaar hoort bij een veiligheidsdoel. Bij acute onveiligheid krijgen de casusregisseur en de procesregisseur direct bericht."
      record={{ label: "Veiligheid inschatten", form: SafetyAssessmentForm }}
    >
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
    </InventorySection>
  );
}
