/**
 * The activation preference lists of one DAG's databases in the primary site, balanced so that the active databases
 * of every tolerated failure spread evenly over the survivors. A plan, not a figure: plain TypeScript without I/O.
 */

/** Every set of at most `size` servers of `0..servers-1`, the empty set first. */
export function failureSets(servers: number, size: number): number[][] {
  const sets: number[][] = [[]];
  const grow = (set: number[], from: number) => {
    if (set.length === size) return;
    for (let s = from; s < servers; s++) {
      const next = [...set, s];
      sets.push(next);
      grow(next, s + 1);
    }
  };
  grow([], 0);
  return sets;
}

/** The server that mounts a database when the servers of `failed` are down: its first surviving copy's [L:S49]. */
export function activeServer<T>(preference: readonly T[], failed: ReadonlySet<T>): T | undefined {
  return preference.find((server) => !failed.has(server));
}

/**
 * The least excess over the even share ceil(N / survivors) that any layout mounting N / S databases on each server in
 * normal operation can reach, over the failures of at most F servers. Each database has a second copy and N = r x S,
 * so some server X holds at least r of the N second copies; the failure of the active servers of m = min(r, F) of
 * them (at most m servers, never X) moves those m databases to X, which then mounts r + m where the even share is
 * ceil(N / (S - m)). With S = 16, C = 4, F = 3 and N = 48 (r = 3): 3 + 3 = 6 against ceil(48 / 13) = 4, so 2.
 */
export function leastExcess(servers: number, databases: number, copies: number, failures: number): number {
  const F = Math.max(0, Math.min(failures, Math.min(copies, servers) - 1));
  const r = Math.floor(databases / servers);
  let least = 0;
  for (let m = 1; m <= Math.min(r, F); m++) least = Math.max(least, r + m - Math.ceil(databases / (servers - m)));
  return least;
}

/** Offset vectors (S - 1)! / (S - C)! a round may try every one of (S = 16, C = 5: 32,760); above it, level by level. */
const EXHAUSTIVE_VECTORS = 50_000;
/** What going over a cap costs: more than any sum of squares a vector adds, so a vector within the caps wins. */
const OVER_CAP = 1e9;

/**
 * The preference lists (server indexes 0..S-1) of one DAG's databases in the primary site.
 *
 * The databases go round the servers in rounds of S: in a round, database a is active on server a and its copy of
 * preference p on server (a + d_p) mod S, one offset vector d per round, so every server holds exactly one copy of
 * each preference per round (C x N / S copies in all, the design's databaseCopiesPerServer) and mounts N / S in
 * normal operation. Rounds are alike under rotation, so the databases failure set K + t moves are those K moves,
 * shifted by t: one failure set per rotation class is counted, weighed by the sets it stands for.
 *
 * Each round takes the vector that keeps the active databases of every tolerated failure (every set of at most F
 * servers) most even over the survivors: the least sum of squares of their counts, all the rounds before it counted,
 * a survivor above the even share rounded down plus one costing more than any square. Where these greedy rounds leave
 * a survivor more than one database above the even share ceil(N / survivors), a repair replaces one round's vector at
 * a time by the one that most lowers the excess, until none is above it (or above leastExcess, where one cannot be
 * met). No randomness: the same design gives the same layout. Beyond EXHAUSTIVE_VECTORS (C above 5 on 16 servers)
 * the vector is chosen one preference at a time and not repaired. N not a multiple of S (each site's half of an
 * active/active DAG, active-active-layout.ts) takes the first N databases of whole rounds; leastExcess assumes whole
 * rounds, so the balance of such a half is checked by its own tests, not proven minimal.
 */
export function dagPreferences(servers: number, databases: number, copies: number, failures: number): number[][] {
  const S = servers;
  // Failure sets are bit masks of 32-bit integers; a DAG has at most 16 members [S37].
  if (!Number.isInteger(S) || S < 1 || S > 30) throw new RangeError(`a DAG of ${S} servers: 1 to 30 can be laid out`);
  const C = Math.min(copies, S);
  const F = Math.max(0, Math.min(failures, C - 1));
  const rounds = Math.ceil(databases / S);
  const tally = new Tally(S, failureOrbits(S, F));
  let vectors = 1;
  for (let i = 1; i < C; i++) vectors *= S - i;
  const exhaustive = vectors <= EXHAUSTIVE_VECTORS;
  const share = (k: number) => databases / (S - k);
  tally.setCaps((k) => Math.floor(share(k)) + 1);
  const chosen: number[][] = [];
  for (let round = 0; round < rounds; round++) {
    const best = tally.bestVector(C, round, exhaustive, chosen[round - 1]);
    chosen.push(best);
    tally.add(best, 1);
  }
  if (exhaustive) {
    // The property: at most one database above the even share, or the least excess where one is not reachable.
    const allowed = Math.max(1, leastExcess(S, databases, C, F));
    tally.setCaps((k) => Math.ceil(share(k)) + allowed);
    repair(chosen, tally);
  }
  return chosen
    .flatMap((d) => Array.from({ length: S }, (_, a) => [0, ...d].map((o) => (a + o) % S)))
    .slice(0, databases);
}

/** A failure set up to rotation: a bit mask of its servers, the servers, and how many failure sets it stands for. */
interface FailureOrbit {
  readonly mask: number;
  readonly failed: readonly number[];
  readonly sets: number;
}

/** One failure set of each rotation class of the non-empty sets of at most F of S servers (the least mask). */
function failureOrbits(S: number, F: number): FailureOrbit[] {
  const all = (1 << S) - 1;
  const rotate = (mask: number, t: number) => ((mask << t) | (mask >>> (S - t))) & all;
  const sets = new Map<number, number>();
  for (const set of failureSets(S, F).slice(1)) {
    const mask = set.reduce((m, s) => m | (1 << s), 0);
    let least = mask;
    for (let t = 1; t < S; t++) least = Math.min(least, rotate(mask, t));
    sets.set(least, (sets.get(least) ?? 0) + 1);
  }
  const servers = Array.from({ length: S }, (_, s) => s);
  return [...sets]
    .sort(([a], [b]) => a - b)
    .map(([mask, n]) => ({ mask, failed: servers.filter((s) => (mask >> s) & 1), sets: n }));
}

/**
 * What the survivors of each failure orbit have received from its failed servers, the rounds so far, in cells
 * k x S + s (orbit k, survivor s), and the search for the next round's offset vector against it.
 */
class Tally {
  private readonly received: Int32Array;
  /** Per cell: the failure sets its orbit stands for; how many a survivor may receive within its cap, own excluded. */
  private readonly weight: Int32Array;
  private readonly cap: Int32Array;
  /** Moves of the vector being tried, on top of `received`. */
  private readonly extra: Int32Array;
  /** The databases of a round active on a failed server, one per (orbit k, failed a): k x S + a. */
  private readonly pairs: Int32Array;
  private readonly masks: Int32Array;

  constructor(
    private readonly S: number,
    private readonly orbits: readonly FailureOrbit[],
  ) {
    this.received = new Int32Array(orbits.length * S);
    this.weight = Int32Array.from(this.received, (_, cell) => orbits[(cell / S) | 0]!.sets);
    this.cap = new Int32Array(orbits.length * S);
    this.extra = new Int32Array(orbits.length * S);
    this.pairs = Int32Array.from(orbits.flatMap((o, k) => o.failed.map((a) => k * S + a)));
    this.masks = Int32Array.from(orbits, (o) => o.mask);
  }

  /** The most a survivor of a set of k failed servers may mount, by k. */
  setCaps(most: (failed: number) => number): void {
    this.cap.forEach((_, cell) => {
      this.cap[cell] = most(this.orbits[(cell / this.S) | 0]!.failed.length);
    });
  }

  /** Adds (or takes away) the moves of a round with offset vector d. */
  add(d: readonly number[], sign: 1 | -1): void {
    for (const cell of this.moves(d)) this.received[cell]! += sign;
  }

  /** Where a round with offset vector d moves the databases of the failed servers, one cell per database. */
  private moves(d: readonly number[]): number[] {
    const { S, masks } = this;
    const cells: number[] = [];
    for (const pair of this.pairs) {
      const k = (pair / S) | 0;
      for (const o of d) {
        const s = ((pair % S) + o) % S;
        if (!((masks[k]! >> s) & 1)) {
          cells.push(k * S + s);
          break;
        }
      }
    }
    return cells;
  }

  /**
   * What a round with offset vector d adds: the rise in the sum of squares of the survivors' counts over every
   * failure set (their own databases add the same to every vector), plus OVER_CAP for each count above its cap.
   */
  cost(d: readonly number[], own: number): number {
    const cells = this.moves(d);
    let cost = 0;
    for (const cell of cells) cost += this.step(cell, own);
    for (const cell of cells) this.extra[cell]!--;
    return cost;
  }

  /** One more database to a cell: what it costs, counted into `extra`. */
  private step(cell: number, own: number): number {
    const n = this.received[cell]! + this.extra[cell]!++;
    return this.weight[cell]! * (2 * n + 1) + (own + n + 1 > this.cap[cell]! ? OVER_CAP : 0);
  }

  /**
   * The offset vector of least cost for a round, survivors mounting `own` databases of their own: a depth-first search
   * over d_1, d_2, ... in increasing order, which resolves at each level the databases whose copies so far are all
   * down and leaves a branch once its cost reaches the best (every move costs more than nothing); the first of least
   * cost, as trying every vector in order would find. A known vector's cost, `incumbent`, bounds the search from the
   * start (costs are whole numbers: half above it keeps the earlier vectors of equal cost). Not `exhaustive`: the least
   * partial cost, level by level.
   */
  bestVector(C: number, own: number, exhaustive: boolean, incumbent?: readonly number[]): number[] {
    const search: Search = {
      C,
      own,
      exhaustive,
      vector: [],
      used: new Uint8Array(this.S),
      pending: Array.from({ length: C }, (_, level) => (level === 0 ? this.pairs : new Int32Array(this.pairs.length))),
      touched: Array.from({ length: C }, () => new Int32Array(this.pairs.length)),
      best: incumbent ? [...incumbent] : [],
      bestCost: exhaustive && incumbent ? this.cost(incumbent, own) + 0.5 : Number.POSITIVE_INFINITY,
    };
    this.visit(search, this.pairs.length, 0);
    if (!exhaustive) this.extra.fill(0);
    return search.best;
  }

  private visit(search: Search, pendingCount: number, cost: number): void {
    const { S, masks, extra } = this;
    const { vector, used } = search;
    const level = vector.length;
    if (level === search.C - 1 || pendingCount === 0) {
      // Every database moved: the rest of the vector changes nothing, so its least free offsets in order.
      if (cost < search.bestCost) {
        search.best = [...vector];
        for (let d = 1; search.best.length < search.C - 1; d++) if (!used[d]) search.best.push(d);
        search.bestCost = cost;
      }
      return;
    }
    const pending = search.pending[level]!;
    const next = search.pending[level + 1]!;
    const touched = search.touched[level]!;
    let levelBest = -1;
    let levelCost = Number.POSITIVE_INFINITY;
    for (let d = 1; d < S; d++) {
      if (used[d]) continue;
      let nextCount = 0;
      let touchedCount = 0;
      let c = cost;
      // Each database still to move costs at least its orbit's weight: the bound a branch must stay under.
      let bound = cost;
      for (let i = 0; i < pendingCount && bound < search.bestCost; i++) {
        const pair = pending[i]!;
        const k = (pair / S) | 0;
        const s = ((pair % S) + d) % S;
        if ((masks[k]! >> s) & 1) {
          next[nextCount++] = pair;
          bound += this.weight[pair]!;
        } else {
          touched[touchedCount++] = k * S + s;
          const added = this.step(k * S + s, search.own);
          c += added;
          bound += added;
        }
      }
      if (search.exhaustive && bound < search.bestCost) {
        vector.push(d);
        used[d] = 1;
        this.visit(search, nextCount, c);
        used[d] = 0;
        vector.pop();
      } else if (!search.exhaustive && c < levelCost) [levelBest, levelCost] = [d, c];
      for (let i = 0; i < touchedCount; i++) extra[touched[i]!]!--;
    }
    if (levelBest > 0) {
      // Level by level: keep the cheapest offset's moves (in `extra` until the search ends) and go on from it alone.
      let nextCount = 0;
      let c = cost;
      for (let i = 0; i < pendingCount; i++) {
        const pair = pending[i]!;
        const k = (pair / S) | 0;
        const s = ((pair % S) + levelBest) % S;
        if ((masks[k]! >> s) & 1) next[nextCount++] = pair;
        else c += this.step(k * S + s, search.own);
      }
      vector.push(levelBest);
      used[levelBest] = 1;
      this.visit(search, nextCount, c);
    }
  }

  /** How many databases survivors mount above their caps, each with `own` of its own, summed. */
  over(own: number): number {
    let over = 0;
    for (let cell = 0; cell < this.received.length; cell++)
      over += Math.max(0, own + this.received[cell]! - this.cap[cell]!);
    return over;
  }
}

/** The state of one search for a round's offset vector (Tally.bestVector). */
interface Search {
  readonly C: number;
  readonly own: number;
  readonly exhaustive: boolean;
  readonly vector: number[];
  readonly used: Uint8Array;
  /** Per level: the databases not yet moved, and the cells the offset being tried moved databases to. */
  readonly pending: Int32Array[];
  readonly touched: Int32Array[];
  best: number[];
  bestCost: number;
}

/**
 * Replaces one round's vector at a time by the vector that most lowers (first) how far the survivors go above their
 * caps, (then) the sum of squares, until none is above them or no replacement lowers it. Each replacement strictly
 * lowers that cost, so it ends; rounds are tried in order and ties keep the vector in place.
 */
function repair(chosen: number[][], tally: Tally): void {
  const own = chosen.length;
  const C = (chosen[0]?.length ?? 0) + 1;
  let changed = true;
  while (changed && tally.over(own) > 0) {
    changed = false;
    for (let round = 0; round < chosen.length && tally.over(own) > 0; round++) {
      const current = chosen[round]!;
      tally.add(current, -1);
      const best = tally.bestVector(C, own, true, current);
      const better = tally.cost(best, own) < tally.cost(current, own);
      chosen[round] = better ? best : current;
      tally.add(chosen[round]!, 1);
      changed ||= better;
    }
  }
}
