import { Heading, Paragraph, StatusBadge } from "@utrecht/component-library-react";
import type { ReactNode } from "react";
import { DataRows } from "../../components/DataRows";
import type { DataRowEntry } from "../../components/DataRows";
import { VisuallyHidden } from "../../components/VisuallyHidden";
import {
  ACCESS_VIA_LABELS,
  DATA_CLASS_LABELS,
  DOMAIN_LABELS,
  DOSSIER_ITEM_KIND_LABELS,
  LEGAL_BASIS_LABELS,
  OBSERVATION_KIND_LABELS,
  SOURCE_KIND_LABELS,
  formatDate,
  isoDateTime,
  label,
} from "../../labels";
import type { PersonOption } from "./ItemFields";
import { ItemActions } from "./ItemActions";
import { itemHeadingId } from "./navigation";
import type { DossierItemCard } from "./types";
import { OwnStatements } from "./OwnStatements";
import { changeLine, itemTitle } from "./timeline";
import { timeOfDay } from "../../days";

export interface ItemCardProps {
  item: DossierItemCard;
  persons: readonly PersonOption[];
  onReload: () => Promise<void>;
  /** Plan bookkeeping: the title, who and the change in one line, without the provenance list. */
  compact?: boolean;
}

/** CSS modifier: facts, opinions and concerns look different (border style and colour, not colour alone). */
function variant(item: DossierItemCard): string {
  if (item.__typename !== "Observation") return "note";
  switch (item.observationKind) {
    case "OPINION":
      return "opinion";
    case "CONCERN":
      return "concern";
    default:
      return "fact";
  }
}

/**
 * One dossier item the viewer may see: content, provenance, who may see it, and its actions. The timeline
 * groups items by day, so the kicker shows the time.
 */
export function ItemCard({ item, persons, onReload, compact = false }: ItemCardProps) {
  const headingId = itemHeadingId(item.id);
  const change = changeLine(item);
  return (
    <article
      className={`rh-item rh-item--${variant(item)}${compact ? " rh-item--compact" : ""}`}
      aria-labelledby={headingId}
    >
      <p className="rh-item__kicker">
        {label(DOSSIER_ITEM_KIND_LABELS, item.kind)}
        <span aria-hidden="true"> · </span>
        <VisuallyHidden>, </VisuallyHidden>
        <time dateTime={isoDateTime(item.createdAt)}>{timeOfDay(item.createdAt)}</time>
      </p>
      <Heading level={4} id={headingId} tabIndex={-1} className="rh-item__heading">
        {item.__typename === "Observation" ? (
          <>
            {item.observationKind ? (
              <>
                <StatusBadge className={`rh-badge rh-kind rh-kind--${variant(item)}`}>
                  {label(OBSERVATION_KIND_LABELS, item.observationKind)}
                </StatusBadge>
                <VisuallyHidden>: </VisuallyHidden>{" "}
              </>
            ) : null}
            <span className="rh-item__statement">{item.statement}</span>
          </>
        ) : (
          itemTitle(item)
        )}
      </Heading>
      {item.__typename === "Note" && item.body ? <div className="rh-item__body">{item.body}</div> : null}
      {compact ? (
        <Paragraph className="rh-muted">
          {label(DOMAIN_LABELS, item.domain)} · {item.author?.name ?? "Onbekend"} (
          {item.authorOrganisation.name}){change ? ` · ${change}` : null}
        </Paragraph>
      ) : (
        <>
          <ItemFacts item={item} change={change} />
          <Visibility item={item} />
        </>
      )}
      <OwnStatements statements={item.statements ?? []} />
      <ItemActions item={item} persons={persons} onReload={onReload} />
    </article>
  );
}

function ItemFacts({ item, change }: { item: DossierItemCard; change: string | null }) {
  const rows: DataRowEntry[] = [];
  if (item.__typename === "Note" && item.occurredOn) {
    rows.push([
      "Datum gesprek",
      <time key="o" dateTime={item.occurredOn}>
        {formatDate(item.occurredOn)}
      </time>,
    ]);
  }
  rows.push(["Leefgebied", label(DOMAIN_LABELS, item.domain)]);
  rows.push(["Gegevenscategorie", label(DATA_CLASS_LABELS, item.dataClass)]);
  const subjects = item.subjects ?? [];
  rows.push([
    "Over wie",
    subjects.length > 0 ? subjects.map((p) => p.fullName).join(", ") : <Muted key="s">Het gezin</Muted>,
  ]);
  if (item.source) {
    rows.push([
      "Bron",
      <>
        {label(SOURCE_KIND_LABELS, item.source.kind)}
        {item.source.description ? ` – ${item.source.description}` : null}
      </>,
    ]);
  }
  rows.push([
    "Vastgelegd door",
    <>
      {item.author?.name ?? <Muted>Onbekend</Muted>}{" "}
      <span className="rh-muted">({item.authorOrganisation.name})</span>
    </>,
  ]);
  if (change) rows.push(["Gewijzigd", change]);
  rows.push(["Rechtsgrond", label(LEGAL_BASIS_LABELS, item.legalBasis)]);
  return <DataRows rows={rows} className="rh-item__facts" />;
}

/** "Zichtbaar voor: …" and how the viewer sees the item. */
function Visibility({ item }: { item: DossierItemCard }) {
  const names = item.visibleTo.map((o) => o.name);
  return (
    <div className="rh-item__visibility">
      <Paragraph>
        <strong>Zichtbaar voor:</strong>{" "}
        {names.length > 0 ? names.join(", ") : <Muted>alleen de regievoerende organisatie</Muted>}
      </Paragraph>
      {item.accessVia ? (
        <Paragraph>
          <strong>U ziet dit via:</strong>{" "}
          {item.accessVia === "BREAK_GLASS" ? (
            <StatusBadge status="warning" className="rh-badge rh-badge--break-glass">
              {ACCESS_VIA_LABELS.BREAK_GLASS}
            </StatusBadge>
          ) : (
            label(ACCESS_VIA_LABELS, item.accessVia)
          )}
        </Paragraph>
      ) : null}
    </div>
  );
}

function Muted({ children }: { children: ReactNode }) {
  return <span className="rh-muted">{children}</span>;
}
