/**
 * The database copy layout of a DAG option: which mailbox server holds which copy of which database, with which
 * activation preference. A plan, not a figure: it is computed here, in plain TypeScript and without I/O, from the
 * figures the model evaluated for the option (src/sizing/dag-layout.ts, database-capacity.ts, role-vms.ts).
 */

import { dagPreferences } from './dag-preferences.js';

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

export { activeServer, dagPreferences, failureSets, leastExcess } from './dag-preferences.js';

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
