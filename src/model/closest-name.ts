function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++)
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length]!;
}

/** The known name a typo most likely meant, if one is close enough (a few edits away). */
export function closestName(name: string, known: Iterable<string>): string | undefined {
  let best: { candidate: string; edits: number } | undefined;
  for (const candidate of known) {
    const edits = distance(name.toLowerCase(), candidate.toLowerCase());
    if (!best || edits < best.edits) best = { candidate, edits };
  }
  return best && best.edits <= Math.max(2, Math.floor(name.length / 3)) ? best.candidate : undefined;
}

/** What an unknown name was expected to be: the closest known one, or where the known ones are listed. */
export function expectedName(kind: string, name: string, known: Iterable<string>, listedIn: string): string {
  const suggestion = closestName(name, known);
  return suggestion ? `a known ${kind} (did you mean ${suggestion}?)` : `a known ${kind}, as listed in ${listedIn}`;
}
