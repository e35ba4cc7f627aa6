import type { FigureValues } from './options-model.js';
import type { PlacementPlan } from './placement.js';

type Values = FigureValues;

/** A throughput as the warnings write it: whole megabits per second, rounded up. */
const mbps = (value: unknown): string => String(Math.ceil(Number(value)));

/** Something a reader of the comparison must know about one option's design. */
export interface OptionWarning {
  readonly code: string;
  readonly message: string;
  /** `unbuildable`: the design as costed cannot be built or is unsupported; `advice`: worth knowing. */
  readonly severity: 'unbuildable' | 'advice';
}

/** The warnings that apply to one option, from its figures and its placement plans. */
export function optionWarnings(
  values: Values,
  parameters: Pick<ReadonlyMap<string, unknown>, 'get'>,
  limits: {
    databasesPerServerMax: number;
    jbodMinCopies: number;
    laggedWithoutRaidMin: number;
    membersPerDagMax: number;
    dagRoundTripLatencyMaxMs: number;
  },
  /** Per site: whether its VMs place whole, and its plan (read only for the message of one that does not). */
  placements: { site: string; feasible: boolean; plan: () => PlacementPlan }[],
): OptionWarning[] {
  const warnings: OptionWarning[] = [];
  const raid = String(parameters.get('raid_level'));
  const backup = String(parameters.get('backup_method'));
  if (values.windowsEditionValid !== true) {
    warnings.push({
      code: 'no-windows-edition',
      severity: 'unbuildable',
      message:
        'No available Windows Server edition in data/windows-editions.csv fits this option (a DAG needs failover clustering).',
    });
  }
  if (values.vsphereEditionValid !== true) {
    warnings.push({
      code: 'no-vsphere-edition',
      severity: 'unbuildable',
      message: 'No vSphere edition in data/vsphere-editions.csv has every feature this option needs.',
    });
  }
  // Either site's servers, as the design check counts them (active/active: the DR site's hold their own users' too).
  const copiesPerServer = Math.max(
    Number(values.databaseCopiesPerServer),
    Number(values.drSiteDatabaseCopiesPerServer ?? 0),
  );
  if (copiesPerServer > limits.databasesPerServerMax) {
    warnings.push({
      code: 'databases-per-server',
      severity: 'unbuildable',
      message: `${copiesPerServer} database copies per server exceed the Exchange 2010 Enterprise limit of ${limits.databasesPerServerMax} [S6].`,
    });
  }
  if (Number(values.dagMembersBothSites) > limits.membersPerDagMax) {
    warnings.push({
      code: 'dag-members',
      severity: 'unbuildable',
      message: `A DAG would have ${values.dagMembersBothSites} members in both sites (${values.memberServers} primary, ${values.drMailboxServersPerDag} DR), more than the ${limits.membersPerDagMax} a DAG allows [S37]; lower the DR capacity or the mailboxes per DAG.`,
    });
  }
  if (values.mailboxVmSpansNumaNodes === true) {
    warnings.push({
      code: 'numa-span',
      severity: 'advice',
      message: `The mailbox VM (${values.vcpu} vCPU, ${values.ramGB} GB) spans NUMA nodes of the host: no VM within one socket serves a mailbox here, or the member count is fixed; VMware sizes Exchange VMs within a NUMA node where possible [L:S78].`,
    });
  }
  if (raid === 'JBOD' && Number(values.databaseCopiesInSite) < limits.jbodMinCopies) {
    warnings.push({
      code: 'jbod-copies',
      severity: 'unbuildable',
      message: `JBOD storage is supported only with ${limits.jbodMinCopies} or more database copies [S7]; use RAID for this option.`,
    });
  }
  if (
    raid === 'JBOD' &&
    Number(values.laggedCopyStorageGB) > 0 &&
    Number(parameters.get('lagged_copies')) < limits.laggedWithoutRaidMin
  ) {
    warnings.push({
      code: 'jbod-lagged-copy',
      severity: 'advice',
      message: `Lagged copies should be protected by RAID, or keep ${limits.laggedWithoutRaidMin} or more of them [S7].`,
    });
  }
  if (values.databaseWithinSizeLimit === false) {
    warnings.push({
      code: 'database-size',
      severity: 'unbuildable',
      message: `One mailbox (${values.averageMailboxSizeOnDiskMB} MB on disk with its overhead) does not fit the largest database allowed, ${values.databaseSizeLimitGB} GB.`,
    });
  }
  if (values.mailboxVmDisksFit === false) {
    warnings.push({
      code: 'virtual-disks-per-vm',
      // The disks are costed by capacity, not by LUN: the design holds with several databases per virtual disk.
      severity: 'advice',
      message: `A database and a log LUN for each of a mailbox VM's ${values.databaseCopiesPerServer} database copies, and its system disk, make ${values.virtualDisksPerMailboxVm} virtual disks, more than the ${values.maxVirtualDisksPerVm} a VM can have (VMware Configuration Maximums): put several databases, or each database and its logs, on one virtual disk within the platform's largest, or use more mailbox servers.`,
    });
  }
  if (values.parityRaidOnSlowDisks === true) {
    warnings.push({
      code: 'raid-slow-disks',
      severity: 'advice',
      message: `${raid} database volumes on ${String(parameters.get('database_disk'))} disks: Microsoft's best practice for 5,400 or 7,200 rpm disks is RAID1/10 (or JBOD with three or more copies) [S7].`,
    });
  }
  if (backup === 'vdr') {
    warnings.push({
      code: 'vdr-mailbox',
      severity: 'advice',
      message:
        'VMware Data Recovery protects the Client Access and Hub Transport VMs, but it cannot restore a mailbox database properly: mailbox servers keep an in-guest Exchange-aware agent (brief 6.2).',
    });
  }
  if (values.checkWanLatency !== 'OK') {
    warnings.push({
      code: 'wan-latency',
      severity: 'unbuildable',
      message: `The WAN round trip of ${String(parameters.get('wan_latency_ms'))} ms is above the ${limits.dagRoundTripLatencyMaxMs} ms Microsoft allows between the members of a DAG [L:S50] [L:S101]: a DAG with copies at the DR site cannot span this link.`,
    });
  }
  // A link that never catches up has its own (unbuildable) warning below.
  if (values.checkWanBandwidth !== 'OK' && values.checkWanKeepsUp === 'OK') {
    warnings.push({
      code: 'wan-bandwidth',
      severity: 'advice',
      message: `Replication to the DR site needs ${mbps(values.wanReplicationPeakMbps)} Mbit/s at the peak hour, more than the ${mbps(values.wanUsableMbps)} Mbit/s the WAN link gives at the utilisation target: the DR copies fall up to ${Math.ceil(Number(values.wanWorstLagMinutes))} minutes behind and catch up later, and the site loss data loss counts that lag; a link of ${mbps(values.wanLinkNeededMbps)} Mbit/s keeps them current (the hourly log profile is an assumption, data/log-generation-by-hour.csv).`,
    });
  }
  if (values.checkWanKeepsUp !== 'OK') {
    warnings.push({
      code: 'wan-keeps-up',
      severity: 'unbuildable',
      message: `The WAN link carries less than a day of replication to the DR site in a day (${mbps(values.wanUsableMbps)} Mbit/s at the utilisation target): the DR copies fall further behind every day, so the site loss protection does not hold; raise wan_link_mbps to at least ${mbps(values.wanLinkNeededMbps)} Mbit/s to keep them current at the peak.`,
    });
  }
  if (values.checkFailuresWithinTarget !== 'OK') {
    warnings.push({
      code: 'failover-over-target',
      severity: 'unbuildable',
      message:
        'After a tolerated failure a surviving mailbox server mounts whole databases (ROUNDUP(databases / survivors) [S13]) beyond what the largest VM the host allows serves within the CPU target or its database cache (the Activation scenarios show which): use a larger host, more members, or fewer failures to survive.',
    });
  }
  if (values.checkSiteFailureWithinTarget !== 'OK') {
    warnings.push({
      code: 'site-failure-over-target',
      severity: 'advice',
      message:
        'After a site failure the DR mailbox servers mount whole databases (ROUNDUP(databases / DR members) [S13]) beyond their CPU target or database cache (the Activation scenarios show which): the DR site runs the users slower than sized, or add DR capacity.',
    });
  }
  if (values.checkDrCopiesAsAsked !== 'OK') {
    warnings.push({
      code: 'dr-copies-floor',
      severity: 'advice',
      message:
        'Keeps one DR copy of each database: dr_copies is 0, and a site-resilient DAG is defined by its DR copies [S72]; the sizing, the costs and the deployable plan count one (drNonLaggedDatabaseCopies = MAX(1, dr_copies)).',
    });
  }
  if (values.backupLogsFitLogLun === false) {
    warnings.push({
      code: 'backup-logs-log-lun',
      severity: 'advice',
      message: `The ${String(parameters.get('backup_schedule'))} schedule leaves the logs on disk until the weekly full truncates them (differential backups truncate none: Microsoft 'Backup Operations', aa579157), longer than the ${String(parameters.get('log_truncation_failure_days'))} days of logs the log LUN holds: raise log_truncation_failure_days to the days between fulls, or back up incrementals.`,
    });
  }
  if (values.backupFitsLanLink === false) {
    warnings.push({
      code: 'backup-lan-link',
      severity: 'advice',
      message: `The largest night of the ${String(parameters.get('backup_schedule'))} schedule needs ${mbps(values.backupLanMbpsPerServer)} Mbit/s of LAN link per mailbox server (${mbps(values.backupThroughputMBPerSecondPerServer)} MB/s in the ${String(parameters.get('backup_window_hours'))}-hour window, at the ${String(parameters.get('link_utilization_pct'))} % utilisation target), more than its ${String(parameters.get('lan_link_mbps'))} Mbit/s link: back up a weekly full with daily incrementals (weekly-full-daily-incremental: an incremental night copies one day of logs) and run the full in a longer weekend window, widen backup_window_hours, or add a faster backup network.`,
    });
  }
  const spares: Record<string, number> = {
    primary: Number(values.primarySpareHosts ?? 0),
    DR: Number(values.drSpareHosts ?? 0),
  };
  for (const { site, feasible, plan: planOf } of placements) {
    if (!feasible) {
      warnings.push({
        code: 'placement',
        severity: 'unbuildable',
        // Built when read: the host count it names takes more placements to find, which a sweep does not need.
        get message() {
          const plan = planOf();
          const spare = spares[site] ?? 0;
          const counted = plan.hostsAvailable + spare;
          const kept =
            spare > 0 ? ` left after ${spare} ${spare === 1 ? 'host' : 'hosts'} kept spare for vSphere HA` : '';
          const needed = Number.isFinite(plan.hostsNeeded)
            ? `it needs ${plan.hostsNeeded}${spare > 0 ? ` (${plan.hostsNeeded + spare} in all)` : ''}`
            : 'a VM is larger than a host';
          return `The ${site} site's ${counted} hosts cannot hold every VM whole: first fit left ${plan.unplaced.join(', ')} over on the ${plan.hostsAvailable} hosts${kept}; ${needed}. The packing formulas and the placement disagree: please report it; the costs count ${counted} hosts.`;
        },
      });
    }
  }
  return warnings;
}
