import type { OutputFile } from '../io/write-files-atomically.js';
import type { PlacementPlan } from '../options/placement.js';
import type { CopyLayout, LayoutDatabase } from '../plan/copy-layout.js';
import type { DatabaseLimits, TierLimits } from '../plan/option-layout.js';
import { type CsvCell, csvFile } from './csv-text.js';
import { TextBuilder } from './text-builder.js';

// The folders of the calculator's exports (its defaults, as in the published examples of its CSVs: ExchangeDsc
// Examples/.../CalculatorAndScripts/Servers.csv and MailboxDatabases.csv, data version 2.1).
const VOLUMES_ROOT = 'C:\\ExchangeVolumes';
const DATABASES_ROOT = 'C:\\ExchangeDatabases';

/** Servers.csv of the Role Requirements Calculator (data version 2.1): one row per mailbox server, its databases. */
export const SERVERS_COLUMNS = [
  'ServerName',
  'StartDrive',
  'DbPerVolume',
  'AutoReseedVolumes',
  'DbLogIsolation',
  'VolumesRootFolder',
  'DatabasesRootFolder',
  'DbMap',
] as const;

/** MailboxDatabases.csv of the calculator (data version 2.1): one row per database, on its active server. */
export const DATABASES_COLUMNS = [
  'Name',
  'Server',
  'DBFilePath',
  'LogFolderPath',
  'DeletedItemRetention',
  'GC',
  'OAB',
  'RetainDeletedItemsUntilBackup',
  'IndexEnabled',
  'CircularLoggingEnabled',
  'ProhibitSendReceiveQuota',
  'ProhibitSendQuota',
  'IssueWarningQuota',
  'AllowFileRestore',
  'BackgroundDatabaseMaintenance',
  'IsExcludedFromProvisioning',
  'IsSuspendedFromProvisioning',
  'MailboxRetention',
  'MountAtStartup',
  'EventHistoryRetentionPeriod',
  'AutoDagExcludeFromMonitoring',
  'CalendarLoggingQuota',
  'IsExcludedFromInitialProvisioning',
  'DataMoveReplicationConstraint',
  'RecoverableItemsQuota',
  'RecoverableItemsWarningQuota',
] as const;

/** MailboxDatabaseCopies.csv of the calculator (data version 2.1): one row per passive copy. */
export const COPIES_COLUMNS = [
  'GC',
  'GC2',
  'Name',
  'Server',
  'ActivationPreference',
  'ReplayLagTime',
  'TruncationLagTime',
] as const;

/** The columns of the DRS rule list: one row per VM of each group of redundant VMs. */
export const DRS_COLUMNS = ['Site', 'Rule', 'Type', 'VM'] as const;

/** A time span as Exchange takes it, d.hh:mm:ss (the calculator writes `7.00:00:00` for a 7-day lag). */
export function timeSpan(days: number): string {
  const seconds = Math.round(days * 86_400);
  const two = (n: number) => String(n).padStart(2, '0');
  const d = Math.floor(seconds / 86_400);
  const h = Math.floor((seconds % 86_400) / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  return `${d}.${two(h)}:${two(m)}:${two(seconds % 60)}`;
}

const edbPath = (db: string) => `${DATABASES_ROOT}\\${db}\\${db}.db\\${db}.edb`;
const logPath = (db: string) => `${DATABASES_ROOT}\\${db}\\${db}.log`;
const quota = (mb: number) => `${mb}MB`;

// The rows of each export come one at a time, each written and let go: a large design has a hundred thousand (issue 16).

export function* serversRows(layout: CopyLayout, lunsPerCopy: number): Generator<CsvCell[]> {
  const held = new Map(layout.servers.map((s) => [s.name, [] as string[]]));
  for (const db of layout.databases) for (const c of db.copies) held.get(c.server)?.push(db.name);
  yield [...SERVERS_COLUMNS];
  for (const s of layout.servers)
    yield [s.name, '', 1, 0, lunsPerCopy > 1 ? 1 : 0, VOLUMES_ROOT, DATABASES_ROOT, held.get(s.name)!.join(',')];
}

export function* databasesRows(layout: CopyLayout, limits: DatabaseLimits): Generator<CsvCell[]> {
  // What every database shares, worked out once: a large design has a hundred thousand rows (issue 16).
  const shared: Partial<Record<(typeof DATABASES_COLUMNS)[number], CsvCell>> = {
    DeletedItemRetention: timeSpan(limits.database.deletedItemRetentionDays),
    IndexEnabled: 'True',
    // Logs are sized to outlast a truncation failure [S3]: circular logging stays off.
    CircularLoggingEnabled: 'False',
    ProhibitSendReceiveQuota: quota(limits.database.prohibitSendReceiveMB),
    ProhibitSendQuota: quota(limits.database.prohibitSendMB),
    IssueWarningQuota: quota(limits.database.issueWarningMB),
  };
  const template = DATABASES_COLUMNS.map((c) => shared[c] ?? '');
  const at = (column: (typeof DATABASES_COLUMNS)[number]) => DATABASES_COLUMNS.indexOf(column);
  const [name, server, edb, log] = [at('Name'), at('Server'), at('DBFilePath'), at('LogFolderPath')];
  const row = (db: LayoutDatabase) => {
    const cells: CsvCell[] = template.slice();
    cells[name] = db.name;
    cells[server] = db.copies[0]!.server;
    cells[edb] = edbPath(db.name);
    cells[log] = logPath(db.name);
    return cells;
  };
  yield [...DATABASES_COLUMNS];
  for (const db of layout.databases) yield row(db);
}

export function* copiesRows(layout: CopyLayout): Generator<CsvCell[]> {
  const none = timeSpan(0);
  const lags = new Map<number, string>();
  const lag = (days: number) => lags.get(days) ?? lags.set(days, timeSpan(days)).get(days)!;
  yield [...COPIES_COLUMNS];
  for (const db of layout.databases)
    for (let i = 1; i < db.copies.length; i++) {
      const c = db.copies[i]!;
      yield ['', '', db.name, c.server, c.activationPreference, lag(c.replayLagDays), none];
    }
}

/** A PowerShell string literal: single-quoted, each quote doubled (about_Quoting_Rules). */
export function psString(text: string): string {
  // Most names hold no quote: tested first, as the script of a large design quotes a million of them (issue 16).
  return QUOTES.test(text) ? `'${text.replaceAll(QUOTES_ALL, (q) => q + q)}'` : `'${text}'`;
}
const QUOTES = /['\u2018\u2019\u201A\u201B]/;
const QUOTES_ALL = new RegExp(QUOTES.source, 'g');

/** Text a comment line may carry: no line break, which would end the comment and start a command. */
const commentText = (text: string) => text.replaceAll(/[\r\n\u0085\u2028\u2029]/g, ' ');

/** How the script treats a DAG stretched to the DR site (options with DR copies). */
export interface DrActivation {
  /**
   * Active/active [S71]: each site runs users of its own, so no server is blocked; every member may activate copies
   * automatically only within its own Active Directory site (IntrasiteOnly [S72d]), and a database crosses to the
   * other site by a datacenter switchover, as in active/passive. Active/passive (false): the DR servers' copies are
   * activated only by a datacenter switchover, never automatically (Blocked [S72a] [S72b]).
   */
  readonly usersInBothSites: boolean;
}

const quotaParameters = (t: TierLimits) =>
  `-IssueWarningQuota ${psString(quota(t.issueWarningMB))} -ProhibitSendQuota ${psString(quota(t.prohibitSendMB))} -ProhibitSendReceiveQuota ${psString(quota(t.prohibitSendReceiveMB))}`;

/**
 * The Exchange Management Shell script that creates the layout: DAC mode on each DAG stretched to the DR site and, for
 * active/passive, no automatic activation on its DR servers, for active/active activation within each site only
 * [S72a] [S72b] [S72d]; each database on its active server with
 * the limits of the largest tier, mounted, then its copies in activation preference order, lagged copies with their
 * replay lag and suspended from activation [S72b]; last, commented, the limits each other tier's mailboxes need.
 */
export function layoutScript(
  option: string,
  layout: CopyLayout,
  limits: DatabaseLimits,
  dr: DrActivation = { usersInBothSites: false },
): string {
  // Each line ended as it comes, a few thousand joined at a time: a large design's script has millions (issue 16).
  const text = new TextBuilder();
  const lines = {
    push: (...added: string[]) => {
      for (const line of added) {
        text.add(line);
        text.add('\r\n');
      }
    },
  };
  lines.push(
    `# Exchange Management Shell: the mailbox databases and copies of option ${commentText(option)}.`,
    '# Run on a member of each DAG once the DAGs exist; written by exchange-vsphere-sizer.',
  );
  // The DR servers DAG by DAG, in the order of their first server: one pass, not one per DAG (issue 16).
  const drServersOf = new Map<number, string[]>();
  const serversOf = new Map<number, string[]>();
  const append = (map: Map<number, string[]>, dag: number, name: string) => {
    const names = map.get(dag);
    if (names) names.push(name);
    else map.set(dag, [name]);
  };
  for (const s of layout.servers) {
    append(serversOf, s.dag, s.name);
    if (s.site === 'dr') append(drServersOf, s.dag, s.name);
  }
  for (const [dag, drServers] of drServersOf) {
    lines.push(
      '# A DAG stretched to the DR site: Datacenter Activation Coordination mode keeps a site that comes back alone from mounting databases (split brain) [S72a].',
      `Set-DatabaseAvailabilityGroup -Identity ${psString(`DAG${dag}`)} -DatacenterActivationMode 'DagOnly'`,
    );
    if (dr.usersInBothSites) {
      lines.push(
        '# Users active in both sites: each member activates copies automatically within its own site only; a database crosses sites by a datacenter switchover [S72d].',
      );
      for (const server of serversOf.get(dag) ?? [])
        lines.push(`Set-MailboxServer -Identity ${psString(server)} -DatabaseCopyAutoActivationPolicy 'IntrasiteOnly'`);
    } else
      for (const server of drServers)
        lines.push(`Set-MailboxServer -Identity ${psString(server)} -DatabaseCopyAutoActivationPolicy 'Blocked'`);
  }
  const database = limits.database;
  // The same limits on every database, and a few lags: written once, not per line of a large design (issue 16).
  const databaseLimits = `${quotaParameters(database)} -DeletedItemRetention ${psString(timeSpan(database.deletedItemRetentionDays))}`;
  const lags = new Map<number, string>();
  const lagParameter = (days: number) =>
    lags.get(days) ?? lags.set(days, ` -ReplayLagTime ${psString(timeSpan(days))}`).get(days)!;
  // Each server named on a line of every database it holds: quoted once.
  const servers = new Map<string, string>();
  const server = (name: string) => servers.get(name) ?? servers.set(name, psString(name)).get(name)!;
  for (const db of layout.databases) {
    const name = psString(db.name);
    lines.push(
      `New-MailboxDatabase -Name ${name} -Server ${server(db.copies[0]!.server)} -EdbFilePath ${psString(edbPath(db.name))} -LogFolderPath ${psString(logPath(db.name))}`,
      `Set-MailboxDatabase -Identity ${name} ${databaseLimits}`,
      `Mount-Database -Identity ${name}`,
    );
    for (let i = 1; i < db.copies.length; i++) {
      const c = db.copies[i]!;
      const lag = c.replayLagDays > 0 ? lagParameter(c.replayLagDays) : '';
      lines.push(
        `Add-MailboxDatabaseCopy -Identity ${name} -MailboxServer ${server(c.server)} -ActivationPreference ${c.activationPreference}${lag}`,
      );
      // A lagged copy is for recovery to a point in time: activated by hand, never by Active Manager [S72b].
      if (c.kind === 'lagged')
        lines.push(
          `Suspend-MailboxDatabaseCopy -Identity ${psString(`${db.name}\\${c.server}`)} -ActivationOnly -Confirm:$false`,
        );
    }
  }
  if (limits.mailboxOverrides.length > 0) {
    lines.push(
      '#',
      `# The databases hold the limits of tier ${psString(commentText(database.tier))} (${database.mailboxes} mailboxes). Each mailbox of another tier`,
      '# needs its own limits: run the line under its tier for each of its mailboxes, <mailbox> replaced by its name.',
    );
    for (const t of limits.mailboxOverrides)
      lines.push(
        `# Tier ${psString(commentText(t.tier))} (${t.mailboxes} mailboxes):`,
        `# Set-Mailbox -Identity '<mailbox>' -UseDatabaseQuotaDefaults $false ${quotaParameters(t)} -UseDatabaseRetentionDefaults $false -RetainDeletedItemsFor ${psString(timeSpan(t.deletedItemRetentionDays))}`,
      );
  }
  return text.toString();
}

/** The DRS anti-affinity rules of a placement plan: a rule per group of redundant VMs (two or more), per site, its VMs in the order placed. */
export function drsRows(placement: { readonly primary: PlacementPlan; readonly dr: PlacementPlan }): CsvCell[][] {
  const rows: CsvCell[][] = [[...DRS_COLUMNS]];
  for (const site of ['primary', 'dr'] as const) {
    const groups = new Map<string, string[]>();
    for (const host of placement[site].hosts)
      for (const vm of host.vms)
        if (vm.group !== null) {
          // Appended in place: copying the list for each VM grows with the square of a group's size (issue 16).
          const members = groups.get(vm.group);
          if (members) members.push(vm.name);
          else groups.set(vm.group, [vm.name]);
        }
    for (const [group, vms] of groups)
      if (vms.length > 1) for (const vm of vms) rows.push([site, `${group}-apart`, 'VM anti-affinity', vm]);
  }
  return rows;
}

export interface OptionLayoutExport {
  readonly option: string;
  readonly layout: CopyLayout;
  readonly limits: DatabaseLimits;
  readonly lunsPerCopy: number;
  readonly dr: DrActivation;
}

/**
 * The deployable plan beside the workbook: per DAG option the calculator's three CSVs and the shell script, and per
 * option its DRS rules; each file named `<option>-<file>` so that every option's set sits in the one folder.
 */
export function layoutFiles(
  layouts: readonly OptionLayoutExport[],
  placements: readonly { option: string; placement: { primary: PlacementPlan; dr: PlacementPlan } }[],
): OutputFile[] {
  const files: OutputFile[] = [];
  for (const { option, layout, limits, lunsPerCopy, dr } of layouts) {
    files.push(
      { name: `${option}-Servers.csv`, content: csvFile(serversRows(layout, lunsPerCopy)) },
      { name: `${option}-MailboxDatabases.csv`, content: csvFile(databasesRows(layout, limits)) },
      { name: `${option}-MailboxDatabaseCopies.csv`, content: csvFile(copiesRows(layout)) },
      { name: `${option}-CreateDatabases.ps1`, content: `\uFEFF${layoutScript(option, layout, limits, dr)}` },
    );
  }
  for (const { option, placement } of placements)
    files.push({ name: `${option}-DrsRules.csv`, content: csvFile(drsRows(placement)) });
  return files;
}
