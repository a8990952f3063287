import { describe, expect, it } from "vitest";
import { fmt, interleave, median, percentile, roundRatios, spread, summarizeLatencies } from "./stats";

describe("percentile", () => {
  it("takes the nearest rank, so the result is an observed value", () => {
    const values = [5, 1, 4, 2, 3, 10, 9, 8, 7, 6];
    expect(percentile(values, 50)).toBe(5);
    expect(percentile(values, 90)).toBe(9);
    expect(percentile(values, 99)).toBe(10);
    expect(percentile(values, 100)).toBe(10);
    expect(percentile(values, 1)).toBe(1);
  });

  it("p99 of 1,000 latencies is the 990th smallest", () => {
    const values = Array.from({ length: 1000 }, (_, i) => 1000 - i); // 1000 … 1, unsorted input
    expect(percentile(values, 99)).toBe(990);
    expect(percentile(values, 50)).toBe(500);
  });

  it("is NaN for no values and refuses a percentile outside (0, 100]", () => {
    expect(percentile([], 50)).toBeNaN();
    expect(() => percentile([1], 0)).toThrow(RangeError);
    expect(() => percentile([1], 101)).toThrow(RangeError);
  });

  it("does not reorder its input", () => {
    const values = [3, 1, 2];
    percentile(values, 50);
    expect(values).toEqual([3, 1, 2]);
  });
});

describe("median and spread", () => {
  it("takes the middle value, or the mean of the two middle ones", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  it("gives min, median and max of the rounds", () => {
    expect(spread([0.6, 0.5, 1.1])).toEqual({ min: 0.5, median: 0.6, max: 1.1 });
    expect(spread([]).median).toBeNaN();
  });

  it("summarises latencies", () => {
    expect(summarizeLatencies([10, 20, 30, 40])).toEqual({ count: 4, p50: 20, p99: 40, max: 40 });
  });
});

describe("interleave", () => {
  it("runs every variant once per round, A, B, A, B …", () => {
    expect(interleave(["A", "B"], 3).map((s) => `${s.round}${s.variant}`)).toEqual([
      "1A",
      "1B",
      "2A",
      "2B",
      "3A",
      "3B",
    ]);
  });

  it("refuses no variants and fewer than one round", () => {
    expect(() => interleave([], 3)).toThrow(RangeError);
    expect(() => interleave(["A"], 0)).toThrow(RangeError);
    expect(() => interleave(["A"], 1.5)).toThrow(RangeError);
  });
});

describe("roundRatios", () => {
  it("divides round by round", () => {
    expect(roundRatios([50, 60, 30], [100, 100, 60])).toEqual([0.5, 0.6, 0.5]);
  });

  it("leaves out a round whose denominator is zero, and refuses series of different length", () => {
    expect(roundRatios([1, 2], [0, 4])).toEqual([0.5]);
    expect(() => roundRatios([1], [1, 2])).toThrow(RangeError);
  });
});

describe("fmt", () => {
  it("shows three significant digits, whole numbers from 100, a dash for no figure", () => {
    expect(fmt(0.56789)).toBe("0.568");
    expect(fmt(12.345)).toBe("12.3");
    expect(fmt(1234.5)).toBe("1,235");
    expect(fmt(Number.NaN)).toBe("–");
  });
});
