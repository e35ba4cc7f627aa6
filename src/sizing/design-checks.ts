import { and, constant, type Expr, eq, ge, ifThen, input, le, max, ne, or, sub, text } from '../expr/expression.js';
import { type Figure, optionFigure } from '../expr/figure.js';
import type { FigureId } from '../model/figure-ids.js';
import { ref } from '../model/figure-ref.js';
import { INPUT_RULES, INPUTS_HOLD } from '../model/input-rules.js';
import { ROLES } from './role-vms.js';

/**
 * A rule a design must keep, as a live check: OK where `holds`, else what is wrong. `unbuildable` rules decide
 * whether the design is valid (designValid); `advice` rules are worth knowing. The engine refuses inputs that
 * break an input rule (src/model/scenario-inputs.ts) and warns of the others (src/options/option-warnings.ts);
 * in the workbook an analyst may type anything, so the checks show it there.
 */
interface DesignCheck {
  readonly id: FigureId;
  readonly label: string;
  readonly holds: Expr;
  readonly message: string;
  readonly severity: 'unbuildable' | 'advice';
  readonly source: string;
  /** The scenario parameters an input rule guards (src/model/input-rules.ts): the workbook validates their cells with it at entry. */
  readonly guards?: readonly string[];
}

const raid = input('raid_level');

/** Every VM of the option fits one host: the mailbox VM, each role's VMs at both sites, the largest workload VM. */
const vmsFitHost = and(
  ref('layoutBuildable'),
  ref('mailboxVcpuFits'),
  ref('mailboxRamFits'),
  le(ref('largestWorkloadVcpu'), ref('maxVcpuPerVm')),
  le(ref('largestWorkloadRamGB'), ref('hostRamForVmsGB')),
  ...(['primary', 'dr'] as const).flatMap((site) =>
    ROLES.flatMap((role) => [
      le(ref(`${site}${role.id}Vcpu`), ref('maxVcpuPerVm')),
      le(ref(`${site}${role.id}RamGB`), ref('hostRamForVmsGB')),
    ]),
  ),
);

const CHECKS: readonly DesignCheck[] = [
  ...INPUT_RULES.map((rule) => ({ ...rule, severity: 'unbuildable' as const })),
  {
    id: 'checkVmsFitHost',
    label: 'Every VM fits one host',
    holds: vmsFitHost,
    message:
      'a VM of this option is larger than a host (vCPU or RAM for VMs): use a larger host or fewer mailboxes per server',
    severity: 'unbuildable',
    source: '[L:S23]',
  },
  {
    id: 'checkPlacement',
    label: 'Every VM placed whole on the hosts costed, redundant instances apart',
    holds: and(
      ...(['primary', 'dr'] as const).map((site) =>
        le(ref(`${site}HostsForPlacement`), sub(ref(`${site}Hosts`), ref(`${site}SpareHosts`))),
      ),
    ),
    message: 'the packing needs more hosts than are costed',
    severity: 'unbuildable',
    source: 'method step 7',
  },
  {
    id: 'checkJbodCopies',
    label: 'JBOD only with enough database copies',
    holds: or(ne(raid, text('JBOD')), ge(ref('databaseCopiesInSite'), constant('jbod_min_database_copies'))),
    message: 'JBOD storage is supported only with jbod_min_database_copies or more copies: use RAID for this option',
    severity: 'unbuildable',
    source: '[S7]',
  },
  {
    id: 'checkDatabasesPerServer',
    label: 'Database copies per server within Exchange 2010 Enterprise',
    // Either site's servers (active/active: the DR site's hold their own users' copies too, site-copies.ts).
    holds: le(
      max(ref('databaseCopiesPerServer'), ref('drSiteDatabaseCopiesPerServer')),
      constant('databases_per_server_enterprise'),
    ),
    message: 'more database copies on a server than Exchange 2010 Enterprise mounts',
    severity: 'unbuildable',
    source: '[S6]',
  },
  {
    id: 'checkDagMembers',
    label: 'DAG members within the limit, both sites',
    holds: le(ref('dagMembersBothSites'), constant('members_per_dag_max')),
    message:
      'a DAG would have more members in both sites than a DAG allows: lower the DR capacity or the mailboxes per DAG',
    severity: 'unbuildable',
    source: '[S37]',
  },
  {
    id: 'checkDatabaseSize',
    label: 'A mailbox fits the largest database allowed',
    holds: ref('databaseWithinSizeLimit'),
    message: 'one mailbox does not fit the largest database allowed',
    severity: 'unbuildable',
    source: '[S10]',
  },
  {
    id: 'checkWindowsEdition',
    label: 'A Windows Server edition fits',
    holds: ref('windowsEditionValid'),
    message:
      'no available Windows Server edition fits this option (a DAG needs failover clustering; the VM memory the edition addresses)',
    severity: 'unbuildable',
    source: '[L:S1]',
  },
  {
    id: 'checkVsphereEdition',
    label: 'A vSphere edition has every feature needed',
    holds: ref('vsphereEditionValid'),
    message: 'no vSphere edition in data/vsphere-editions.csv has every feature this option needs',
    severity: 'unbuildable',
    source: '[L:S3]',
  },
  {
    id: 'checkLaggedCopiesOnRaid',
    label: 'Lagged copies protected by RAID or numerous enough',
    holds: or(
      ne(raid, text('JBOD')),
      eq(ref('laggedCopyStorageGB'), 0),
      ge(input('lagged_copies'), constant('lagged_copies_without_raid_min')),
    ),
    message: 'lagged copies should be protected by RAID, or kept in greater number',
    severity: 'advice',
    source: '[S7]',
  },
  {
    id: 'checkVirtualDisks',
    label: 'Virtual disks per mailbox VM within the platform',
    holds: ref('mailboxVmDisksFit'),
    message:
      'a LUN per database and per log makes more virtual disks than a VM can have: share virtual disks or add servers',
    severity: 'advice',
    source: 'VMware Configuration Maximums',
  },
  {
    id: 'checkRestoreByVdr',
    label: 'Mailbox databases restored by an Exchange-aware agent',
    holds: ne(input('backup_method'), text('vdr')),
    message:
      'VMware Data Recovery cannot restore a mailbox database properly: mailbox servers keep an in-guest Exchange-aware agent',
    severity: 'advice',
    source: 'brief 6.2',
  },
  // [L:S50] [L:S101] TechNet: the round trip between DAG members must not exceed the limit; only a DAG with DR copies spans the WAN.
  {
    id: 'checkWanLatency',
    label: 'WAN latency within the limit of a DAG stretched across the sites',
    holds: or(eq(ref('drDatabaseCopies'), 0), le(input('wan_latency_ms'), constant('dag_round_trip_latency_max_ms'))),
    message: 'the WAN round trip is above what a DAG allows between its members: keep the DAG within one site',
    severity: 'unbuildable',
    source: '[L:S50] [L:S101]',
  },
  {
    id: 'checkWanBandwidth',
    label: 'WAN link keeps the DR copies current at the peak',
    holds: le(ref('wanReplicationPeakMbps'), ref('wanUsableMbps')),
    message:
      'the replication to the DR site at the peak hour needs more than the WAN link gives at the utilisation target: the DR copies fall behind and catch up later, and a site loss loses what they lag by (the site loss data loss counts it); a larger link keeps them current',
    severity: 'advice',
    source: '[S13]',
  },
  // A link that cannot ship a day's replication within the day leaves the DR copies ever further behind: the site
  // loss protection the option claims does not hold [S13].
  {
    id: 'checkWanKeepsUp',
    label: 'WAN link ships a day of replication within the day',
    holds: ref('wanKeepsUp'),
    message:
      'the WAN link at the utilisation target carries less than a day of replication to the DR site in a day: the DR copies fall further behind every day and a site loss would lose an unbounded amount of mail; raise wan_link_mbps',
    severity: 'unbuildable',
    source: '[S13]',
  },
  // [S72] A site-resilient DAG is defined by its DR copies: drNonLaggedDatabaseCopies keeps one where dr_copies is 0.
  {
    id: 'checkDrCopiesAsAsked',
    label: 'DR copies as many as dr_copies asks',
    holds: le(ref('drNonLaggedDatabaseCopies'), input('dr_copies')),
    message:
      'this option keeps one DR copy of each database: dr_copies is 0, and a site-resilient DAG is defined by its DR copies; the sizing, the costs and the plan count one',
    severity: 'advice',
    source: '[S72]',
  },
  {
    id: 'checkBackupLogsFitLogLun',
    label: 'The log LUN holds the logs the backup schedule leaves on disk',
    holds: ref('backupLogsFitLogLun'),
    message:
      'differential backups truncate no logs, so a week of logs stays on disk until the full: raise log_truncation_failure_days to the days between fulls, or back up incrementals',
    severity: 'advice',
    source: "Microsoft 'Backup Operations' (aa579157); [S39]",
  },
  {
    id: 'checkBackupFitsLanLink',
    label: 'The backup of a night fits the window over the LAN link of each mailbox server',
    holds: ref('backupFitsLanLink'),
    message:
      'the largest night of backups needs more than the LAN link of a mailbox server gives at the utilisation target within the backup window: back up a weekly full with daily incrementals and give the full a longer (weekend) window, widen the window, or add a faster backup network',
    severity: 'advice',
    source: "Microsoft 'Backup Operations' (aa579157); [S13]",
  },
  // Databases fail over whole [S13]: the VM is sized for the survivors' whole databases, so this fails only where no
  // VM the host holds serves them (or an analyst overrides a figure in the workbook); a design over the CPU target or
  // short of database cache at a failure it claims to survive is not one to sign [S12] [S14].
  {
    id: 'checkFailuresWithinTarget',
    label: 'Every survivor of the worst tolerated failure within the CPU target and its database cache',
    holds: and(ref('singleFailureWithinTarget'), ref('worstFailureWithinTarget')),
    message:
      'a surviving mailbox server mounts more whole databases than its vCPU serve within max_cpu_utilization_pct or its database cache holds: use a larger host, more mailbox servers, or fewer failures to survive',
    severity: 'unbuildable',
    source: '[S12] [S13] [S14]',
  },
  // The DR members are counted from the average share; after a site loss they mount whole databases [S13].
  {
    id: 'checkSiteFailureWithinTarget',
    label: 'The DR members within the CPU target and their database cache after a site failure',
    holds: ref('siteFailureWithinTarget'),
    message:
      'after a site failure the DR mailbox servers mount more whole databases than their vCPU serve within max_cpu_utilization_pct or their database cache holds: add DR capacity (dr_capacity_pct is met only in part)',
    severity: 'advice',
    source: '[S13] [S71]',
  },
];

const check = (c: DesignCheck): Figure =>
  optionFigure(
    c.id,
    { label: c.label, unit: '', kind: 'text', source: c.source },
    ifThen(c.holds, text('OK'), text(`${c.severity === 'advice' ? 'Advice' : 'Not valid'}: ${c.message}`)),
  );

/** The checks of each option, OK or what is wrong, and whether the design is valid (every unbuildable rule holds). */
export const designCheckFigures: readonly Figure[] = [
  ...CHECKS.map(check),
  optionFigure(
    'designValid',
    {
      label: 'Design valid (every rule above that makes a design unbuildable holds)',
      unit: 'yes/no',
      kind: 'flag',
      source: 'issue 12',
    },
    // The rules between inputs first: where they break, the sizing may give errors, and the answer is their FALSE.
    ifThen(
      INPUTS_HOLD,
      and(...CHECKS.filter((c) => c.severity === 'unbuildable' && !c.guards).map((c) => eq(ref(c.id), text('OK')))),
      INPUTS_HOLD,
    ),
  ),
];
