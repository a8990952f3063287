import { joinNames } from "../../labels";
import type { PersonOption } from "../dossier/ItemFields";
import type { NetworkMemberRow } from "./operations";

// The network map: the family in the centre, the network members around it, each line labelled with the
// relation. For assistive technology the drawing is one image with a summary; the list beside it has every
// detail.

const WIDTH = 720;
const HEIGHT = 440;
const CX = WIDTH / 2;
const CY = HEIGHT / 2;
const CENTRE_R = 72;
const NODE_W = 150;
const NODE_H = 40;
const RX = 265;
const RY = 160;

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** Where member `i` of `n` sits: on an ellipse around the family, starting at the top, clockwise. */
function position(i: number, n: number): { x: number; y: number } {
  const angle = -Math.PI / 2 + (2 * Math.PI * i) / Math.max(n, 1);
  return { x: CX + RX * Math.cos(angle), y: CY + RY * Math.sin(angle) };
}

/** The point where the line from the centre to (x, y) leaves the family circle. */
function fromCentre(x: number, y: number): { x: number; y: number } {
  const dx = x - CX;
  const dy = y - CY;
  const length = Math.hypot(dx, dy) || 1;
  return { x: CX + (dx / length) * CENTRE_R, y: CY + (dy / length) * CENTRE_R };
}

/** Where the line from the centre to a node's centre meets the node's box. */
function toNodeEdge(x: number, y: number): { x: number; y: number } {
  const dx = CX - x;
  const dy = CY - y;
  const t = Math.min(
    dx === 0 ? Infinity : NODE_W / 2 / Math.abs(dx),
    dy === 0 ? Infinity : NODE_H / 2 / Math.abs(dy),
  );
  return { x: x + dx * t, y: y + dy * t };
}

/** Words in at most two lines of about `max` characters; the rest is cut off with "…". */
function wrap(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.trim().split(/\s+/).filter(Boolean)) {
    if (line && `${line} ${word}`.length > max) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= 2) return lines.map((l) => clip(l, max + 4));
  return [clip(lines[0] ?? "", max + 4), clip(`${lines.slice(1).join(" ")}`, max)];
}

export function networkSummary(
  persons: readonly PersonOption[],
  members: readonly NetworkMemberRow[],
): string {
  const family = persons.length > 0 ? joinNames(persons.map((p) => p.fullName)) : "het gezin";
  if (members.length === 0) return `Netwerkkaart: nog geen netwerkleden rond ${family}.`;
  const list = members.map((m) => `${m.name ?? "onbekend"} (${m.relation ?? "relatie onbekend"})`);
  const count = members.length === 1 ? "1 netwerklid" : `${members.length} netwerkleden`;
  return `Netwerkkaart: ${count} rond ${family}: ${joinNames(list)}. Wat zij kunnen doen staat in de lijst.`;
}

export interface NetworkGraphProps {
  persons: readonly PersonOption[];
  members: readonly NetworkMemberRow[];
}

export function NetworkGraph({ persons, members }: NetworkGraphProps) {
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
      {members.map((member, i) => {
        const node = position(i, members.length);
        const start = fromCentre(node.x, node.y);
        const end = toNodeEdge(node.x, node.y);
        const mx = (start.x + end.x) / 2;
        const my = (start.y + end.y) / 2;
        const lines = wrap(member.relation ?? "", 16);
        const labelWidth = Math.max(40, Math.max(...lines.map((l) => l.length)) * 6.6 + 12);
        const labelHeight = lines.length * 15 + 6;
        return (
          <g key={member.id}>
            <line x1={start.x} y1={start.y} x2={node.x} y2={node.y} className="rh-network-graph__edge" />
            {lines.length > 0 ? (
              <g>
                <rect
                  x={mx - labelWidth / 2}
                  y={my - labelHeight / 2}
                  width={labelWidth}
                  height={labelHeight}
                  rx={4}
                  className="rh-network-graph__relation-bg"
                />
                <text
                  x={mx}
                  y={my - labelHeight / 2 + 15}
                  textAnchor="middle"
                  className="rh-network-graph__relation"
                >
                  {lines.map((line, n) => (
                    <tspan key={n} x={mx} dy={n === 0 ? 0 : 15}>
                      {line}
                    </tspan>
                  ))}
                </text>
              </g>
            ) : null}
            <rect
              x={node.x - NODE_W / 2}
              y={node.y - NODE_H / 2}
              width={NODE_W}
              height={NODE_H}
              rx={8}
              className="rh-network-graph__node"
            />
            <text x={node.x} y={node.y + 5} textAnchor="middle" className="rh-network-graph__name">
              {clip(member.name ?? "", 20)}
            </text>
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
