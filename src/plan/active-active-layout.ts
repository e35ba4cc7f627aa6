import {
  type CopyLayout,
  copyLayout,
  databaseName,
  drServerName,
  type LayoutDatabase,
  type LayoutInputs,
  primaryServerName,
} from './copy-layout.js';

/**
 * The active/active layout of a site-resilient DAG [S71] [S72]: the first `databasesPerDag - drSiteDatabases`
 * databases of each DAG are the primary site's users', active there with their C in-site copies on the primary
 * servers and their DR copies on the DR servers; the last `drSiteDatabases` are the DR site's users', the reverse.
 * Each half is laid out by copyLayout as a DAG of its own site (in-site copies first in activation preference, then
 * the other site's), and the DR site's half is turned round: its servers renamed into the other site, each site's
 * round robin started where the other half's leaves off, so that after a site loss the surviving servers mount an
 * even share (figures: src/sizing/site-copies.ts).
 *
 * @example
 * activeActiveLayout({ dags: 1, serversPerDag: 2, databasesPerDag: 2, copiesInSite: 2, failuresTolerated: 1,
 *   drServersPerDag: 2, drCopies: 1, laggedCopies: 0, replayLagDays: 0, mailboxesPerDatabase: 100 }, 1)
 *   .databases.map((d) => d.copies.map((c) => c.server));
 * // [['MBX-DAG1-1', 'MBX-DAG1-2', 'MBX-DR-DAG1-1'], ['MBX-DR-DAG1-2', 'MBX-DR-DAG1-1', 'MBX-DAG1-2']]
 */
export function activeActiveLayout(inputs: LayoutInputs, drSiteDatabases: number): CopyLayout {
  const S = inputs.serversPerDag;
  const D = inputs.drServersPerDag;
  const N = inputs.databasesPerDag;
  const primaryDatabases = N - drSiteDatabases;
  const primaryHalf = copyLayout({ ...inputs, databasesPerDag: primaryDatabases });
  // The DR site's users: a DAG of D servers whose "DR site" is the primary site's S servers.
  const drHalf = copyLayout({ ...inputs, serversPerDag: D, databasesPerDag: drSiteDatabases, drServersPerDag: S });
  // Each half's round robin starts at server 1 of a site; the DR half starts after the primary half's last database.
  const rename = new Map<string, string>();
  for (let dag = 1; dag <= inputs.dags; dag++) {
    for (let m = 0; m < D; m++)
      rename.set(primaryServerName(dag, m + 1), drServerName(dag, ((m + primaryDatabases) % D) + 1));
    for (let m = 0; m < S; m++)
      rename.set(drServerName(dag, m + 1), primaryServerName(dag, ((m + primaryDatabases) % S) + 1));
  }
  const databases: LayoutDatabase[] = [];
  for (let dag = 1; dag <= inputs.dags; dag++) {
    const index = (n: number) => databaseName(dag, n, N);
    primaryHalf.databases
      .filter((db) => db.dag === dag)
      .forEach((db, j) => {
        databases.push({ ...db, name: index(j + 1) });
      });
    drHalf.databases
      .filter((db) => db.dag === dag)
      .forEach((db, j) => {
        const copies = db.copies.map((c) => ({ ...c, server: rename.get(c.server) ?? c.server }));
        databases.push({ name: index(primaryDatabases + j + 1), dag, copies });
      });
  }
  return { servers: primaryHalf.servers, databases };
}
