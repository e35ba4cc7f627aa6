import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  activeServer,
  type CopyLayout,
  copiesPerServer,
  copyLayout,
  dagPreferences,
  failureSets,
  type LayoutInputs,
  leastExcess,
} from '../src/plan/copy-layout.js';

/**
 * The most active databases any survivor mounts above the even share, over every tolerated failure. Databases are
 * whole: an even spread of N over the S - k survivors gives each at most ceil(N / (S - k)), the even share.
 */
function worstExcess(preferences: readonly number[][], S: number, F: number): number {
  let worst = 0;
  for (const set of failureSets(S, F)) {
    const failed = new Set(set);
    const counts = new Array<number>(S).fill(0);
    for (const p of preferences) {
      const s = activeServer(p, failed);
      if (s !== undefined) counts[s]!++;
    }
    const share = Math.ceil(preferences.length / (S - set.length));
    counts.forEach((n, s) => {
      if (!failed.has(s)) worst = Math.max(worst, n - share);
    });
  }
  return worst;
}

const inputs = (over: Partial<LayoutInputs>): LayoutInputs => ({
  dags: 1,
  serversPerDag: 6,
  databasesPerDag: 102,
  copiesInSite: 3,
  failuresTolerated: 2,
  drServersPerDag: 0,
  drCopies: 0,
  laggedCopies: 0,
  replayLagDays: 0,
  mailboxesPerDatabase: 235,
  ...over,
});

function checkCopies(layout: CopyLayout, copies: number): void {
  for (const db of layout.databases) {
    expect(db.copies).toHaveLength(copies);
    expect(new Set(db.copies.map((c) => c.server)).size, db.name).toBe(copies);
    expect(db.copies.map((c) => c.activationPreference)).toEqual(db.copies.map((_, i) => i + 1));
  }
}

describe('database copy layout', () => {
  // Random S (2..16), C (2..min(S, 4)), F (< C, at most 3) and databases (a multiple of S, as databasesPerDag is,
  // within the 100 database copies a server may hold [S6]: N x C / S <= 100).
  const designs = (maxRounds: number) =>
    fc
      .integer({ min: 2, max: 16 })
      .chain((S) =>
        fc
          .integer({ min: 2, max: Math.min(S, 4) })
          .chain((C) =>
            fc.tuple(
              fc.constant(S),
              fc.constant(C),
              fc.integer({ min: 0, max: Math.min(C - 1, 3) }),
              fc.integer({ min: 1, max: Math.min(maxRounds, Math.floor(100 / C)) }),
            ),
          ),
      );
  const design = designs(100);

  it('is balanced: no survivor of a single server failure mounts more than one database above the even share', () => {
    fc.assert(
      fc.property(design, ([S, C, F, rounds]) => {
        const preferences = dagPreferences(S, S * rounds, C, F);
        expect(worstExcess(preferences, S, Math.min(F, 1)), `S ${S} C ${C} F ${F}`).toBeLessThanOrEqual(1);
      }),
      { numRuns: 60 },
    );
  });

  // Every design (S = C..16, C 2..4, F < C and at most 3, N = S..100 x S / C) was checked whole this way, 4,186 of
  // them (test/copy-layout-sweep.test.ts, LAYOUT_SWEEP=1): all within one database, but the 7 where no layout can be.
  it('keeps every survivor of any tolerated failure, up to three servers, within one database of the even share', () => {
    fc.assert(
      fc.property(design, ([S, C, F, rounds]) => {
        const bound = Math.max(1, leastExcess(S, S * rounds, C, F));
        expect(worstExcess(dagPreferences(S, S * rounds, C, F), S, F), `S ${S} C ${C} F ${F}`).toBeLessThanOrEqual(
          bound,
        );
      }),
      { numRuns: 60 },
    );
  });

  // Hand-worked, S = 16, C = 4, F = 3, N = 48 (r = 3 active databases a server): the 48 second copies lie on 16
  // servers, so one, X, holds at least 3; with the three active servers of those databases down, X mounts 3 + 3 = 6
  // where the even share is ceil(48 / 13) = 4: two above it, whatever the layout. The same holds for r = 3 with S 12
  // to 16 (ceil(3S / (S - 3)) = 4) and r = 4 with S 15 and 16 (ceil(4S / (S - 3)) = 5): there the layout reaches 2.
  it('reaches the least excess where no layout keeps three failures within one database: 7 designs, two above', () => {
    const S = 16;
    const N = 48;
    const preferences = dagPreferences(S, N, 4, 3);
    const seconds = new Array<number>(S).fill(0);
    for (const p of preferences) seconds[p[1]!]!++;
    const X = seconds.findIndex((n) => n >= 3);
    const failed = new Set(
      preferences
        .filter((p) => p[1] === X)
        .slice(0, 3)
        .map((p) => p[0]!),
    );
    expect(preferences.filter((p) => activeServer(p, failed) === X).length).toBeGreaterThanOrEqual(6);
    expect(leastExcess(S, N, 4, 3)).toBe(2);
    expect(worstExcess(preferences, S, 3)).toBe(2);
    const unreachable: string[] = [];
    for (let C = 2; C <= 4; C++)
      for (let F = 0; F < C; F++)
        for (let s = C; s <= 16; s++)
          for (let r = 1; r * C <= 100; r++)
            if (leastExcess(s, s * r, C, F) > 1) unreachable.push(`S${s} C${C} F${F} r${r}`);
    expect(unreachable).toEqual([
      'S12 C4 F3 r3',
      'S13 C4 F3 r3',
      'S14 C4 F3 r3',
      'S15 C4 F3 r3',
      'S15 C4 F3 r4',
      'S16 C4 F3 r3',
      'S16 C4 F3 r4',
    ]);
  });

  // The round vectors (offsets of the copies of preference 2, 3, ... from the active one) the layout had before
  // three failures were balanced: up to two failures the search finds the same ones (all 3,861 such designs agree).
  it('lays out as before where it balanced already, and the same design always the same way', () => {
    const vectors = (S: number, N: number, C: number, F: number) =>
      dagPreferences(S, N, C, F)
        .filter((_, i) => i % S === 0)
        .map((p) => p.slice(1).map((s) => (s - p[0]! + S) % S));
    // The shipped templates' DAG options: 8 servers, 32 databases, 3 copies, one failure.
    expect(vectors(8, 32, 3, 1)).toEqual([
      [1, 2],
      [2, 1],
      [3, 1],
      [4, 1],
    ]);
    expect(vectors(9, 36, 3, 2)).toEqual([
      [1, 3],
      [4, 2],
      [5, 2],
      [8, 6],
    ]);
    expect(vectors(16, 400, 4, 3)).toEqual(vectors(16, 400, 4, 3));
    // Failure sets are 32-bit masks: a DAG has at most 16 members, a layout of more than 30 is refused.
    expect(() => dagPreferences(31, 31, 2, 1)).toThrow(RangeError);
  });

  it('gives every database exactly its copies on distinct servers, and no server more than C x N / S', () => {
    fc.assert(
      fc.property(
        // Up to 12 rounds: the copies are checked one by one.
        designs(12),
        fc.integer({ min: 0, max: 2 }),
        fc.integer({ min: 0, max: 2 }),
        ([S, C, F, rounds], dr, lagged) => {
          const N = S * rounds;
          // DR members as drMailboxServersPerDag counts them: at least one per DR copy, and enough for their copies.
          const D = dr + lagged === 0 ? 0 : Math.max(dr + lagged, Math.ceil((N * (dr + lagged)) / ((N * C) / S)));
          const layout = copyLayout(
            inputs({
              serversPerDag: S,
              databasesPerDag: N,
              copiesInSite: C,
              failuresTolerated: F,
              drServersPerDag: D,
              drCopies: dr,
              laggedCopies: lagged,
              replayLagDays: 7,
            }),
          );
          checkCopies(layout, C + dr + lagged);
          const perServer = (N * C) / S; // databaseCopiesPerServer, which the design keeps within maxDatabaseCopiesPerServer
          for (const [server, held] of copiesPerServer(layout)) expect(held, server).toBeLessThanOrEqual(perServer);
          for (const db of layout.databases) {
            expect(db.copies.filter((c) => c.kind === 'lagged').every((c) => c.replayLagDays === 7)).toBe(true);
            expect(db.copies.filter((c) => c.kind === 'lagged')).toHaveLength(lagged);
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('spreads the copies a site loss activates evenly over the DR servers', () => {
    const layout = copyLayout(
      inputs({
        serversPerDag: 4,
        databasesPerDag: 20,
        copiesInSite: 2,
        failuresTolerated: 1,
        drServersPerDag: 3,
        drCopies: 1,
        laggedCopies: 1,
        replayLagDays: 7,
      }),
    );
    const firstDr = new Map<string, number>();
    for (const db of layout.databases) {
      const c = db.copies.find((x) => x.kind === 'dr')!;
      firstDr.set(c.server, (firstDr.get(c.server) ?? 0) + 1);
    }
    // 20 databases over 3 DR servers: 7, 7 and 6.
    expect([...firstDr.values()].sort()).toEqual([6, 7, 7]);
    // Lagged copies come last in the activation order, with the replay lag; the DR copies before them have none.
    expect(layout.databases[0]!.copies.map((c) => [c.kind, c.activationPreference, c.replayLagDays])).toEqual([
      ['active', 1, 0],
      ['passive', 2, 0],
      ['dr', 3, 0],
      ['lagged', 4, 7],
    ]);
  });

  // TechNet "Exchange 2010 Mailbox Server Role Design Example" (WE-1, [S3] [S3b]): 24,000 mailboxes, "6 Mailbox
  // servers in one DAG", "3 highly available database copies", 102 databases of 235 mailboxes, surviving a double
  // server failure. The published page gives the counts, not the copy-by-server table: the layout reproduces the
  // counts and the even spread. Hand-worked: 102 x 3 / 6 = 51 copies per server, 102 / 6 = 17 active each; one
  // server down: 102 / 5 = 20.4, so 20 or 21 each; two down: 102 / 4 = 25.5, so at most 26.
  it('lays out the TechNet design example: 102 databases, 3 copies, 6 servers, 51 copies and 17 active per server', () => {
    const layout = copyLayout(inputs({}));
    expect(layout.databases).toHaveLength(102);
    checkCopies(layout, 3);
    expect([...copiesPerServer(layout).values()]).toEqual([51, 51, 51, 51, 51, 51]);
    const active = new Map<string, number>();
    for (const db of layout.databases) active.set(db.copies[0]!.server, (active.get(db.copies[0]!.server) ?? 0) + 1);
    expect([...active.values()]).toEqual([17, 17, 17, 17, 17, 17]);
    const prefs = dagPreferences(6, 102, 3, 2);
    for (const set of failureSets(6, 2)) {
      const failed = new Set(set);
      const counts = new Array<number>(6).fill(0);
      for (const p of prefs) counts[activeServer(p, failed)!]!++;
      const survivors = counts.filter((_, s) => !failed.has(s));
      const most = set.length === 0 ? 17 : set.length === 1 ? 21 : 26;
      expect(Math.max(...survivors), `failed ${set}`).toBeLessThanOrEqual(most);
    }
  });

  it('names servers as the placement plan does and databases as the calculator does', () => {
    const layout = copyLayout(
      inputs({
        dags: 2,
        serversPerDag: 2,
        databasesPerDag: 4,
        copiesInSite: 2,
        failuresTolerated: 1,
        drServersPerDag: 1,
        drCopies: 1,
      }),
    );
    expect(layout.servers.map((s) => s.name)).toEqual([
      'MBX-DAG1-1',
      'MBX-DAG1-2',
      'MBX-DR-DAG1-1',
      'MBX-DAG2-1',
      'MBX-DAG2-2',
      'MBX-DR-DAG2-1',
    ]);
    expect(layout.databases.map((d) => d.name)).toEqual([
      'DAG1-DB01',
      'DAG1-DB02',
      'DAG1-DB03',
      'DAG1-DB04',
      'DAG2-DB01',
      'DAG2-DB02',
      'DAG2-DB03',
      'DAG2-DB04',
    ]);
  });
});
