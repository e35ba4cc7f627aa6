import {
  activeServer,
  type CopyLayout,
  failureSets,
  type LayoutDatabase,
  type LayoutInputs,
} from '../../plan/copy-layout.js';
import { type CellModel, SheetBuilder } from '../sheet-model.js';
import { SHEETS } from '../workbook-layout.js';
import { text } from './sheet-context.js';

/** Each database's in-site copies in activation preference order, as indexes into `site` (one site's servers). */
function preferenceIndexes(databases: readonly LayoutDatabase[], site: readonly string[]): number[][] {
  const index = new Map(site.map((name, i) => [name, i]));
  // A site's failures are of its mailbox servers: the copies in the other site stay passive unless a site is lost.
  return databases.map((db) =>
    db.copies
      .filter((c) => (c.kind === 'active' || c.kind === 'passive') && index.has(c.server))
      .map((c) => index.get(c.server)!),
  );
}

/** The active databases each server mounts with the servers of `failed` down, by server index. */
function activeCounts(preferences: readonly number[][], servers: number, failed: ReadonlySet<number>): number[] {
  const counts = new Array<number>(servers).fill(0);
  for (const preference of preferences) {
    const server = activeServer(preference, failed);
    if (server !== undefined) counts[server]!++;
  }
  return counts;
}

/** The most active databases each server mounts over every failure of `size` servers, by server index. */
function mostAfter(preferences: readonly number[][], servers: number, size: number): number[] {
  const most = new Array<number>(servers).fill(0);
  for (const set of failureSets(servers, size).filter((s) => s.length === size)) {
    const failed = new Set(set);
    activeCounts(preferences, servers, failed).forEach((n, server) => {
      if (!failed.has(server)) most[server] = Math.max(most[server]!, n);
    });
  }
  return most;
}

/**
 * The summary rows under a DAG's databases, by primary server index. Every DAG of an option shares one layout of
 * preferences (src/plan/copy-layout.ts), so DAGs alike are counted once: the counts go over every failure set, and
 * counting each DAG afresh would grow with the square of the design (issue 16).
 */
function activeSummary(
  preferences: readonly number[][],
  servers: number,
  failuresTolerated: number,
  memo: Map<string, [string, number[]][]>,
): [string, number[]][] {
  const key = `${servers}|${failuresTolerated}|${preferences.map((p) => p.join(',')).join(';')}`;
  const known = memo.get(key);
  if (known) return known;
  const rows: [string, number[]][] = [['Active, normal operation', activeCounts(preferences, servers, new Set())]];
  if (failuresTolerated >= 1)
    rows.push(['Active at most, after any one server failure', mostAfter(preferences, servers, 1)]);
  if (failuresTolerated >= 2)
    rows.push([
      `Active at most, after any ${failuresTolerated} server failures`,
      mostAfter(preferences, servers, failuresTolerated),
    ]);
  memo.set(key, rows);
  return rows;
}

/** Items by a key, each list in the order given. */
function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

const describe = (option: string, i: LayoutInputs) =>
  `${option}: ${i.dags} DAG(s) of ${i.serversPerDag} mailbox servers${i.drServersPerDag > 0 ? ` and ${i.drServersPerDag} DR-site servers` : ''}, ` +
  `${i.databasesPerDag} databases per DAG of ${i.mailboxesPerDatabase} mailboxes, ${i.copiesInSite} copies in the site, ` +
  `surviving ${i.failuresTolerated} server failure(s)` +
  (i.drCopies > 0 ? `, ${i.drCopies} DR-site copies` : '') +
  (i.laggedCopies > 0 ? `, ${i.laggedCopies} lagged (${i.replayLagDays} days' replay lag)` : '');

/**
 * The Layout sheet: for each DAG of each DAG option, a database per row and a server per column holding each copy's
 * activation preference (1 = active), lagged copies marked; under it the copies and active databases per server in
 * normal operation and at worst after one and after the tolerated failures. A plan, so values, not formulas.
 */
export function layoutSheet(
  layouts: readonly { option: string; inputs: LayoutInputs; layout: CopyLayout }[],
): SheetBuilder {
  const sheet = new SheetBuilder(SHEETS.layout, { rows: 2, columns: 1 });
  sheet.set(
    1,
    1,
    text('Database copy layout per DAG option (values: a plan computed from the figures, not live formulas)', 'title'),
  );
  sheet.set(
    2,
    1,
    text(
      'Activation preference of each copy on each server (1 = active in normal operation; "L" = lagged). ' +
        'The same layout as the CSV files and the Exchange Management Shell script beside the workbook.',
      'note',
    ),
  );
  // The few values of the copy cells, each cell model made once: a large design has millions of copies (issue 16).
  const computed = new Map<number, CellModel>();
  const computedCell = (value: number): CellModel => {
    let cell = computed.get(value);
    if (cell === undefined) computed.set(value, (cell = { value, style: 'computed' }));
    return cell;
  };
  const lagged = new Map<number, CellModel>();
  const laggedCell = (preference: number): CellModel => {
    let cell = lagged.get(preference);
    if (cell === undefined) lagged.set(preference, (cell = { value: `${preference} L`, style: 'computed' }));
    return cell;
  };
  let row = 4;
  if (layouts.length === 0) sheet.set(row, 1, text('No DAG option among the options compared.', 'note'));
  for (const { option, inputs, layout } of layouts) {
    const described = describe(option, inputs);
    const serversOf = groupBy(layout.servers, (s) => s.dag);
    const databasesOf = groupBy(layout.databases, (d) => d.dag);
    const memo = new Map<string, [string, number[]][]>();
    for (let dag = 1; dag <= inputs.dags; dag++) {
      const servers = serversOf.get(dag) ?? [];
      const databases = databasesOf.get(dag) ?? [];
      const primary = servers.filter((s) => s.site === 'primary').map((s) => s.name);
      const dr = servers.filter((s) => s.site === 'dr').map((s) => s.name);
      // Active/active: the DR site's users are active on its servers, with their in-site copies there, and fail over
      // within their own site [S71]; each site is counted on its own.
      const drNames = new Set(dr);
      const drUsers = databases.filter((d) => drNames.has(d.copies[0]!.server)).length;
      const sites = drUsers > 0 ? [primary, dr] : [primary];
      const column = new Map(servers.map((s, i) => [s.name, 3 + i]));
      const split = drUsers > 0 ? `, ${drUsers} of them active in the DR site (active/active)` : '';
      sheet.set(row++, 1, text(`${described}${split} — DAG ${dag}`, 'subtitle'));
      sheet.set(row, 1, text('Database', 'header'));
      sheet.set(row, 2, text('Mailboxes', 'header'));
      for (const s of servers) sheet.set(row, column.get(s.name)!, text(s.name, 'header'));
      row++;
      for (const db of databases) {
        sheet.set(row, 1, text(db.name));
        sheet.set(row, 2, computedCell(inputs.mailboxesPerDatabase));
        for (const c of db.copies)
          sheet.set(
            row,
            column.get(c.server)!,
            c.kind === 'lagged' ? laggedCell(c.activationPreference) : computedCell(c.activationPreference),
          );
        row++;
      }
      const copies = new Map(servers.map((s) => [s.name, 0]));
      for (const db of databases) for (const c of db.copies) copies.set(c.server, copies.get(c.server)! + 1);
      // Each site's rows by server name: the databases active in it, over its own servers' failures.
      const bySite = sites.map((site) => {
        const names = new Set(site);
        const own = databases.filter((d) => names.has(d.copies[0]!.server));
        return { site, rows: activeSummary(preferenceIndexes(own, site), site.length, inputs.failuresTolerated, memo) };
      });
      const summary: [string, ReadonlyMap<string, number>][] = [
        ['Copies held', copies],
        ...bySite[0]!.rows.map(([label], r): [string, ReadonlyMap<string, number>] => [
          label,
          new Map(bySite.flatMap(({ site, rows }) => site.map((name, i): [string, number] => [name, rows[r]![1][i]!]))),
        ]),
      ];
      for (const [label, counts] of summary) {
        sheet.set(row, 1, text(label, 'label'));
        for (const [server, n] of counts) sheet.set(row, column.get(server)!, computedCell(n));
        row++;
      }
      row++;
    }
  }
  return sheet;
}
