import { activeServer, type CopyLayout, failureSets, type LayoutInputs } from '../../plan/copy-layout.js';
import { SheetBuilder } from '../sheet-model.js';
import { SHEETS } from '../workbook-layout.js';
import { text } from './sheet-context.js';

/** The active databases each server of `names` (one site's) mounts with the servers of `failed` down. */
function activeCounts(layout: CopyLayout, dag: number, names: readonly string[], failed: ReadonlySet<string>) {
  const counts = new Map(names.map((n) => [n, 0]));
  for (const db of layout.databases) {
    if (db.dag !== dag) continue;
    // A site's failures are of its mailbox servers: the DR copies stay passive unless the whole site is lost.
    const server = activeServer(
      db.copies.filter((c) => c.kind === 'active' || c.kind === 'passive').map((c) => c.server),
      failed,
    );
    if (server !== undefined && counts.has(server)) counts.set(server, counts.get(server)! + 1);
  }
  return counts;
}

/** The most active databases each server of one site mounts over every failure of `size` of its servers. */
function mostAfter(layout: CopyLayout, dag: number, site: readonly string[], size: number): Map<string, number> {
  const most = new Map(site.map((n) => [n, 0]));
  for (const set of failureSets(site.length, size).filter((s) => s.length === size)) {
    const failed = new Set(set.map((i) => site[i]!));
    for (const [server, n] of activeCounts(layout, dag, site, failed))
      if (!failed.has(server)) most.set(server, Math.max(most.get(server)!, n));
  }
  return most;
}

/** Per site, then merged: in active/active each site's users fail over within their own site [S71]. */
const perSite = (sites: readonly (readonly string[])[], count: (site: readonly string[]) => Map<string, number>) =>
  new Map(sites.flatMap((site) => [...count(site)]));

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
  let row = 4;
  if (layouts.length === 0) sheet.set(row, 1, text('No DAG option among the options compared.', 'note'));
  for (const { option, inputs, layout } of layouts) {
    for (let dag = 1; dag <= inputs.dags; dag++) {
      const servers = layout.servers.filter((s) => s.dag === dag);
      const primary = servers.filter((s) => s.site === 'primary').map((s) => s.name);
      const dr = servers.filter((s) => s.site === 'dr').map((s) => s.name);
      // Active/active: the DR site's users are active on its servers, with their in-site copies there.
      const drUsers = layout.databases.filter((d) => d.dag === dag && dr.includes(d.copies[0]!.server)).length;
      const sites = drUsers > 0 ? [primary, dr] : [primary];
      const column = new Map(servers.map((s, i) => [s.name, 3 + i]));
      const split = drUsers > 0 ? `, ${drUsers} of them active in the DR site (active/active)` : '';
      sheet.set(row++, 1, text(`${describe(option, inputs)}${split} — DAG ${dag}`, 'subtitle'));
      sheet.set(row, 1, text('Database', 'header'));
      sheet.set(row, 2, text('Mailboxes', 'header'));
      for (const s of servers) sheet.set(row, column.get(s.name)!, text(s.name, 'header'));
      row++;
      for (const db of layout.databases.filter((d) => d.dag === dag)) {
        sheet.set(row, 1, text(db.name));
        sheet.set(row, 2, { value: inputs.mailboxesPerDatabase, style: 'computed' });
        for (const c of db.copies)
          sheet.set(row, column.get(c.server)!, {
            value: c.kind === 'lagged' ? `${c.activationPreference} L` : c.activationPreference,
            style: 'computed',
          });
        row++;
      }
      const copies = new Map(servers.map((s) => [s.name, 0]));
      for (const db of layout.databases.filter((d) => d.dag === dag))
        for (const c of db.copies) copies.set(c.server, copies.get(c.server)! + 1);
      const summary: [string, ReadonlyMap<string, number>][] = [
        ['Copies held', copies],
        ['Active, normal operation', perSite(sites, (site) => activeCounts(layout, dag, site, new Set()))],
      ];
      if (inputs.failuresTolerated >= 1)
        summary.push([
          'Active at most, after any one server failure',
          perSite(sites, (site) => mostAfter(layout, dag, site, 1)),
        ]);
      if (inputs.failuresTolerated >= 2)
        summary.push([
          `Active at most, after any ${inputs.failuresTolerated} server failures`,
          perSite(sites, (site) => mostAfter(layout, dag, site, inputs.failuresTolerated)),
        ]);
      for (const [label, counts] of summary) {
        sheet.set(row, 1, text(label, 'label'));
        for (const [server, n] of counts) sheet.set(row, column.get(server)!, { value: n, style: 'computed' });
        row++;
      }
      row++;
    }
  }
  return sheet;
}
