import { useCallback, useEffect, useRef, useState } from "react";

/** How long a changed entry stays marked (its colour fades with CSS meanwhile). */
export const HIGHLIGHT_MS = 8000;

export interface LiveHighlight {
  /** Ids of the entries that changed while the page was open (added, or a higher version). */
  highlighted: ReadonlySet<string>;
  /** What changed, in words, for a polite live region (screen readers). */
  announcement: string;
  /**
   * The viewer is about to change this entry: its next change is not "live" (not marked, not announced).
   * Returns the undo for when the change failed.
   */
  ignoreNextChange: (id: string) => () => void;
}

/**
 * Marks the entries of a list that changed after it was first shown — by someone else, arriving through a
 * live reload — and says what changed. Compares each entry's `version` with the one shown before; a change of
 * `resetKey` (other filters, another case) starts over without marking anything. Each mark is removed after
 * `HIGHLIGHT_MS`.
 */
export function useLiveHighlight<T extends { id: string; version: number }>(
  items: readonly T[] | undefined,
  resetKey: string,
  describe: (item: T, added: boolean) => string,
): LiveHighlight {
  const shown = useRef<{ key: string; versions: Map<string, number> } | null>(null);
  const ignored = useRef(new Set<string>());
  const timers = useRef(new Map<string, ReturnType<typeof setTimeout>>());
  const describeRef = useRef(describe);
  describeRef.current = describe;
  const [highlighted, setHighlighted] = useState<ReadonlySet<string>>(new Set());
  const [announcement, setAnnouncement] = useState("");

  useEffect(() => {
    if (!items) return;
    const versions = new Map(items.map((i) => [i.id, i.version]));
    const before = shown.current;
    shown.current = { key: resetKey, versions };
    if (!before || before.key !== resetKey) {
      setHighlighted(new Set());
      return;
    }
    const changed = items.filter((i) => {
      const was = before.versions.get(i.id);
      if (was !== undefined && i.version <= was) return false;
      if (ignored.current.delete(i.id)) return false;
      return true;
    });
    if (changed.length === 0) return;
    setAnnouncement(changed.map((i) => describeRef.current(i, !before.versions.has(i.id))).join(" "));
    setHighlighted((current) => new Set([...current, ...changed.map((i) => i.id)]));
    for (const { id } of changed) {
      const running = timers.current.get(id);
      if (running !== undefined) clearTimeout(running);
      timers.current.set(
        id,
        setTimeout(() => {
          timers.current.delete(id);
          setHighlighted((current) => new Set([...current].filter((c) => c !== id)));
        }, HIGHLIGHT_MS),
      );
    }
  }, [items, resetKey]);

  useEffect(() => {
    const running = timers.current;
    return () => {
      for (const timer of running.values()) clearTimeout(timer);
      running.clear();
    };
  }, []);

  const ignoreNextChange = useCallback((id: string) => {
    ignored.current.add(id);
    return () => {
      ignored.current.delete(id);
    };
  }, []);

  return { highlighted, announcement, ignoreNextChange };
}
