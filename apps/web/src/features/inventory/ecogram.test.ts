import { describe, expect, it } from "vitest";
import {
  ECOGRAM,
  clip,
  crossPath,
  ecogramLayout,
  edgePath,
  edgeStyle,
  qualityLegendLabel,
  relationKind,
  wrapLines,
} from "./ecogram";

describe("relationKind", () => {
  it("reads the kind of relationship from the relation as recorded", () => {
    expect(relationKind("grootmoeder (moederskant)")).toBe("FAMILY");
    expect(relationKind("Oom van Kim")).toBe("FAMILY");
    expect(relationKind("buurvrouw")).toBe("SOCIAL");
    expect(relationKind("vriendin van Linda")).toBe("SOCIAL");
    expect(relationKind("trainer van de voetbalclub")).toBe("COMMUNITY");
    expect(relationKind("juf van groep 5")).toBe("COMMUNITY");
    expect(relationKind("huisarts")).toBe("PROFESSIONAL");
    expect(relationKind("pleegzorg")).toBe("FAMILY");
  });

  it("is OTHER for anything it does not recognise, empty or missing", () => {
    expect(relationKind("iemand van vroeger")).toBe("OTHER");
    expect(relationKind("kinderarts")).toBe("OTHER");
    expect(relationKind("")).toBe("OTHER");
    expect(relationKind(null)).toBe("OTHER");
    expect(relationKind(undefined)).toBe("OTHER");
  });
});

describe("clip and wrapLines", () => {
  it("clips with an ellipsis only when too long", () => {
    expect(clip("Oma Ria", 16)).toBe("Oma Ria");
    expect(clip("Mevrouw Van den Berg-Jansen", 16)).toBe("Mevrouw Van den…");
    expect(clip("Mevrouw Van den Berg-Jansen", 16)).toHaveLength(16);
  });

  it("wraps words into at most two lines that fit, ending in … when the rest does not fit", () => {
    expect(wrapLines("grootmoeder (moederskant)", 22)).toEqual(["grootmoeder", "(moederskant)"]);
    expect(wrapLines("buurvrouw", 22)).toEqual(["buurvrouw"]);
    expect(wrapLines("   ", 22)).toEqual([]);
    const long = wrapLines("trainer van de voetbalclub waar Kim elke woensdag en zaterdag naartoe gaat", 22);
    expect(long).toHaveLength(2);
    for (const line of long) expect(line.length).toBeLessThanOrEqual(22);
    expect(long[1]?.endsWith("…")).toBe(true);
    expect(wrapLines("Eenheelerglangwoordzonderspaties", 22)).toEqual(["Eenheelerglangwoordzo…"]);
  });
});

describe("ecogramLayout", () => {
  const members = [
    { id: "a", name: "Buurvrouw Els", relation: "buurvrouw" },
    { id: "b", name: "Oma Ria", relation: "grootmoeder (moederskant)" },
    { id: "c", name: "Coach Ali", relation: "trainer voetbalclub" },
    { id: "d", name: "Opa Henk", relation: "grootvader" },
    { id: "e", name: "Dokter Smit", relation: "huisarts" },
    { id: "f", name: "Mevrouw Van den Berg-Jansen", relation: "iemand van de kerk en de buurt die helpt" },
    { id: "g", name: "Vriendin Sara", relation: "vriendin van Linda" },
    { id: "h", name: null, relation: null },
  ];

  it("groups members by kind (family first), keeps their list number and fits every label", () => {
    const nodes = ecogramLayout(members);
    expect(nodes.map((n) => n.id)).toEqual(["b", "d", "a", "f", "g", "c", "e", "h"]);
    expect(nodes.map((n) => n.number)).toEqual([2, 4, 1, 6, 7, 3, 5, 8]);
    expect(nodes.find((n) => n.id === "f")?.name).toBe("Mevrouw Van de…");
    expect(nodes.find((n) => n.id === "h")?.name).toBe("Onbekend");
    expect(nodes.find((n) => n.id === "h")?.relationLines).toEqual([]);
    for (const node of nodes) {
      expect(node.name.length).toBeLessThanOrEqual(ECOGRAM.nameChars);
      expect(node.relationLines.length).toBeLessThanOrEqual(2);
      for (const line of node.relationLines) expect(line.length).toBeLessThanOrEqual(ECOGRAM.relationChars);
    }
  });

  it("keeps every box inside the drawing, outside the family circle and clear of the other boxes", () => {
    const nodes = ecogramLayout(members);
    const cx = ECOGRAM.width / 2;
    const cy = ECOGRAM.height / 2;
    for (const node of nodes) {
      expect(node.x - node.width / 2).toBeGreaterThanOrEqual(0);
      expect(node.x + node.width / 2).toBeLessThanOrEqual(ECOGRAM.width);
      expect(node.y - node.height / 2).toBeGreaterThanOrEqual(0);
      expect(node.y + node.height / 2).toBeLessThanOrEqual(ECOGRAM.height);
      expect(Math.hypot(node.edge.x1 - cx, node.edge.y1 - cy)).toBeCloseTo(ECOGRAM.centreR, 5);
    }
    for (const [i, p] of nodes.entries()) {
      for (const q of nodes.slice(i + 1)) {
        const apartX = Math.abs(p.x - q.x) >= (p.width + q.width) / 2;
        const apartY = Math.abs(p.y - q.y) >= (p.height + q.height) / 2;
        expect(apartX || apartY, `${p.id} and ${q.id} overlap`).toBe(true);
      }
    }
  });

  it("is empty without members", () => {
    expect(ecogramLayout([])).toEqual([]);
  });
});

describe("edgeStyle, edgePath and crossPath", () => {
  const edge = { x1: 0, y1: 0, x2: 100, y2: 0 };

  it("draws each quality with its own shape, unknown as a plain line", () => {
    expect(edgeStyle("SUPPORTIVE")).toEqual({
      pattern: "solid",
      cross: false,
      className: "rh-network-graph__edge--supportive",
    });
    expect(edgeStyle("STRESSFUL")).toMatchObject({ pattern: "zigzag", cross: false });
    expect(edgeStyle("BROKEN")).toMatchObject({ pattern: "plain", cross: true });
    expect(edgeStyle(null)).toEqual({
      pattern: "plain",
      cross: false,
      className: "rh-network-graph__edge--unknown",
    });
    expect(edgeStyle(undefined)).toEqual(edgeStyle(null));
    const classes = (["SUPPORTIVE", "STRESSFUL", "BROKEN", null] as const).map((q) => edgeStyle(q).className);
    expect(new Set(classes).size).toBe(4);
  });

  it("a straight line is one segment from end to end", () => {
    expect(edgePath(edge, "plain")).toBe("M0 0 L100 0");
    expect(edgePath(edge, "solid")).toBe("M0 0 L100 0");
  });

  it("a zigzag alternates sides of the line and ends where the line ends", () => {
    const d = edgePath(edge, "zigzag", 10, 5);
    expect(d.startsWith("M0 0 ")).toBe(true);
    expect(d.endsWith(" L100 0")).toBe(true);
    const ys = [...d.matchAll(/L[\d.-]+ ([\d.-]+)/g)].map((m) => Number(m[1]));
    expect(ys.slice(0, 4)).toEqual([5, -5, 5, -5]);
    expect(ys).toHaveLength(10);
    // too short for teeth: straight
    expect(edgePath({ x1: 0, y1: 0, x2: 12, y2: 0 }, "zigzag", 10, 5)).toBe("M0 0 L12 0");
  });

  it("the cross sits on the middle of the line", () => {
    const d = crossPath({ x1: 0, y1: 0, x2: 100, y2: 100 }, 14.142);
    expect(d).toBe("M45 45 L55 55 M45 55 L55 45");
  });

  it("labels the legend in Dutch", () => {
    expect(qualityLegendLabel("SUPPORTIVE")).toBe("Steunende relatie");
    expect(qualityLegendLabel("STRESSFUL")).toBe("Belastende relatie");
    expect(qualityLegendLabel("BROKEN")).toBe("Verbroken relatie");
    expect(qualityLegendLabel(null)).toBe("Relatie onbekend");
  });

  it("ecogramLayout carries the quality, null when unknown", () => {
    const nodes = ecogramLayout([
      { id: "a", name: "Ex", relation: "ex-partner", relationshipQuality: "STRESSFUL" },
      { id: "b", name: "Oma", relation: "oma" },
    ]);
    expect(nodes.map((n) => [n.id, n.quality])).toEqual([
      ["b", null],
      ["a", "STRESSFUL"],
    ]);
  });
});
