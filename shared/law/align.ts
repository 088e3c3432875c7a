// Pairing of sibling units (articles of a document, 항 of an article …): by number first, then moved
// or renumbered units by identical text (hash, linear), then by similarity among the few leftovers.

export interface Pair<T> {
  old: T | null;
  new: T | null;
}

export interface AlignSpec<T> {
  key: (t: T) => string;
  /** Comparison content of the whole subtree, without the unit's own number. */
  content: (t: T) => string;
  similarity: (a: T, b: T) => number;
  /** Content too generic to prove a move (placeholders, one-word items). */
  movable: (t: T) => boolean;
  /** Cheap exact-equality test tried before computing content (identical source). */
  identical?: (a: T, b: T) => boolean;
  /** `삭제` placeholders: they stay with the unit of their number (a deletion), never a move. */
  pinned: (t: T) => boolean;
}

const MAX_PAIRWISE = 400;

export function alignSiblings<T>(olds: readonly T[], news: readonly T[], spec: AlignSpec<T>): Pair<T>[] {
  const pairOfNew = new Array<number>(news.length).fill(-1);
  const pairOfOld = new Array<number>(olds.length).fill(-1);
  const oldByKey = new Map<string, number>();
  olds.forEach((o, i) => {
    const k = spec.key(o);
    if (!oldByKey.has(k)) oldByKey.set(k, i);
  });
  const link = (oi: number, ni: number): void => {
    pairOfOld[oi] = ni;
    pairOfNew[ni] = oi;
  };
  // Content is computed lazily: most units are byte-identical and never need it.
  const newCache: Array<string | undefined> = [];
  const oldCache: Array<string | undefined> = [];
  const newContent = (i: number): string => (newCache[i] ??= spec.content(news[i] as T));
  const oldContent = (i: number): string => (oldCache[i] ??= spec.content(olds[i] as T));

  // 0. A placeholder in the new text marks the deletion of the unit with that number.
  news.forEach((n, ni) => {
    if (!spec.pinned(n)) return;
    const oi = oldByKey.get(spec.key(n));
    if (oi !== undefined && pairOfOld[oi] === -1) link(oi, ni);
  });

  // 1. Same number, same text.
  news.forEach((n, ni) => {
    const oi = oldByKey.get(spec.key(n));
    if (oi === undefined || pairOfOld[oi] !== -1 || pairOfNew[ni] !== -1) return;
    const o = olds[oi] as T;
    if (spec.identical?.(o, n) || oldContent(oi) === newContent(ni)) link(oi, ni);
  });

  // 2. Same text under another number: a move. Nearest old position wins. When both lists hold the same
  // numbers nothing was inserted or deleted, so units keep their numbers and their texts changed in
  // place (a reorganisation of 목 is amended word by word), unless the number was a `삭제` slot.
  const sameNumbers =
    olds.length === news.length && news.every((n) => oldByKey.has(spec.key(n))) && oldByKey.size === olds.length;
  const slotTaken = (ni: number): boolean => {
    const oi = oldByKey.get(spec.key(news[ni] as T));
    return sameNumbers && oi !== undefined && !spec.pinned(olds[oi] as T);
  };
  const freeOldByContent = new Map<string, number[]>();
  olds.forEach((o, oi) => {
    if (pairOfOld[oi] !== -1 || !spec.movable(o)) return;
    const c = oldContent(oi);
    const list = freeOldByContent.get(c);
    if (list) list.push(oi);
    else freeOldByContent.set(c, [oi]);
  });
  news.forEach((n, ni) => {
    if (pairOfNew[ni] !== -1 || !spec.movable(n) || slotTaken(ni)) return;
    const list = freeOldByContent.get(newContent(ni));
    if (!list) return;
    const free = list.filter((oi) => pairOfOld[oi] === -1);
    if (!free.length) return;
    const best = free.reduce((b, oi) => (Math.abs(oi - ni) < Math.abs(b - ni) ? oi : b));
    link(best, ni);
  });

  // 3. Same number, similar text.
  news.forEach((n, ni) => {
    if (pairOfNew[ni] !== -1) return;
    const oi = oldByKey.get(spec.key(n));
    const o = oi === undefined ? undefined : olds[oi];
    if (oi !== undefined && o !== undefined && pairOfOld[oi] === -1 && spec.similarity(o, n) >= 0.35) link(oi, ni);
  });

  // 4. Similar text under another number, only among the leftovers.
  const restOld = olds.map((_, i) => i).filter((i) => pairOfOld[i] === -1);
  const restNew = news.map((_, i) => i).filter((i) => pairOfNew[i] === -1);
  if (restOld.length && restNew.length && restOld.length * restNew.length <= MAX_PAIRWISE) {
    const cands: Array<[number, number, number]> = [];
    for (const oi of restOld) {
      const o = olds[oi];
      if (o === undefined || !spec.movable(o)) continue;
      for (const ni of restNew) {
        const n = news[ni];
        if (n === undefined || !spec.movable(n) || slotTaken(ni)) continue;
        const s = spec.similarity(o, n);
        if (s >= 0.6) cands.push([s, oi, ni]);
      }
    }
    cands.sort((x, y) => y[0] - x[0]);
    for (const [, oi, ni] of cands) if (pairOfOld[oi] === -1 && pairOfNew[ni] === -1) link(oi, ni);
  }

  // 5. Whatever still shares a number is a rewrite of that unit.
  news.forEach((n, ni) => {
    if (pairOfNew[ni] !== -1) return;
    const oi = oldByKey.get(spec.key(n));
    if (oi !== undefined && pairOfOld[oi] === -1) link(oi, ni);
  });

  // Output in new order; unpaired old units right before the first unit that follows them in old order.
  const out: Pair<T>[] = [];
  let nextOld = 0;
  const flushOld = (upto: number): void => {
    for (; nextOld < upto; nextOld++) {
      const o = olds[nextOld];
      if (pairOfOld[nextOld] === -1 && o !== undefined) out.push({ old: o, new: null });
    }
  };
  news.forEach((n, ni) => {
    const oi = pairOfNew[ni] ?? -1;
    if (oi >= 0 && oi >= nextOld) flushOld(oi);
    out.push({ old: oi >= 0 ? (olds[oi] ?? null) : null, new: n });
  });
  flushOld(olds.length);
  return out;
}
