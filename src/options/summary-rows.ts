import type { FigureId } from '../model/figure-ids.js';

/** One row of the side-by-side summary: a figure of every option, in the workbook and in summary.csv. */
export interface SummaryRow {
  /** Column name in summary.csv and the sweep CSV: the figure's id, as in details.csv, comparison.json and `explain`. */
  readonly key: FigureId;
  readonly label: string;
  /** The option figure it shows. */
  readonly figure: FigureId;
}

const row = (figure: FigureId, label: string): SummaryRow => ({ key: figure, label, figure });

/**
 * The summary, in reading order: the one list behind the Summary sheet, summary.csv and the terminal table.
 * Each failure has its `...Protected` flag beside its minutes, which are numbers only where it is protected.
 */
export const SUMMARY_ROWS: readonly SummaryRow[] = [
  row('designValid', 'Design valid'),
  row('primaryHosts', 'Hosts, primary site'),
  row('drHosts', 'Hosts, DR site'),
  row('totalHosts', 'Hosts, total'),
  row('primarySpareHosts', 'HA spare hosts, primary site'),
  row('primaryVms', 'VMs, primary site'),
  row('drVms', 'VMs, DR site'),
  row('primaryVcpu', 'vCPU, primary site'),
  row('primaryRamGB', 'VM RAM, primary site'),
  row('mailboxServers', 'Mailbox servers, primary site'),
  row('memberServers', 'Mailbox servers per DAG'),
  row('vcpu', 'vCPU per mailbox VM'),
  row('ramGB', 'RAM per mailbox VM'),
  row('databases', 'Databases'),
  row('primaryStorageGB', 'Storage, primary site'),
  row('drStorageGB', 'Storage, DR site'),
  row('totalStorageTB', 'Storage, total'),
  row('primaryDisks', 'Disks, primary site'),
  row('primaryMailboxIops', 'Mailbox IOPS, primary site'),
  row('hostCost', 'Hosts'),
  row('storageCost', 'Storage'),
  row('licenceCost', 'Licences'),
  row('capex', 'Capital cost'),
  row('yearlyCost', 'Yearly cost'),
  row('tco', 'Total cost of ownership'),
  row('costPerMailbox', 'TCO per mailbox'),
  row('costPerMailboxPerMonth', 'TCO per mailbox per month'),
  row('physicalServers', 'Physical servers for the same design'),
  row('consolidationRatio', 'Consolidation ratio'),
  row('hostFailureProtected', 'Host failure: protected'),
  row('hostFailureRecoveryMinutes', 'Host failure: recovery'),
  row('hostFailureRedundancyMinutes', 'Host failure: back to full redundancy'),
  row('guestOsFailureProtected', 'Guest OS failure: protected'),
  row('guestOsFailureRecoveryMinutes', 'Guest OS failure: recovery'),
  row('applicationFailureProtected', 'Application failure: protected'),
  row('applicationFailureRecoveryMinutes', 'Application failure: recovery'),
  row('databaseCorruptionProtected', 'Database corruption: protected'),
  row('databaseCorruptionRecoveryMinutes', 'Database corruption: recovery'),
  row('databaseCorruptionDataLossMinutes', 'Database corruption: data loss'),
  row('siteLossProtected', 'Site loss: protected'),
  row('siteLossRecoveryMinutes', 'Site loss: recovery'),
  row('siteLossDataLossMinutes', 'Site loss: data loss'),
];
