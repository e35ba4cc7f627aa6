/**
 * The database copy layout of a DAG option: which mailbox server holds which copy of which database, with which
 * activation preference. A plan, not a figure: it is computed here, in plain TypeScript and without I/O, from the
 * figures the model evaluated for the option (src/sizing/dag-layout.ts, database-capacity.ts, role-vms.ts).
 */

/** What the layout of one option is made from: figures of the option and the scenario's copy inputs. */
export interface LayoutInputs {
  /** DAGs (`dags`). */
  readonly dags: number;
  /** Mailbox servers per DAG in the primary site (`memberServers`, S). */
  readonly serversPerDag: number;
  /** Databases per DAG (`databasesPerDag`, a multiple of S). */
  readonly databasesPerDag: number;
  /** Copies of each database in the primary site, the active one included (`databaseCopiesInSite`, C). */
  readonly copiesInSite: number;
  /** Server failures the DAG survives (`serverFailuresTolerated`, F < C). */
  readonly failuresTolerated: number;
  /** DR-site members of each DAG (`drMailboxServersPerDag`). */
  readonly drServersPerDag: number;
  /** Non-lagged copies of each database at the DR site (input dr_copies, where the option places DR copies). */
  readonly drCopies: number;
  /** Lagged copies of each database at the DR site (input lagged_copies, option `dag-lagged-dr`). */
  readonly laggedCopies: number;
  /** Replay lag of the lagged copies, in days (input replay_lag_days). */
  readonly replayLagDays: number;
  /** Mailboxes per database (`mailboxesPerDatabase`), for the reader. */
  readonly mailboxesPerDatabase: number;
}

export type CopyKind = 'active' | 'passive' | 'dr' | 'lagged';

export interface DatabaseCopy {
  readonly server: string;
  /** 1 for the copy mounted in normal operation; Active Manager prefers the lowest surviving number [L:S49]. */
  readonly activationPreference: number;
  readonly kind: CopyKind;
  /** Days of replay lag: 0 except for lagged copies. */
  readonly replayLagDays: number;
}

export interface LayoutDatabase {
  readonly name: string;
  readonly dag: number;
  /** The copies in activation preference order: the primary site's first, then the DR site's, lagged last. */
  readonly copies: readonly DatabaseCopy[];
}

export interface LayoutServer {
  readonly name: string;
  readonly dag: number;
  readonly site: 'primary' | 'dr';
}

export interface CopyLayout {
  readonly servers: readonly LayoutServer[];
  readonly databases: readonly LayoutDatabase[];
}

/** Mailbox server names as the placement plan names them (src/options/site-vms.ts). */
export const primaryServerName = (dag: number, member: number) => `MBX-DAG${dag}-${member}`;
export const drServerName = (dag: number, member: number) => `MBX-DR-DAG${dag}-${member}`;

/** Database names padded to the digits of the largest number, at least two, as the calculator's `DAG-nn-DB01`. */
export function databaseName(dag: number, index: number, perDag: number): string {
  const width = Math.max(2, String(perDag).length);
  return `DAG${dag}-DB${String(index).padStart(width, '0')}`;
}

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

/** The server that mounts a database when the servers of `failed` are down: its first surviving copy's. */
export function activeServer<T>(preference: readonly T[], failed: ReadonlySet<T>): T | undefined {
  return preference.find((server) => !failed.has(server));
}

/** Work one round's search may take (candidate offset vectors x databases x failure sets): above it, level by level. */
const SEARCH_BUDGET = 30_000_000;

/**
 * The preference lists (server indexes 0..S-1) of one DAG's databases in the primary site.
 *
 * The databases go round the servers in rounds of S: in a round, database a is active on server a and its copy of
 * preference p on server (a + d_p) mod S, one offset vector d per round, so every server holds exactly one copy of
 * each preference per round (C x N / S copies in all, the design's databaseCopiesPerServer). Each round takes the
 * offset vector that keeps the active databases of every tolerated failure (every set of at most F servers) most
 * even over the survivors: the least sum of squares of their counts, all the rounds before it counted. Over all
 * (S - 1)! / (S - C)! offset vectors every ordered choice of C servers appears once, which is perfectly even.
 * Where trying every vector would take too long (large S, C and F), the vector is chosen one preference at a time.
 */
export function dagPreferences(servers: number, databases: number, copies: number, failures: number): number[][] {
  const S = servers;
  const C = Math.min(copies, S);
  const F = Math.max(0, Math.min(failures, C - 1));
  const masks = failureSets(S, F)
    .slice(1)
    .map((set) => set.reduce((m, s) => m | (1 << s), 0));
  // counts[k * S + s]: the active databases server s mounts while the servers of failure set k are down.
  const counts = new Int32Array(masks.length * S);
  // The failure sets that take down server a: only they move a database active on a.
  const setsDown = Array.from({ length: S }, (_, a) => masks.flatMap((m, k) => ((m >> a) & 1 ? [k] : [])));
  // The most a survivor of failure set k may mount: one above the even share N / (S - |k|), rounded down.
  const caps = masks.map((m) => Math.floor(databases / (S - popCount(m))) + 1);
  const vectors = C > 1 ? offsetVectors(S, C - 1) : [[]];
  const exhaustive = vectors.length * S * (setsDown[0]?.length ?? 0) * C <= SEARCH_BUDGET;
  const rounds = Math.ceil(databases / S);
  const result: number[][] = [];
  for (let round = 0; round < rounds; round++) {
    const members = Math.min(S, databases - round * S);
    const cost = (offsets: readonly number[]) => roundCost(offsets, members, S, masks, setsDown, counts, caps);
    let best: readonly number[];
    if (exhaustive) best = argmin(vectors, cost);
    else {
      const chosen: number[] = [];
      for (let level = 1; level < C; level++) {
        const free = Array.from({ length: S - 1 }, (_, i) => i + 1).filter((d) => !chosen.includes(d));
        chosen.push(argmin(free, (d) => cost([...chosen, d]))!);
      }
      best = chosen;
    }
    const offsets = [0, ...best];
    for (let a = 0; a < members; a++) {
      const preference = offsets.map((d) => (a + d) % S);
      result.push(preference);
      masks.forEach((mask, k) => {
        const server = preference.find((s) => !((mask >> s) & 1));
        if (server !== undefined) counts[k * S + server]!++;
      });
    }
  }
  return result;
}

/** What going over a failure set's cap costs: more than any sum of squares, so a vector within the caps wins. */
const OVER_CAP = 1e9;

const popCount = (mask: number) => {
  let n = 0;
  for (let m = mask; m; m &= m - 1) n++;
  return n;
};

/** Every ordered choice of `length` distinct offsets 1..S-1, in lexicographic order. */
function offsetVectors(S: number, length: number): number[][] {
  const out: number[][] = [];
  const grow = (vector: number[]) => {
    if (vector.length === length) {
      out.push(vector);
      return;
    }
    for (let d = 1; d < S; d++) if (!vector.includes(d)) grow([...vector, d]);
  };
  grow([]);
  return out;
}

/** The first item of least cost (ties keep the earlier: the layout is deterministic). */
function argmin<T>(items: readonly T[], cost: (item: T) => number): T {
  let best = items[0] as T;
  let bestCost = Number.POSITIVE_INFINITY;
  for (const item of items) {
    const c = cost(item);
    if (c < bestCost) [best, bestCost] = [item, c];
  }
  return best;
}

/**
 * What a round with these offsets (the first copies' only, when the vector is still being chosen) adds to the sum of
 * squares of the counts: each failure set that takes down a database's active server moves it to its first surviving
 * copy among those chosen (a database with none left surviving is counted at a later level).
 */
function roundCost(
  offsets: readonly number[],
  members: number,
  S: number,
  masks: readonly number[],
  setsDown: readonly (readonly number[])[],
  counts: Int32Array,
  caps: readonly number[],
): number {
  let cost = 0;
  const added = new Map<number, number>();
  for (let a = 0; a < members; a++) {
    for (const k of setsDown[a]!) {
      const mask = masks[k]!;
      let server = -1;
      for (const d of offsets) {
        const s = (a + d) % S;
        if (!((mask >> s) & 1)) {
          server = s;
          break;
        }
      }
      if (server < 0) continue;
      const at = k * S + server;
      const extra = added.get(at) ?? 0;
      const reached = counts[at]! + extra + 1;
      cost += 2 * reached - 1 + (reached > caps[k]! ? OVER_CAP : 0);
      added.set(at, extra + 1);
    }
  }
  return cost;
}

/**
 * The layout of every DAG of an option: the primary-site copies balanced as dagPreferences lays them out, then each
 * database's DR copies, non-lagged first: the first on DR server j mod D (database j), so the copies a site loss
 * activates spread evenly over the DR servers, the others each on the least loaded DR server without a copy of it.
 *
 * @example
 * copyLayout({ dags: 1, serversPerDag: 3, databasesPerDag: 3, copiesInSite: 2, failuresTolerated: 1, drServersPerDag: 0,
 *   drCopies: 0, laggedCopies: 0, replayLagDays: 0, mailboxesPerDatabase: 100 }).databases[0]!.copies.map((c) => c.server);
 * // ['MBX-DAG1-1', 'MBX-DAG1-2']
 */
export function copyLayout(inputs: LayoutInputs): CopyLayout {
  const servers: LayoutServer[] = [];
  const databases: LayoutDatabase[] = [];
  const drPerDatabase = inputs.drCopies + inputs.laggedCopies;
  // Every DAG of an option is alike: one search serves them all.
  const preferences = dagPreferences(
    inputs.serversPerDag,
    inputs.databasesPerDag,
    inputs.copiesInSite,
    inputs.failuresTolerated,
  );
  for (let dag = 1; dag <= inputs.dags; dag++) {
    for (let m = 1; m <= inputs.serversPerDag; m++)
      servers.push({ name: primaryServerName(dag, m), dag, site: 'primary' });
    for (let m = 1; m <= inputs.drServersPerDag; m++) servers.push({ name: drServerName(dag, m), dag, site: 'dr' });
    const D = inputs.drServersPerDag;
    const drLevels = Math.min(drPerDatabase, D);
    // DR copies level by level: the first round robin over the DR servers (a site loss activates it), each later
    // one on the least loaded DR server that holds no copy of the database yet.
    const drServers = preferences.map(() => [] as number[]);
    const drLoad = new Array<number>(D).fill(0);
    for (let level = 0; level < drLevels; level++) {
      preferences.forEach((_, j) => {
        const held = drServers[j]!;
        let pick = level === 0 ? j % D : -1;
        if (level > 0)
          for (let step = 0; step < D; step++) {
            const s = (j + level + step) % D;
            if (!held.includes(s) && (pick < 0 || drLoad[s]! < drLoad[pick]!)) pick = s;
          }
        held.push(pick);
        drLoad[pick]!++;
      });
    }
    preferences.forEach((preference, j) => {
      const copies: DatabaseCopy[] = preference.map((s, p) => ({
        server: primaryServerName(dag, s + 1),
        activationPreference: p + 1,
        kind: p === 0 ? 'active' : 'passive',
        replayLagDays: 0,
      }));
      drServers[j]!.forEach((s, i) => {
        const lagged = i >= inputs.drCopies;
        copies.push({
          server: drServerName(dag, s + 1),
          activationPreference: copies.length + 1,
          kind: lagged ? 'lagged' : 'dr',
          replayLagDays: lagged ? inputs.replayLagDays : 0,
        });
      });
      databases.push({ name: databaseName(dag, j + 1, inputs.databasesPerDag), dag, copies });
    });
  }
  return { servers, databases };
}

/** The copies each server holds, by server name. */
export function copiesPerServer(layout: CopyLayout): Map<string, number> {
  const held = new Map(layout.servers.map((s) => [s.name, 0]));
  for (const db of layout.databases) for (const c of db.copies) held.set(c.server, (held.get(c.server) ?? 0) + 1);
  return held;
}
