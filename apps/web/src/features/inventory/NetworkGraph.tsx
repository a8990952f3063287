import { joinNames } from "../../labels";
import type { PersonOption } from "../../components/ClassificationFields";
import {
  ECOGRAM,
  RELATION_KIND_LABELS,
  RELATION_KINDS,
  RELATIONSHIP_QUALITIES,
  RELATIONSHIP_QUALITY_LABELS,
  clip,
  crossPath,
  ecogramLayout,
  edgePath,
  edgeStyle,
  qualityLegendLabel,
  relationKind,
} from "./ecogram";
import type { RelationKind, RelationshipQuality } from "./ecogram";
import type { NetworkMemberRow } from "./types";

// The network map as an ecogram: the family in the centre, the network members around it grouped by kind of
// relationship, each with a number (as in the list beside it), the name and the relation. For assistive
// technology the drawing is one image with a summary; the list beside it has every detail.

const { width: WIDTH, height: HEIGHT, centreR: CENTRE_R } = ECOGRAM;
const CX = WIDTH / 2;
const CY = HEIGHT / 2;

export function networkSummary(
  persons: readonly PersonOption[],
  members: readonly NetworkMemberRow[],
): string {
  const family = persons.length > 0 ? joinNames(persons.map((p) => p.fullName)) : "het gezin";
  if (members.length === 0) return `Netwerkkaart: nog geen netwerkleden rond ${family}.`;
  const list = members.map((m) => `${m.name ?? "onbekend"} (${m.relation ?? "relatie onbekend"})`);
  const count = members.length === 1 ? "1 netwerklid" : `${members.length} netwerkleden`;
  const kinds = RELATION_KINDS.map((kind) => {
    const n = members.filter((m) => relationKind(m.relation) === kind).length;
    return n > 0 ? `${RELATION_KIND_LABELS[kind].toLowerCase()}: ${n}` : null;
  }).filter((k): k is string => k !== null);
  return `Netwerkkaart: ${count} rond ${family}: ${joinNames(list)}. Naar groep: ${kinds.join(", ")}. ${qualitySummary(members)} Wat zij kunnen doen staat in de lijst.`;
}

/** "Lijnen: steunend: 2, belastend: 1, onbekend: 1." (only the qualities present). */
export function qualitySummary(members: readonly { relationshipQuality?: RelationshipQuality | null }[]) {
  const counts = [
    ...RELATIONSHIP_QUALITIES.map((q) => ({
      label: RELATIONSHIP_QUALITY_LABELS[q].toLowerCase(),
      n: members.filter((m) => m.relationshipQuality === q).length,
    })),
    { label: "onbekend", n: members.filter((m) => !m.relationshipQuality).length },
  ].filter((c) => c.n > 0);
  return `Lijnen: ${counts.map((c) => `${c.label}: ${c.n}`).join(", ")}.`;
}

const LEGEND_LINE = { x1: 0, y1: 7, x2: 40, y2: 7 };

/** One line of the legend, drawn as on the map. */
function LegendLine({ quality }: { quality: RelationshipQuality | null }) {
  const style = edgeStyle(quality);
  return (
    <svg width="40" height="14" aria-hidden="true" focusable="false" className="rh-ecogram-legend__line">
      <path d={edgePath(LEGEND_LINE, style.pattern, 8, 4)} className={style.className} />
      {style.cross ? <path d={crossPath(LEGEND_LINE, 12)} className="rh-network-graph__cross" /> : null}
    </svg>
  );
}

/** The legend of the kinds (colour of the boxes) and the line qualities on the map, only those present. */
export function EcogramLegend({
  kinds,
  qualities,
}: {
  kinds: readonly RelationKind[];
  qualities: readonly (RelationshipQuality | null)[];
}) {
  if (kinds.length === 0) return null;
  return (
    <ul className="rh-ecogram-legend" aria-label="Legenda van de netwerkkaart">
      {kinds.map((kind) => (
        <li key={kind}>
          <span className={`rh-ecogram-legend__box rh-ecogram--${kind.toLowerCase()}`} aria-hidden="true" />
          {RELATION_KIND_LABELS[kind]}
        </li>
      ))}
      {qualities.map((quality) => (
        <li key={quality ?? "UNKNOWN"}>
          <LegendLine quality={quality} />
          {qualityLegendLabel(quality)}
        </li>
      ))}
    </ul>
  );
}

export interface NetworkGraphProps {
  persons: readonly PersonOption[];
  members: readonly NetworkMemberRow[];
}

export function NetworkGraph({ persons, members }: NetworkGraphProps) {
  const nodes = ecogramLayout(members);
  const shownPersons = persons.slice(0, 4);
  const morePersons = persons.length - shownPersons.length;
  const personLines = [
    ...shownPersons.map((p) => clip(p.fullName, 18)),
    ...(morePersons > 0 ? [`en nog ${morePersons}`] : []),
  ];
  const lineHeight = 16;
  // The title and the names, centred as one block in the circle.
  const titleY = CY - (personLines.length * lineHeight) / 2 + 2;
  const firstLineY = titleY + lineHeight + 2;

  return (
    <svg
      role="img"
      aria-label={networkSummary(persons, members)}
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      className="rh-network-graph"
      focusable="false"
    >
      {nodes.map((node) => {
        const style = edgeStyle(node.quality);
        return (
          <g key={`edge-${node.id}`} data-quality={node.quality ?? "UNKNOWN"}>
            <path
              d={edgePath(node.edge, style.pattern)}
              className={`rh-network-graph__edge ${style.className}`}
            />
            {style.cross ? <path d={crossPath(node.edge)} className="rh-network-graph__cross" /> : null}
          </g>
        );
      })}
      {nodes.map((node) => {
        const left = node.x - node.width / 2;
        const top = node.y - node.height / 2;
        return (
          <g key={node.id} className={`rh-ecogram--${node.kind.toLowerCase()}`}>
            <rect
              x={left}
              y={top}
              width={node.width}
              height={node.height}
              rx={8}
              className="rh-network-graph__node"
            />
            <circle cx={left + 14} cy={top + 15} r={10} className="rh-network-graph__badge" />
            <text x={left + 14} y={top + 19} textAnchor="middle" className="rh-network-graph__number">
              {node.number}
            </text>
            <text x={left + 30} y={top + 20} className="rh-network-graph__name">
              {node.name}
            </text>
            {node.relationLines.length > 0 ? (
              <text x={left + 10} y={top + 38} className="rh-network-graph__relation">
                {node.relationLines.map((line, n) => (
                  <tspan key={n} x={left + 10} dy={n === 0 ? 0 : 15}>
                    {line}
                  </tspan>
                ))}
              </text>
            ) : null}
          </g>
        );
      })}
      <circle cx={CX} cy={CY} r={CENTRE_R} className="rh-network-graph__family" />
      <text x={CX} y={titleY} textAnchor="middle" className="rh-network-graph__family-title">
        Gezin
      </text>
      {personLines.map((line, i) => (
        <text
          key={line}
          x={CX}
          y={firstLineY + i * lineHeight}
          textAnchor="middle"
          className="rh-network-graph__person"
        >
          {line}
        </text>
      ))}
    </svg>
  );
}
