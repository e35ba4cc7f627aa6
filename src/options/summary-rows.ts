/** One row of the side-by-side summary: a figure of every option, in the workbook and in summary.csv. */
export interface SummaryRow {
  /** Column name in summary.csv. */
  readonly key: string;
  readonly label: string;
  /** The option figure it shows. */
  readonly figure: string;
}

/** The summary, in reading order: the one list behind the Summary sheet, summary.csv and the terminal table. */
export const SUMMARY_ROWS: readonly SummaryRow[] = [
  { key: 'design_valid', label: 'Design valid', figure: 'designValid' },
  { key: 'hosts_primary', label: 'Hosts, primary site', figure: 'primaryHosts' },
  { key: 'hosts_dr', label: 'Hosts, DR site', figure: 'drHosts' },
  { key: 'hosts_total', label: 'Hosts, total', figure: 'totalHosts' },
  { key: 'ha_spare_hosts', label: 'HA spare hosts, primary site', figure: 'primarySpareHosts' },
  { key: 'vms_primary', label: 'VMs, primary site', figure: 'primaryVms' },
  { key: 'vms_dr', label: 'VMs, DR site', figure: 'drVms' },
  { key: 'vcpu_primary', label: 'vCPU, primary site', figure: 'primaryVcpu' },
  { key: 'ram_gb_primary', label: 'VM RAM, primary site', figure: 'primaryRamGB' },
  { key: 'mailbox_servers', label: 'Mailbox servers, primary site', figure: 'mailboxServers' },
  { key: 'mailbox_servers_per_dag', label: 'Mailbox servers per DAG', figure: 'memberServers' },
  { key: 'mailbox_vcpu', label: 'vCPU per mailbox VM', figure: 'vcpu' },
  { key: 'mailbox_ram_gb', label: 'RAM per mailbox VM', figure: 'ramGB' },
  { key: 'databases', label: 'Databases', figure: 'databases' },
  { key: 'storage_primary_gb', label: 'Storage, primary site', figure: 'primaryStorageGB' },
  { key: 'storage_dr_gb', label: 'Storage, DR site', figure: 'drStorageGB' },
  { key: 'storage_total_tb', label: 'Storage, total', figure: 'totalStorageTB' },
  { key: 'disks_primary', label: 'Disks, primary site', figure: 'primaryDisks' },
  { key: 'mailbox_iops_primary', label: 'Mailbox IOPS, primary site', figure: 'primaryMailboxIops' },
  { key: 'host_cost', label: 'Hosts', figure: 'hostCost' },
  { key: 'storage_cost', label: 'Storage', figure: 'storageCost' },
  { key: 'licence_cost', label: 'Licences', figure: 'licenceCost' },
  { key: 'capex', label: 'Capital cost', figure: 'capex' },
  { key: 'yearly_cost', label: 'Yearly cost', figure: 'yearlyCost' },
  { key: 'tco', label: 'Total cost of ownership', figure: 'tco' },
  { key: 'cost_per_mailbox', label: 'TCO per mailbox', figure: 'costPerMailbox' },
  { key: 'cost_per_mailbox_per_month', label: 'TCO per mailbox per month', figure: 'costPerMailboxPerMonth' },
  { key: 'physical_servers', label: 'Physical servers for the same design', figure: 'physicalServers' },
  { key: 'consolidation_ratio', label: 'Consolidation ratio', figure: 'consolidationRatio' },
  { key: 'host_failure_recovery_minutes', label: 'Host failure: recovery', figure: 'hostFailureRecoveryMinutes' },
  { key: 'host_failure_full_redundancy_minutes', label: 'Host failure: back to full redundancy', figure: 'hostFailureRedundancyMinutes' },
  { key: 'guest_os_failure_recovery_minutes', label: 'Guest OS failure: recovery', figure: 'guestOsFailureRecoveryMinutes' },
  { key: 'application_failure_recovery_minutes', label: 'Application failure: recovery', figure: 'applicationFailureRecoveryMinutes' },
  { key: 'database_corruption_recovery_minutes', label: 'Database corruption: recovery', figure: 'databaseCorruptionRecoveryMinutes' },
  { key: 'database_corruption_data_loss_minutes', label: 'Database corruption: data loss', figure: 'databaseCorruptionDataLossMinutes' },
  { key: 'site_loss_protected', label: 'Site loss: protected', figure: 'siteLossProtected' },
  { key: 'site_loss_recovery_minutes', label: 'Site loss: recovery', figure: 'siteLossRecoveryMinutes' },
  { key: 'site_loss_data_loss_minutes', label: 'Site loss: data loss', figure: 'siteLossDataLossMinutes' },
];
