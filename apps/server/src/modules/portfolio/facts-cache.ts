import type { Database, PortfolioRow } from "@regiehub/db";
import type { PortfolioEntry } from "@regiehub/domain";

// The portfolio's facts and signals per case, kept between requests by the hub (one cache per database
// handle, so each hub has its own). An entry is used only while the case's facts key (loadPortfolioKeys: the
// case row's version and its newest event, read fresh for every request) and "today" are what they were when
// it was computed; otherwise the case's facts are loaded again. So a page of a large portfolio reads one cheap
// key per case and the full facts only of the cases that changed — the same answer as loading all facts.
// Nothing here decides access: which cases are in the portfolio is the keys statement's, scoped by case.read.

export interface CachedPortfolioCase {
  factsKey: string;
  today: string;
  row: PortfolioRow;
  entry: PortfolioEntry;
}

/** At most this many cases per hub; past it the cache starts afresh (it only saves work). */
const MAX_CASES = 100_000;

const caches = new WeakMap<Database, Map<string, CachedPortfolioCase>>();

export function portfolioCache(db: Database): Map<string, CachedPortfolioCase> {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  if (cache.size > MAX_CASES) cache.clear();
  return cache;
}
