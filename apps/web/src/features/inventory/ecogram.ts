// The network map as an ecogram: the family in the centre, the network members around it grouped by the kind
// of relationship, each a box with the name and the relation in at most two lines that fit the box. The full
// text is in the list beside the drawing. Pure, so it is tested without a browser.

export type RelationKind = "FAMILY" | "SOCIAL" | "COMMUNITY" | "PROFESSIONAL" | "OTHER";

/** The order of the kinds around the family (clockwise from the top) and of the legend. */
export const RELATION_KINDS: readonly RelationKind[] = [
  "FAMILY",
  "SOCIAL",
  "COMMUNITY",
  "PROFESSIONAL",
  "OTHER",
];

export const RELATION_KIND_LABELS: Record<RelationKind, string> = {
  FAMILY: "Familie",
  SOCIAL: "Vrienden en buren",
  COMMUNITY: "School, werk en vrije tijd",
  PROFESSIONAL: "Hulpverlening",
  OTHER: "Overig",
};

const KEYWORDS: [RelationKind, RegExp][] = [
  [
    "FAMILY",
    /\b(oma|opa|groot(moeder|vader|ouders?)|tante|oom|neef|nicht|broer|zus|zuster|vader|moeder|ouders?|stief\w*|schoon\w*|familie|kleinkind|kind|zoon|dochter|peet\w*|pleeg\w*)\b/i,
  ],
  ["SOCIAL", /\b(buur\w*|buren|vriend\w*|kennis(sen)?|huisvriend\w*)\b/i],
  [
    "COMMUNITY",
    /\b(school|leerkracht|juf|meester|mentor|werk\w*|collega\w*|trainer|coach|club|vereniging|sport\w*|kerk|moskee|geloofs\w*|vrijwillig\w*|buurthuis)\b/i,
  ],
  [
    "PROFESSIONAL",
    /\b(huisarts|arts|hulpverlen\w*|wijkteam|maatschappelijk\w*|jeugd\w*|ggz|therapeut|psycholoog|bewindvoer\w*|schuldhulp\w*|begeleid\w*|zorg\w*)\b/i,
  ],
];

/** The kind of relationship, from the relation as recorded (free text such as `grootmoeder (moederskant)`). */
export function relationKind(relation: string | null | undefined): RelationKind {
  const text = relation ?? "";
  for (const [kind, pattern] of KEYWORDS) if (pattern.test(text)) return kind;
  return "OTHER";
}

/** `text` cut to `max` characters with "…". */
export function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, Math.max(1, max - 1))}…` : text;
}

/** Words in at most `maxLines` lines of at most `max` characters; what does not fit ends in "…". */
export function wrapLines(text: string, max: number, maxLines = 2): string[] {
  const lines: string[] = [];
  for (const word of text.trim().split(/\s+/).filter(Boolean)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && `${last} ${word}`.length <= max) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  if (lines.length > maxLines) {
    const kept = lines.slice(0, maxLines);
    kept[maxLines - 1] = clip(`${kept[maxLines - 1] ?? ""} …`, max).replace(/ …$/, "…");
    return kept.map((l) => clip(l, max));
  }
  return lines.map((l) => clip(l, max));
}

export const ECOGRAM = {
  width: 760,
  height: 480,
  centreR: 70,
  nodeW: 168,
  /** Characters that fit in a line of a node (at the map's font size). */
  nameChars: 15,
  relationChars: 22,
  rx: 270,
  ry: 170,
} as const;

export type RelationshipQuality = "SUPPORTIVE" | "STRESSFUL" | "BROKEN";

/** The order of the qualities in the form, the legend and the summary. */
export const RELATIONSHIP_QUALITIES: readonly RelationshipQuality[] = ["SUPPORTIVE", "STRESSFUL", "BROKEN"];

export const RELATIONSHIP_QUALITY_LABELS: Record<RelationshipQuality, string> = {
  SUPPORTIVE: "Steunend",
  STRESSFUL: "Belastend",
  BROKEN: "Verbroken",
};

/** The legend's text for a line; null is a relationship of unknown quality. */
export function qualityLegendLabel(quality: RelationshipQuality | null): string {
  if (quality === null) return "Relatie onbekend";
  return { SUPPORTIVE: "Steunende", STRESSFUL: "Belastende", BROKEN: "Verbroken" }[quality] + " relatie";
}

/** How a line is drawn; told apart by shape, never by colour alone. */
export type EdgePattern = "plain" | "solid" | "zigzag";

export interface EdgeStyle {
  pattern: EdgePattern;
  /** A cross mark across the middle of the line (a broken relationship). */
  cross: boolean;
  /** Extra class for the stroke (width, dashes). */
  className: string;
}

/** Unknown: a thin plain line (as before qualities existed); supportive: a thick solid line; stressful: a zigzag; broken: dashed with a cross. */
export function edgeStyle(quality: RelationshipQuality | null | undefined): EdgeStyle {
  switch (quality) {
    case "SUPPORTIVE":
      return { pattern: "solid", cross: false, className: "rh-network-graph__edge--supportive" };
    case "STRESSFUL":
      return { pattern: "zigzag", cross: false, className: "rh-network-graph__edge--stressful" };
    case "BROKEN":
      return { pattern: "plain", cross: true, className: "rh-network-graph__edge--broken" };
    default:
      return { pattern: "plain", cross: false, className: "rh-network-graph__edge--unknown" };
  }
}

type Segment = { x1: number; y1: number; x2: number; y2: number };

const round = (n: number) => Math.round(n * 10) / 10;

/** The SVG path of a line: straight, or a zigzag of teeth `step` apart and `amplitude` to each side. */
export function edgePath(edge: Segment, pattern: EdgePattern, step = 10, amplitude = 5): string {
  const { x1, y1, x2, y2 } = edge;
  const length = Math.hypot(x2 - x1, y2 - y1);
  const teeth = Math.floor(length / step);
  if (pattern !== "zigzag" || teeth < 2) return `M${round(x1)} ${round(y1)} L${round(x2)} ${round(y2)}`;
  const ux = (x2 - x1) / length;
  const uy = (y2 - y1) / length;
  const points = [`M${round(x1)} ${round(y1)}`];
  for (let i = 1; i < teeth; i++) {
    const side = i % 2 === 1 ? amplitude : -amplitude;
    const d = (i * length) / teeth;
    points.push(`L${round(x1 + ux * d - uy * side)} ${round(y1 + uy * d + ux * side)}`);
  }
  points.push(`L${round(x2)} ${round(y2)}`);
  return points.join(" ");
}

/** The SVG path of a cross mark (two strokes, `size` long) on the middle of a line. */
export function crossPath(edge: Segment, size = 14): string {
  const mx = (edge.x1 + edge.x2) / 2;
  const my = (edge.y1 + edge.y2) / 2;
  const h = size / 2 / Math.SQRT2;
  return `M${round(mx - h)} ${round(my - h)} L${round(mx + h)} ${round(my + h)} M${round(mx - h)} ${round(my + h)} L${round(mx + h)} ${round(my - h)}`;
}

export interface EcogramMember {
  id: string;
  name: string | null;
  relation: string | null;
  relationshipQuality?: RelationshipQuality | null;
}

export interface EcogramNode {
  id: string;
  /** The number of the member in the list beside the map (1-based). */
  number: number;
  kind: RelationKind;
  /** Null when unknown. */
  quality: RelationshipQuality | null;
  x: number;
  y: number;
  width: number;
  height: number;
  /** The name in one line, shortened when too long (the number is drawn in a badge before it). */
  name: string;
  /** The relation in at most two lines. */
  relationLines: string[];
  /** Where the line from the family ends (on the box's edge). */
  edge: { x1: number; y1: number; x2: number; y2: number };
}

function nodeHeight(relationLines: number): number {
  return 26 + relationLines * 15 + 6;
}

/**
 * Members sorted by kind (in RELATION_KINDS order, otherwise as given) and spread evenly around the family,
 * clockwise from the top, so one kind sits together in one sector of the ecogram.
 */
export function ecogramLayout(members: readonly EcogramMember[]): EcogramNode[] {
  const { width, height, centreR, nodeW, rx, ry } = ECOGRAM;
  const cx = width / 2;
  const cy = height / 2;
  const numbered = members.map((m, i) => ({ member: m, number: i + 1, kind: relationKind(m.relation) }));
  const sorted = [...numbered].sort(
    (a, b) => RELATION_KINDS.indexOf(a.kind) - RELATION_KINDS.indexOf(b.kind) || a.number - b.number,
  );
  const n = sorted.length;
  return sorted.map(({ member, number, kind }, i) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / Math.max(n, 1);
    const x = cx + rx * Math.cos(angle);
    const y = cy + ry * Math.sin(angle);
    const relationLines = wrapLines(member.relation ?? "", ECOGRAM.relationChars);
    const h = nodeHeight(relationLines.length);
    const dx = x - cx;
    const dy = y - cy;
    const length = Math.hypot(dx, dy) || 1;
    const t = Math.min(
      dx === 0 ? Infinity : nodeW / 2 / Math.abs(dx),
      dy === 0 ? Infinity : h / 2 / Math.abs(dy),
    );
    return {
      id: member.id,
      number,
      kind,
      quality: member.relationshipQuality ?? null,
      x,
      y,
      width: nodeW,
      height: h,
      name: clip(member.name ?? "Onbekend", ECOGRAM.nameChars),
      relationLines,
      edge: {
        x1: cx + (dx / length) * centreR,
        y1: cy + (dy / length) * centreR,
        x2: x - dx * t,
        y2: y - dy * t,
      },
    };
  });
}
