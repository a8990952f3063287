import { describe, expect, it } from "vitest";
import { addressAllowed, formatCidr, parseCidr } from "./cidr";

describe("allowed address ranges of an API client", () => {
  it("parses IPv4 and IPv6 ranges and single addresses", () => {
    expect(parseCidr("192.0.2.0/24")).toEqual({ address: "192.0.2.0", prefix: 24, family: "ipv4" });
    expect(parseCidr(" 2001:db8::/32 ")).toEqual({ address: "2001:db8::", prefix: 32, family: "ipv6" });
    expect(formatCidr(parseCidr("198.51.100.7")!)).toBe("198.51.100.7/32");
    expect(formatCidr(parseCidr("::1")!)).toBe("::1/128");
  });

  it("refuses what is not a range", () => {
    for (const bad of [
      "",
      "10.0.0.0/33",
      "2001:db8::/129",
      "10.0.0/8",
      "example.nl/24",
      "1.2.3.4/8/8",
      "1.2.3.4/-1",
      "1.2.3.4/ 8",
    ]) {
      expect(parseCidr(bad)).toBeNull();
    }
  });

  it("allows an address inside a range, refuses one outside, and any address without ranges", () => {
    expect(addressAllowed("192.0.2.77", ["192.0.2.0/24"])).toBe(true);
    expect(addressAllowed("192.0.3.1", ["192.0.2.0/24"])).toBe(false);
    expect(addressAllowed("::ffff:192.0.2.77", ["192.0.2.0/24"])).toBe(true);
    expect(addressAllowed("2001:db8::5", ["10.0.0.0/8", "2001:db8::/32"])).toBe(true);
    expect(addressAllowed("2001:db9::5", ["2001:db8::/32"])).toBe(false);
    expect(addressAllowed("127.0.0.1", [])).toBe(true);
    expect(addressAllowed("unknown", ["0.0.0.0/0"])).toBe(false);
  });
});
