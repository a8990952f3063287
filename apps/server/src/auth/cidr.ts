import { BlockList, isIPv4, isIPv6 } from "node:net";

// Address ranges a partner system may ask for tokens from (`api_clients.allowed_cidrs`), in CIDR notation:
// `192.0.2.0/24`, `2001:db8::/32`, or a single address (a /32 or /128).

export type Cidr = { address: string; prefix: number; family: "ipv4" | "ipv6" };

/** Parses one range; null when it is not a valid CIDR (or bare address). */
export function parseCidr(value: string): Cidr | null {
  const [address = "", prefixText, rest] = value.trim().split("/");
  if (rest !== undefined) return null;
  const family = isIPv4(address) ? "ipv4" : isIPv6(address) ? "ipv6" : null;
  if (!family) return null;
  const max = family === "ipv4" ? 32 : 128;
  if (prefixText === undefined) return { address, prefix: max, family };
  if (!/^\d{1,3}$/.test(prefixText)) return null;
  const prefix = Number(prefixText);
  return prefix <= max ? { address, prefix, family } : null;
}

/** The canonical text of a range (`address/prefix`). */
export function formatCidr(cidr: Cidr): string {
  return `${cidr.address}/${cidr.prefix}`;
}

/**
 * Whether `ip` (the request's address, Express's `req.ip` under TRUST_PROXY) lies in one of `cidrs`; an empty
 * list allows every address. An IPv4 address seen as IPv6 (`::ffff:192.0.2.1`) counts as the IPv4 address.
 */
export function addressAllowed(ip: string, cidrs: readonly string[]): boolean {
  if (cidrs.length === 0) return true;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  const address = mapped ? mapped[1]! : ip;
  const family = isIPv4(address) ? "ipv4" : isIPv6(address) ? "ipv6" : null;
  if (!family) return false;
  const list = new BlockList();
  for (const text of cidrs) {
    const cidr = parseCidr(text);
    if (cidr) list.addSubnet(cidr.address, cidr.prefix, cidr.family);
  }
  return list.check(address, family);
}
