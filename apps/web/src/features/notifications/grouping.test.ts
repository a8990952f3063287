import { describe, expect, it } from "vitest";
import type { NotificationKind } from "../../generated/graphql";
import { NOTIFICATION_KIND_LABELS } from "../../labels";
import { NOTIFICATION_TARGETS, dayLabel, newestMoment, notificationDays, unreadText } from "./grouping";

// Sunday 6 December 2026, 10:00 in Amsterdam (UTC+1 in winter).
const NOW = new Date("2026-12-06T09:00:00Z");

describe("days in words", () => {
  it("says Vandaag, Gisteren, or the weekday and date", () => {
    expect(dayLabel("2026-12-06", NOW)).toBe("Vandaag");
    expect(dayLabel("2026-12-05", NOW)).toBe("Gisteren");
    expect(dayLabel("2026-12-04", NOW)).toBe("vrijdag 4 december 2026");
    // across a month and a year
    expect(dayLabel("2026-12-31", new Date("2027-01-01T12:00:00Z"))).toBe("Gisteren");
    expect(dayLabel("2026-11-30", NOW)).toBe("maandag 30 november 2026");
  });
});

describe("notificationDays", () => {
  it("groups newest day first and newest first within a day, whatever the order given", () => {
    const items = [
      { id: "a", createdAt: "2026-12-04T10:00:00Z" },
      { id: "b", createdAt: "2026-12-06T08:00:00Z" },
      { id: "c", createdAt: "2026-12-05T23:15:00Z" }, // 00:15 on the 6th in Amsterdam
      { id: "d", createdAt: "2026-12-05T12:00:00Z" },
      { id: "e", createdAt: "2026-12-06T08:30:00Z" },
    ];
    const groups = notificationDays(items, NOW);
    expect(groups.map((g) => [g.label, g.items.map((i) => i.id)])).toEqual([
      ["Vandaag", ["e", "b", "c"]],
      ["Gisteren", ["d"]],
      ["vrijdag 4 december 2026", ["a"]],
    ]);
    expect(groups.map((g) => g.key)).toEqual(["2026-12-06", "2026-12-05", "2026-12-04"]);
  });

  it("gives nothing for nothing, and puts a notification without a valid moment last", () => {
    expect(notificationDays([], NOW)).toEqual([]);
    const groups = notificationDays(
      [
        { id: "x", createdAt: "kapot" },
        { id: "y", createdAt: "2026-12-06T08:00:00Z" },
      ],
      NOW,
    );
    expect(groups.map((g) => g.label)).toEqual(["Vandaag", "Onbekende datum"]);
  });
});

describe("where a notification leads", () => {
  it("has a Dutch label and a link text for every kind the hub raises", () => {
    const kinds = Object.keys(NOTIFICATION_KIND_LABELS) as NotificationKind[];
    expect(kinds).toHaveLength(11);
    for (const kind of kinds) {
      expect(NOTIFICATION_TARGETS[kind].action, kind).toMatch(/^[A-Z][a-z]/);
      expect(NOTIFICATION_KIND_LABELS[kind], kind).not.toBe("");
    }
    expect(Object.keys(NOTIFICATION_TARGETS).sort()).toEqual([...kinds].sort());
  });

  it("leads to the page to act on", () => {
    expect(NOTIFICATION_TARGETS.ACUTE_SAFETY.sub).toBe("beeld");
    expect(NOTIFICATION_TARGETS.DOORBRAAK.sub).toBe("acties");
    expect(NOTIFICATION_TARGETS.PLAN_AWAITS_APPROVAL.sub).toBe("plan");
    expect(NOTIFICATION_TARGETS.GRANT_EXPIRING.sub).toBe("toestemmingen");
    // escalation, framework, stand-still, regiegesprek and monitoring are on the case overview
    for (const kind of [
      "ESCALATION",
      "FRAMEWORK_DECISION",
      "CASE_STALLED",
      "CHECK_IN_DUE",
      "MONITORING_FOLLOW_UP_DUE",
    ] as const) {
      expect(NOTIFICATION_TARGETS[kind].sub, kind).toBeUndefined();
    }
  });
});

describe("newestMoment and unreadText", () => {
  it("finds the newest moment shown, skipping invalid ones", () => {
    expect(
      newestMoment([
        { createdAt: "2026-12-05T10:00:00Z" },
        { createdAt: "2026-12-06T08:00:00.123Z" },
        { createdAt: null },
        { createdAt: "2026-12-01T10:00:00Z" },
      ]),
    ).toBe("2026-12-06T08:00:00.123Z");
    expect(newestMoment([])).toBeNull();
    expect(newestMoment([{ createdAt: "nooit" }])).toBeNull();
  });

  it("counts in Dutch", () => {
    expect(unreadText(1)).toBe("1 ongelezen melding");
    expect(unreadText(3)).toBe("3 ongelezen meldingen");
  });
});
