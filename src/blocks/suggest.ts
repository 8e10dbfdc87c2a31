/** Levenshtein distance, case-insensitive: how many single-letter edits turn one word into the other. */
export function editDistance(a: string, b: string): number {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  let previous = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const current = [i];
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    previous = current;
  }
  return previous[t.length]!;
}

/**
 * The known word closest to what was typed, if it is close enough to be a typo: at most a third of its
 * letters wrong (at least one edit allowed, so `nme` finds `name`). Ties go to the first known word.
 */
export function didYouMean(typed: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const word of known) {
    const d = editDistance(typed, word);
    if (d < bestDistance) {
      best = word;
      bestDistance = d;
    }
  }
  const allowed = Math.max(1, Math.floor(Math.max(typed.length, best?.length ?? 0) / 3));
  return best !== undefined && bestDistance <= allowed ? best : undefined;
}
