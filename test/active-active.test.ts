import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { evaluateComparison } from '../src/options/compare-options.js';
import type { OptionResult } from '../src/options/option-result.js';
import { buildWorkbook } from '../src/output/build-workbook.js';
import { layoutFiles } from '../src/output/layout-exports.js';
import { renderOutputs } from '../src/output/render-outputs.js';
import { layoutSheet } from '../src/output/sheets/layout-sheet.js';
import { activeActiveLayout } from '../src/plan/active-active-layout.js';
import { type CopyLayout, copyLayout, type LayoutInputs } from '../src/plan/copy-layout.js';
import { databaseLimits, layoutInputsOf, optionLayouts } from '../src/plan/option-layout.js';
import { mismatches, rawFromModel, recalculate } from './oracle/recalculate.js';
import { reference } from './reference.js';
import { withInputs } from './shipped.js';
import { WORKBOOK_TIMEOUT } from './timeouts.js';

const OPTION = 'dag-site-resilient';
const options = reference.tables.get('options')!.rows;
const read = (content: string | Buffer) =>
  parse(String(content).replace(/^\uFEFF/, ''), { columns: false }) as string[][];

/** Where each database's copies are: its own site's (in-site) and the other site's, in activation preference order. */
function checkLayout(layout: CopyLayout, inputs: LayoutInputs, drSiteDatabases: number) {
  const site = new Map(layout.servers.map((s) => [s.name, s.site]));
  const held = new Map(layout.servers.map((s) => [s.name, 0]));
  for (let dag = 1; dag <= inputs.dags; dag++) {
    const databases = layout.databases.filter((d) => d.dag === dag);
    expect(databases).toHaveLength(inputs.databasesPerDag);
    databases.forEach((db, j) => {
      const home = j < inputs.databasesPerDag - drSiteDatabases ? 'primary' : 'dr';
      // Exactly C + dr copies, on distinct servers of its own DAG, preferences 1, 2, ... in order.
      expect(db.copies.map((c) => c.activationPreference)).toEqual(db.copies.map((_, i) => i + 1));
      expect(new Set(db.copies.map((c) => c.server)).size).toBe(inputs.copiesInSite + inputs.drCopies);
      // In-site copies first, on the site of its users; then its DR copies, on the other site.
      expect(db.copies.map((c) => site.get(c.server))).toEqual([
        ...Array(inputs.copiesInSite).fill(home),
        ...Array(inputs.drCopies).fill(home === 'primary' ? 'dr' : 'primary'),
      ]);
      expect(db.copies.map((c) => c.kind)).toEqual([
        'active',
        ...Array(inputs.copiesInSite - 1).fill('passive'),
        ...Array(inputs.drCopies).fill('dr'),
      ]);
      for (const c of db.copies) {
        expect(c.server).toMatch(new RegExp(`-DAG${dag}-`));
        held.set(c.server, held.get(c.server)! + 1);
      }
    });
  }
  expect(new Set(layout.databases.map((d) => d.name)).size).toBe(layout.databases.length);
  return held;
}

/** The copies per server the sizing counts (src/sizing/site-copies.ts), worked in plain numbers. */
function copiesPerServerBound(C: number, own: number, servers: number, other: number, drCopies: number): number {
  const rounds = Math.floor(own / servers);
  return C * rounds + Math.min(own - rounds * servers, C) + Math.ceil((other * drCopies) / servers);
}

describe('active/active: each site runs its users, with their DR copies in the other site [S71] [S72]', () => {
  it('lays out a hand-worked DAG: 2 + 2 servers, 4 databases, 2 copies in the site, 1 DR copy, 2 databases per site', () => {
    // Primary users DB01, DB02: round 1 of the 2 primary servers (offset 1): DB01 on 1 then 2, DB02 on 2 then 1; their
    // DR copies round robin on the DR servers, DB01 on DR-1, DB02 on DR-2. DR users DB03, DB04: the same on the DR
    // servers, the round robin starting after the primary half's 2 databases (2 mod 2 = server 1 again).
    const inputs: LayoutInputs = {
      dags: 1,
      serversPerDag: 2,
      databasesPerDag: 4,
      copiesInSite: 2,
      failuresTolerated: 1,
      drServersPerDag: 2,
      drCopies: 1,
      laggedCopies: 0,
      replayLagDays: 0,
      mailboxesPerDatabase: 100,
    };
    const layout = activeActiveLayout(inputs, 2);
    expect(layout.databases.map((d) => [d.name, ...d.copies.map((c) => c.server)])).toEqual([
      ['DAG1-DB01', 'MBX-DAG1-1', 'MBX-DAG1-2', 'MBX-DR-DAG1-1'],
      ['DAG1-DB02', 'MBX-DAG1-2', 'MBX-DAG1-1', 'MBX-DR-DAG1-2'],
      ['DAG1-DB03', 'MBX-DR-DAG1-1', 'MBX-DR-DAG1-2', 'MBX-DAG1-1'],
      ['DAG1-DB04', 'MBX-DR-DAG1-2', 'MBX-DR-DAG1-1', 'MBX-DAG1-2'],
    ]);
    // Every server: 2 in-site copies (1 round x C = 2) and 1 DR copy (ROUNDUP(2 x 1 / 2) = 1), 3 in all.
    expect([...checkLayout(layout, inputs, 2).values()]).toEqual([3, 3, 3, 3]);
    expect(copiesPerServerBound(2, 2, 2, 2, 1)).toBe(3);
    expect(layout.servers.map((s) => `${s.name}:${s.site}`)).toEqual([
      'MBX-DAG1-1:primary',
      'MBX-DAG1-2:primary',
      'MBX-DR-DAG1-1:dr',
      'MBX-DR-DAG1-2:dr',
    ]);
  });

  it('gives every database exactly its copies, in-site ones on its own site, no server more than the sizing counts', () => {
    let layouts = 0;
    for (let S = 2; S <= 6; S++)
      for (let C = 2; C <= Math.min(S, 3); C++)
        for (let F = 0; F < Math.min(C, 3); F++)
          for (const D of [S, S + 1])
            for (let dr = 1; dr <= 2; dr++)
              for (const N of [S, 2 * S])
                for (const Nd of new Set([Math.floor(N / 2), N - Math.ceil(N / 2), Math.floor(N / 3), N - 1])) {
                  const inputs: LayoutInputs = {
                    dags: 2,
                    serversPerDag: S,
                    databasesPerDag: N,
                    copiesInSite: C,
                    failuresTolerated: F,
                    drServersPerDag: D,
                    drCopies: dr,
                    laggedCopies: 0,
                    replayLagDays: 0,
                    mailboxesPerDatabase: 1,
                  };
                  const layout = activeActiveLayout(inputs, Nd);
                  const held = checkLayout(layout, inputs, Nd);
                  const context = JSON.stringify({ S, C, F, D, dr, N, Nd });
                  for (const server of layout.servers) {
                    const most =
                      server.site === 'primary'
                        ? copiesPerServerBound(C, N - Nd, S, Nd, dr)
                        : copiesPerServerBound(C, Nd, D, N - Nd, dr);
                    expect(held.get(server.name), context).toBeLessThanOrEqual(most);
                  }
                  // Copies per site: each database's C copies in its own site and dr in the other, once.
                  const inSite = (s: 'primary' | 'dr') =>
                    layout.servers.filter((x) => x.site === s).reduce((n, x) => n + held.get(x.name)!, 0);
                  expect(inSite('primary'), context).toBe(2 * ((N - Nd) * C + Nd * dr));
                  expect(inSite('dr'), context).toBe(2 * (Nd * C + (N - Nd) * dr));
                  layouts++;
                }
    expect(layouts).toBeGreaterThan(200);
  });
});

describe('active/active on the shipped templates: each site sized from what it holds, counted once', () => {
  // One DAG of 8 members in both distributions (dag_member_servers), so they compare copy for copy: left to choose,
  // each takes the layout its own hosts and licences price lowest (dag-candidate-cost.test.ts).
  const evaluated = (distribution: string) =>
    evaluateComparison(withInputs({ user_distribution: distribution, dag_member_servers: 8 }), reference);
  const activeActive = evaluated('active-active');
  const activePassive = evaluated('active-passive');
  const option = (e: typeof activeActive) => e.comparison.options.find((o) => o.id === OPTION) as OptionResult;
  const aa = option(activeActive).figures;
  const ap = option(activePassive).figures;
  const n = (v: unknown) => Number(v);

  it('splits the databases by the user share and counts each site copies and copies per server (hand-worked)', () => {
    // One DAG of S = 8 primary members, N = 32 databases, C = 3 copies in the site, dr = 1 DR copy; the DR
    // site has D = 8 members (it runs its own users like the primary). Primary users: ROUNDUP(32 x 0.5) = 16, DR 16.
    expect([aa.memberServers, aa.databasesPerDag, aa.databaseCopiesInSite, aa.drDatabaseCopies]).toEqual([8, 32, 3, 1]);
    expect([aa.drMailboxServersPerDag, aa.primarySiteDatabasesPerDag, aa.drSiteDatabasesPerDag]).toEqual([8, 16, 16]);
    // Each site: 16 x 3 in-site copies + 16 x 1 DR copies of the other site's users = 64 (active/passive: 96 and 32).
    expect([aa.primarySiteCopiesPerDag, aa.drSiteCopiesPerDag]).toEqual([64, 64]);
    expect([ap.primarySiteCopiesPerDag, ap.drSiteCopiesPerDag]).toEqual([96, 32]);
    // Per server: 3 x ROUNDDOWN(16 / 8) + MIN(0, 3) + ROUNDUP(16 x 1 / 8) = 6 + 0 + 2 = 8 (active/passive 3 x 32 / 8 = 12).
    expect([aa.databaseCopiesPerServer, aa.drSiteDatabaseCopiesPerServer]).toEqual([8, 8]);
    expect(ap.databaseCopiesPerServer).toBe(12);
    // 16,500 mailboxes in 32 databases of 516: a primary server holds ROUNDUP(16,500 x 64 / (32 x 8)) = 4,125 mailbox
    // copies (active/passive 16,500 x 3 / 8 = 6,187.5, 6,188), of which ROUNDUP(16,500 x 16 / (32 x 8)) = 1,032 active
    // in normal operation; one member down moves only its site's 16 databases: ROUNDUP(16 / 7) = 3 x 516 = 1,548.
    expect([aa.mailboxCopiesPerServer, ap.mailboxCopiesPerServer]).toEqual([4125, 6188]);
    expect([aa.activeMailboxesNormal, aa.activeDatabasesPerServer, aa.singleFailureActiveMailboxes]).toEqual([
      1032, 2, 1548,
    ]);
    // The VMs stay sized for every mailbox of the DAG with F members down (the site after the other's loss), in whole
    // databases: ROUNDUP(32 / (8 - 1)) = 5 x 516 = 2,580, as active/passive; with fewer passive copies a server, no
    // more vCPU.
    expect([aa.activeMailboxesWorstCase, ap.activeMailboxesWorstCase]).toEqual([2580, 2580]);
    expect(n(aa.vcpu)).toBeLessThanOrEqual(n(ap.vcpu));
    // A DR server after a primary site loss holds 64 / 32 = 2 copies per mailbox of its DAG.
    expect(aa.drCopiesPerMailboxAfterSiteLoss).toBe('2');
  });

  it('the exports build that layout: every database has its copies, in-site on its own site, counts per site', async () => {
    const [layout] = optionLayouts(activeActive, options).filter((l) => l.option === OPTION);
    const held = checkLayout(layout!.layout, layout!.inputs, 16);
    const perSite = (site: string) =>
      layout!.layout.servers.filter((s) => s.site === site).map((s) => held.get(s.name));
    expect(perSite('primary')).toEqual(Array(8).fill(8));
    expect(perSite('dr')).toEqual(Array(8).fill(8));
    const files = await renderOutputs(activeActive, reference, ['layout']);
    const file = (name: string) => read(files.find((f) => f.name === `${OPTION}-${name}`)!.content).slice(1);
    // MailboxDatabases.csv: DB01-DB16 active on primary servers, DB17-DB32 on DR servers.
    const active = file('MailboxDatabases.csv').map((r) => [r[0], r[1]!.startsWith('MBX-DR-') ? 'dr' : 'primary']);
    expect(active.filter(([, s]) => s === 'primary').map(([d]) => d)).toEqual(
      Array.from({ length: 16 }, (_, i) => `DAG1-DB${String(i + 1).padStart(2, '0')}`),
    );
    expect(active.filter(([, s]) => s === 'dr')).toHaveLength(16);
    // MailboxDatabaseCopies.csv: 32 x (3 + 1 - 1) passive copies, 64 in each site with the active ones.
    const copies = file('MailboxDatabaseCopies.csv');
    expect(copies).toHaveLength(96);
    const site = (server: string) => (server.startsWith('MBX-DR-') ? 'dr' : 'primary');
    const all = [...active.map(([, s]) => s), ...copies.map((c) => site(c[3]!))];
    expect([all.filter((s) => s === 'primary').length, all.filter((s) => s === 'dr').length]).toEqual([64, 64]);
    // Servers.csv: each server's DbMap lists its 8 copies.
    expect(file('Servers.csv').map((r) => r[7]!.split(',').length)).toEqual(Array(16).fill(8));
    // The Layout sheet: each site's servers mount 2 of its users' 16 databases, 3 at most after one failure in the site.
    const sheet = layoutSheet([layout!]);
    const rowOf = (label: string) => {
      const at = [...sheet.cells].find(([, c]) => c.value === label)![0].replace(/^[A-Z]+/, '');
      return [...sheet.cells]
        .filter(([a]) => a.replace(/^[A-Z]+/, '') === at && !a.startsWith('A'))
        .map(([, c]) => c.value);
    };
    expect(rowOf('Active, normal operation')).toEqual(Array(16).fill(2));
    expect(rowOf('Active at most, after any one server failure')).toEqual(Array(16).fill(3));
    // The script: no site blocked wholesale; every member activates within its own site only [S72d].
    const script = String(files.find((f) => f.name === `${OPTION}-CreateDatabases.ps1`)!.content);
    expect(script).not.toMatch(/'Blocked'/);
    expect(script.match(/-DatabaseCopyAutoActivationPolicy 'IntrasiteOnly'/g)).toHaveLength(16);
  });

  it('storage: primary + DR holds every copy once, as active/passive does; the disks follow it, no mirror', () => {
    const copyLuns = n(aa.databaseLunGB) + n(aa.logLunGB);
    // 32 x 3 - 64 = 32 copies move to the DR site: 16 databases x (3 - 1).
    expect(n(aa.activeActiveCopiesMovedToDrGB)).toBeCloseTo(32 * copyLuns, 4);
    expect(ap.activeActiveCopiesMovedToDrGB).toBe('0');
    // Both sites together: the same copies as active/passive; only what goes with each VM (its system disk, and a
    // restore LUN where one is kept) follows the VMs each distribution sizes.
    const copies = (f: typeof aa) =>
      n(f.primaryStorageGB) +
      n(f.drStorageGB) -
      [f.exchangeSystemDisksPrimaryGB, f.exchangeSystemDisksDrGB, f.restoreLunStorageGB, f.drRestoreLunStorageGB]
        .map(n)
        .reduce((a, b) => a + b, 0);
    expect(copies(aa)).toBeCloseTo(copies(ap), 4);
    // The DR site's disks are its pool's (capacity and the IOPS of the copies its servers hold) and hot spares.
    expect(aa.drDisks).toBe(n(aa.drPoolArrayDisks) + n(aa.drPoolHotSpares));
    // A DR server holds the same mailbox copies as a primary one here, so the same disk IOPS.
    expect(aa.drSiteBackendIopsPerServer).toBe(aa.backendIopsPerServer);
    // Primary servers hold 8 copies, not 12: fewer disks each than active/passive.
    expect(n(aa.disksPerServer)).toBeLessThan(n(ap.disksPerServer));
  });

  it('costs no more than the same copies counted once: below active/passive, not 3.25 M as with the double count', () => {
    const tco = (e: typeof activeActive) => Number(option(e).cost.tco);
    // Before: primary disks kept at 12 copies a server and the DR site's mirrored: 3,254,303.70 against 3,086,843.20.
    expect(tco(activeActive)).toBeLessThan(tco(activePassive));
    const disks = (f: typeof aa) => n(f.primaryDisks) + n(f.drDisks);
    expect(disks(aa)).toBeLessThan(disks(ap));
  });

  it('ships logs both ways over the WAN, each direction its own databases: the link is sized for the busier', () => {
    // Active/passive: every database's peak-hour logs x 1 DR copy go to the DR site, none come back.
    expect(n(ap.drToPrimaryLogReplicationPeakMbps)).toBe(0);
    expect(ap.drLogReplicationPeakMbps).toBe(ap.primaryToDrLogReplicationPeakMbps);
    // Active/active: 16 of the 32 databases each way, half of it in each direction; a full-duplex link takes the larger.
    expect(n(aa.primaryToDrLogReplicationPeakMbps)).toBeCloseTo(n(ap.drLogReplicationPeakMbps) / 2, 5);
    expect(aa.drToPrimaryLogReplicationPeakMbps).toBe(aa.primaryToDrLogReplicationPeakMbps);
    expect(aa.drLogReplicationPeakMbps).toBe(aa.primaryToDrLogReplicationPeakMbps);
  });

  it('active/passive keeps its layout and exports: the plan is copyLayout of the figures, DR servers blocked', async () => {
    // The plan files as written before active/active was laid out: copyLayout of the figures, DR servers blocked.
    const inputs = layoutInputsOf(activePassive, OPTION, options)!;
    const lunsPerCopy = Number(String(activePassive.evaluation.figure('lunsPerDatabaseCopy', { option: OPTION })));
    const limits = databaseLimits(activePassive, reference);
    const before = layoutFiles(
      [{ option: OPTION, layout: copyLayout(inputs), limits, lunsPerCopy, dr: { usersInBothSites: false } }],
      [],
    );
    const now = await renderOutputs(activePassive, reference, ['layout']);
    for (const file of before) expect(now.find((f) => f.name === file.name)!.content).toEqual(file.content);
    expect(before.map((f) => f.name)).toHaveLength(4);
    expect(String(before.find((f) => f.name.endsWith('.ps1'))!.content)).toMatch(/'Blocked'/);
  });

  it(
    'the active/active workbook recalculates to the engine figures (HyperFormula)',
    () => {
      const raw = rawFromModel(buildWorkbook(activeActive, reference));
      expect(mismatches(recalculate(raw), raw.cached)).toEqual([]);
    },
    WORKBOOK_TIMEOUT,
  );
});
