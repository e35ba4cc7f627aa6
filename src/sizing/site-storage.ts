import {
  add,
  constant,
  div,
  type Expr,
  eq,
  ifThen,
  input,
  lookup,
  max,
  mul,
  optionInput,
  or,
  roundUp,
  sub,
  text,
} from '../expr/expression.js';
import { type Figure, optionFigure } from '../expr/figure.js';
import { ref } from '../model/figure-ref.js';
import { shareOf } from './shares.js';
import { activeActive } from './site-resilience.js';

const gb = (id: string, label: string, expr: Expr, source = 'method step 3') =>
  optionFigure(id, { label, unit: 'GB', source }, expr);
const backup = (method: string) => eq(input('backup_method'), text(method));
const usableGBPerDisk = mul(
  input('disk_formatted_capacity_gb'),
  lookup('raid-levels', 'raid_level', 'usable_share', input('raid_level'), 'exact'),
);
const copyLuns = add(ref('databaseLunGB'), ref('logLunGB'));
const replicasLocal = eq(input('replication_target'), text('local'));
/** [S7] OS and other volumes: RAID1/10 best practice; JBOD is only for database copies, so those pools take RAID10 then. */
const otherPoolUsableGBPerDisk = mul(
  input('disk_formatted_capacity_gb'),
  lookup(
    'raid-levels',
    'raid_level',
    'usable_share',
    ifThen(eq(input('raid_level'), text('JBOD')), text('RAID10'), input('raid_level')),
    'exact',
  ),
);

/**
 * Storage per site and per copy kind (active, passive, lagged, replicated, snapshot reserve, backup),
 * and the disks each site needs for its capacity and its mailbox IOPS.
 */
export const siteStorageFigures: readonly Figure[] = [
  gb(
    'laggedCopyStorageGB',
    'Lagged copies, DR site',
    ifThen(
      optionInput('lagged_dr_copies'),
      mul(ref('databases'), input('lagged_copies'), add(ref('databaseLunGB'), ref('laggedLogLunGB'))),
      0,
    ),
    '[S25] [S39]',
  ),
  gb(
    'drPassiveCopyStorageGB',
    'Non-lagged copies, DR site',
    mul(ref('databases'), ref('drNonLaggedDatabaseCopies'), copyLuns),
  ),
  // Active/active: each site holds its own users' C copies and the other site's DR copies, so copies move from the
  // primary site to the DR site; the total is the same [S71] (the even split of users is an assumption).
  gb(
    'activeActiveCopiesMovedToDrGB',
    'Database copies the DR site holds instead of the primary site (active/active)',
    ifThen(
      activeActive,
      mul(
        ref('databases'),
        sub(ref('databaseCopiesInSite'), ref('drNonLaggedDatabaseCopies')),
        sub(1, constant('active_active_primary_site_user_share')),
        copyLuns,
      ),
      0,
    ),
    '[S71] (user share: assumption)',
  ),
  gb(
    'replicaTargetStorageGB',
    'Replication targets of the mailbox databases',
    ifThen(optionInput('in_guest_replication'), ref('activeCopyStorageGB'), 0),
    'brief 5.3.1',
  ),
  gb(
    'exchangeSystemDisksPrimaryGB',
    'Exchange VM system disks, primary site',
    mul(
      add(
        ref('primaryMailboxVms'),
        ref('primaryClientAccessVms'),
        ref('primaryHubTransportVms'),
        ref('primaryGlobalCatalogVms'),
      ),
      input('role_vm_os_disk_gb'),
    ),
  ),
  gb(
    'exchangeSystemDisksDrGB',
    'Exchange VM system disks, DR site',
    mul(
      add(ref('drMailboxServers'), ref('drClientAccessVms'), ref('drHubTransportVms'), ref('drGlobalCatalogVms')),
      input('role_vm_os_disk_gb'),
    ),
  ),
  gb(
    'snapshotReserveGB',
    'Snapshot reserve for array-based backups',
    ifThen(
      backup('array-snapshot'),
      mul(add(ref('activeCopyStorageGB'), ref('passiveCopyStorageGB')), shareOf('snapshot_reserve_pct')),
      0,
    ),
    'brief 6.3 (assumption)',
  ),
  gb(
    'backupStorageGB',
    'Backup target for in-guest mailbox backups',
    ifThen(
      or(backup('in-guest'), backup('vdr')),
      mul(ref('mailboxDataPerDagGB'), ref('dags'), shareOf('backup_storage_pct')),
      0,
    ),
    'brief 6.1 (assumption)',
  ),
  gb(
    'vdrDedupeStoreGB',
    'VMware Data Recovery dedupe store (used space of the protected CAS and Hub VMs)',
    ifThen(
      backup('vdr'),
      mul(add(ref('primaryClientAccessVms'), ref('primaryHubTransportVms')), input('role_vm_os_disk_gb')),
      0,
    ),
    '[L:S30]',
  ),
  optionFigure(
    'vdrAppliances',
    { label: 'VMware Data Recovery appliances', unit: 'appliances', kind: 'count', source: '[L:S30] [L:S31]' },
    ifThen(
      backup('vdr'),
      max(
        roundUp(
          div(add(ref('primaryClientAccessVms'), ref('primaryHubTransportVms')), constant('vms_per_vdr_appliance')),
        ),
        roundUp(
          div(
            ref('vdrDedupeStoreGB'),
            mul(constant('vdr_dedupe_store_max_gb'), constant('dedupe_stores_per_vdr_appliance')),
          ),
        ),
      ),
      0,
    ),
  ),
  gb(
    'primaryStorageGB',
    'Storage, primary site',
    sub(
      add(
        ref('activeCopyStorageGB'),
        ref('passiveCopyStorageGB'),
        ifThen(replicasLocal, ref('replicaTargetStorageGB'), 0),
        ref('exchangeSystemDisksPrimaryGB'),
        ref('otherWorkloadStorageGB'),
        ref('snapshotReserveGB'),
        ref('backupStorageGB'),
        ref('vdrDedupeStoreGB'),
      ),
      ref('activeActiveCopiesMovedToDrGB'),
    ),
  ),
  gb(
    'srmReplicaStorageGB',
    'Array replica of the primary site (SRM)',
    ifThen(
      optionInput('srm'),
      add(
        ref('activeCopyStorageGB'),
        ref('passiveCopyStorageGB'),
        ref('exchangeSystemDisksPrimaryGB'),
        ref('otherWorkloadStorageGB'),
      ),
      0,
    ),
    'brief 5.1.1',
  ),
  gb(
    'drStorageGB',
    'Storage, DR site',
    add(
      ref('laggedCopyStorageGB'),
      ref('drPassiveCopyStorageGB'),
      ifThen(replicasLocal, 0, ref('replicaTargetStorageGB')),
      ref('exchangeSystemDisksDrGB'),
      ref('srmReplicaStorageGB'),
      ref('activeActiveCopiesMovedToDrGB'),
    ),
  ),
  optionFigure(
    'primaryMailboxIops',
    { label: 'Mailbox database and log IOPS, primary site', unit: 'IOPS', source: 'method step 5' },
    mul(ref('mailboxServers'), add(ref('databaseIopsPerServer'), ref('logIopsPerServer'))),
  ),
  gb(
    'primarySystemPoolGB',
    'Storage, primary site, outside the mailbox and backup pools (system disks, workloads, local replicas, snapshot reserve)',
    add(
      ifThen(replicasLocal, ref('replicaTargetStorageGB'), 0),
      ref('exchangeSystemDisksPrimaryGB'),
      ref('otherWorkloadStorageGB'),
      ref('snapshotReserveGB'),
    ),
  ),
  gb(
    'primaryBackupPoolGB',
    'Backup target pool, primary site (never the production pool)',
    add(ref('backupStorageGB'), ref('vdrDedupeStoreGB')),
  ),
  optionFigure(
    'primaryMailboxDisks',
    { label: 'Mailbox database and log disks, primary site', unit: 'disks', kind: 'count', source: 'method step 5' },
    mul(ref('mailboxServers'), ref('disksPerServer')),
  ),
  optionFigure(
    'primarySystemPoolDisks',
    {
      label: 'Disks of the system and workload pool, primary site',
      unit: 'disks',
      kind: 'count',
      source: 'method step 5',
    },
    roundUp(div(ref('primarySystemPoolGB'), otherPoolUsableGBPerDisk)),
  ),
  optionFigure(
    'primaryBackupPoolDisks',
    { label: 'Disks of the backup target pool, primary site', unit: 'disks', kind: 'count', source: 'method step 5' },
    roundUp(div(ref('primaryBackupPoolGB'), otherPoolUsableGBPerDisk)),
  ),
  optionFigure(
    'primaryDisks',
    { label: 'Disks, primary site', unit: 'disks', kind: 'count', source: 'method step 5' },
    add(ref('primaryMailboxDisks'), ref('primarySystemPoolDisks'), ref('primaryBackupPoolDisks')),
  ),
  optionFigure(
    'drDisks',
    { label: 'Disks, DR site', unit: 'disks', kind: 'count', source: 'method step 5' },
    max(
      roundUp(div(ref('drStorageGB'), usableGBPerDisk)),
      mul(ref('drMailboxServers'), ref('disksByIopsPerServer')),
      ifThen(optionInput('srm'), ref('primaryDisks'), 0),
      // Active/active: the DR site's mailbox servers mirror the primary's, their disks too [S71].
      ifThen(activeActive, mul(ref('drMailboxServers'), ref('disksPerServer')), 0),
    ),
  ),
  optionFigure(
    'totalStorageTB',
    { label: 'Storage, both sites', unit: 'TB' },
    div(add(ref('primaryStorageGB'), ref('drStorageGB')), constant('gb_per_tb')),
  ),
];
