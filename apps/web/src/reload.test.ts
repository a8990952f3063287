import { describe, expect, it, vi } from "vitest";
import { reloadWith } from "./reload";

describe("reloadWith", () => {
  it("reads again and resolves once the read is done", async () => {
    const refetch = vi.fn(async () => ({ data: {} }));
    await expect(reloadWith(refetch)()).resolves.toBeUndefined();
    expect(refetch).toHaveBeenCalledTimes(1);
  });

  it("never rejects: a failed read shows in the query's error, not as an unhandled rejection", async () => {
    const refetch = vi.fn(async () => Promise.reject(new Error("network")));
    await expect(reloadWith(refetch)()).resolves.toBeUndefined();
  });
});
