import { describe, expect, it } from "vitest";
import type { CoveredItem } from "@regiehub/db";
import { newestFirst } from "./views";

const record = (id: string, on: string, createdAt: string) =>
  ({
    id,
    kind: "ASSESSMENT",
    covered: true,
    createdAt: new Date(createdAt),
    content: { assessedOn: on },
  }) as unknown as CoveredItem<"ASSESSMENT">;

describe("newestFirst", () => {
  it("orders by the date of the content, then by when recorded, newest first", () => {
    const a = record("a", "2025-01-10", "2025-01-10T09:00:00Z");
    const b = record("b", "2025-03-01", "2025-03-01T09:00:00Z");
    const c = record("c", "2025-03-01", "2025-03-02T09:00:00Z"); // same day, recorded later
    const d = record("d", "2025-02-01", "2025-06-01T09:00:00Z"); // recorded late, about an earlier date
    const sorted = newestFirst([a, b, c, d], (r) => r.content.assessedOn);
    expect(sorted.map((r) => r.id)).toEqual(["c", "b", "d", "a"]);
  });

  it("does not change its input", () => {
    const list = [
      record("a", "2025-01-01", "2025-01-01T00:00:00Z"),
      record("b", "2025-02-01", "2025-02-01T00:00:00Z"),
    ];
    newestFirst(list, (r) => r.content.assessedOn);
    expect(list.map((r) => r.id)).toEqual(["a", "b"]);
  });
});
