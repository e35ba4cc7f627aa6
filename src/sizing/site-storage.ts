import {
  add,
  constant,
  div,
  type Expr,
  eq,
  gt,
  ifThen,
  input,
  max,
  mul,
  num,
  optionInput,
  or,
  roundUp,
  sub,
  text,
} from '../expr/expression.js';
import { type Figure, optionFigure } from '../expr/figure.js';
import type { FigureId } from '../model/figure-ids.js';
import { ref } from '../model/figure-ref.js';
import { type DiskChoice, diskOf, hotSpares, raidArrayFigures } from './disk-arrays.js';
import { shareOf } from './shares.js';
import { drSiteServerCopyFigures } from './site-copies.js';
import { activeActive } from './site-resilience.js';

const gb = (id: string, label: string, expr: Expr, source = 'method step 3') =>
  optionFigure(id, { label, unit: 'GB', source }, expr);
const backup = (method: string) => eq(input('backup_method'), text(method));
const copyLuns = add(ref('databaseLunGB'), ref('logLunGB'));
const replicasLocal = eq(input('replication_target'), text('local'));
/** [S7] OS and other volumes: RAID1/10 best practice; JBOD is only for database copies, so those pools take RAID10 then. */
const otherPoolLevel = ifThen(eq(input('raid_level'), text('JBOD')), text('RAID10'), input('raid_level'));
const dataDisksFor = (gb: FigureId, disk: DiskChoice) => roundUp(div(ref(gb), diskOf(disk, 'formatted_capacity_gb')));
const count = (id: string, label: string, expr: Expr) =>
  optionFigure(id, { label, unit: 'disks', kind: 'count', source: 'method step 5' }, expr);
const spares = (id: string, label: string, arrayDisks: FigureId) =>
  optionFigure(
    id,
    { label, unit: 'disks', kind: 'count', source: 'data/constants.csv disks_per_hot_spare (assumption)' },
    hotSpares(ref(arrayDisks)),
  );

/**
 * Storage per site and per copy kind (active, passive, lagged, replicated, snapshot reserve, backup),
 * and the disks each site needs for its capacity and its mailbox IOPS: per array, RAID groups and hot spares.
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
  // Active/active: the DR site's users' databases keep their C copies in the DR site and their DR copies in the
  // primary site [S71] [S72]; the layout's copies per site (site-copies.ts) say how many move. 0 in active/passive.
  gb(
    'activeActiveCopiesMovedToDrGB',
    'Database copies the DR site holds instead of the primary site (active/active)',
    mul(
      ref('dags'),
      sub(mul(ref('databasesPerDag'), ref('databaseCopiesInSite')), ref('primarySiteCopiesPerDag')),
      copyLuns,
    ),
    '[S71] [S72] (user share: assumption)',
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
  // The chains of the backup schedule the retention keeps, for one copy of each database (backup-requirements.ts).
  gb(
    'backupStorageGB',
    'Backup target for in-guest mailbox backups',
    ifThen(
      or(backup('in-guest'), backup('vdr')),
      mul(ref('databases'), ref('backupChainsKept'), ref('backupChainGBPerDatabase')),
      0,
    ),
    `brief 6.1; Microsoft 'Backup Operations' (aa579157); data/backup-schedules.csv (retention an assumption)`,
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
    'restoreLunStorageGB',
    'Restore LUNs of the mailbox servers, primary site',
    mul(ref('mailboxServers'), ref('restoreLunPerServerGB')),
    'Exchange notes §6 (assumption)',
  ),
  gb(
    'drRestoreLunStorageGB',
    'Restore LUNs of the mailbox servers, DR site',
    mul(ref('drMailboxServers'), ref('restoreLunPerServerGB')),
    'Exchange notes §6 (assumption)',
  ),
  gb(
    'primaryStorageGB',
    'Storage, primary site',
    sub(
      add(
        ref('activeCopyStorageGB'),
        ref('passiveCopyStorageGB'),
        ref('restoreLunStorageGB'),
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
      ref('drRestoreLunStorageGB'),
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
  count(
    'primaryDatabaseArrayDisks',
    'Database array, primary site: disks',
    mul(ref('mailboxServers'), ref('databaseDisksPerServer')),
  ),
  spares('primaryDatabaseHotSpares', 'Database array, primary site: hot spares', 'primaryDatabaseArrayDisks'),
  count(
    'primaryDatabaseDisks',
    'Database disks, primary site (with hot spares)',
    add(ref('primaryDatabaseArrayDisks'), ref('primaryDatabaseHotSpares')),
  ),
  count('primaryLogArrayDisks', 'Log array, primary site: disks', mul(ref('mailboxServers'), ref('logDisksPerServer'))),
  spares('primaryLogHotSpares', 'Log array, primary site: hot spares', 'primaryLogArrayDisks'),
  count(
    'primaryLogDisks',
    'Log disks, primary site (with hot spares)',
    add(ref('primaryLogArrayDisks'), ref('primaryLogHotSpares')),
  ),
  count(
    'primaryMailboxDisks',
    'Mailbox database and log disks, primary site',
    add(ref('primaryDatabaseDisks'), ref('primaryLogDisks')),
  ),
  ...raidArrayFigures(
    { data: 'primarySystemPoolDataDisks', groups: 'primarySystemPoolRaidGroups', disks: 'primarySystemPoolArrayDisks' },
    {
      label: 'System and workload pool, primary site (database disk)',
      level: otherPoolLevel,
      dataDisksForCapacity: dataDisksFor('primarySystemPoolGB', 'database_disk'),
      disksForIops: num(0),
      source: 'method step 5; [S7]',
    },
  ),
  spares(
    'primarySystemPoolHotSpares',
    'System and workload pool, primary site: hot spares',
    'primarySystemPoolArrayDisks',
  ),
  count(
    'primarySystemPoolDisks',
    'Disks of the system and workload pool, primary site (with hot spares)',
    add(ref('primarySystemPoolArrayDisks'), ref('primarySystemPoolHotSpares')),
  ),
  ...raidArrayFigures(
    { data: 'primaryBackupPoolDataDisks', groups: 'primaryBackupPoolRaidGroups', disks: 'primaryBackupPoolArrayDisks' },
    {
      label: 'Backup target pool, primary site (backup disk)',
      level: input('backup_raid_level'),
      dataDisksForCapacity: dataDisksFor('primaryBackupPoolGB', 'backup_disk'),
      disksForIops: num(0),
      source: 'method step 5; [S7]',
    },
  ),
  spares('primaryBackupPoolHotSpares', 'Backup target pool, primary site: hot spares', 'primaryBackupPoolArrayDisks'),
  count(
    'primaryBackupPoolDisks',
    'Disks of the backup target pool, primary site (with hot spares)',
    add(ref('primaryBackupPoolArrayDisks'), ref('primaryBackupPoolHotSpares')),
  ),
  optionFigure(
    'primaryDisks',
    { label: 'Disks, primary site', unit: 'disks', kind: 'count', source: 'method step 5' },
    add(ref('primaryMailboxDisks'), ref('primarySystemPoolDisks'), ref('primaryBackupPoolDisks')),
  ),
  ...drSiteServerCopyFigures,
  // Disk IOPS scale with the mailbox copies a server holds (method step 5), so a DR server's are the primary's in proportion.
  optionFigure(
    'drSiteBackendIopsPerServer',
    {
      label: 'Disk IOPS per DR-site mailbox server with the RAID write penalty',
      unit: 'IOPS',
      source: 'method step 5 [S71]',
    },
    ifThen(
      gt(ref('mailboxCopiesPerServer'), 0),
      div(mul(ref('backendIopsPerServer'), ref('drSiteMailboxCopiesPerServer')), ref('mailboxCopiesPerServer')),
      0,
    ),
  ),
  ...raidArrayFigures(
    { data: 'drPoolDataDisks', groups: 'drPoolRaidGroups', disks: 'drPoolArrayDisks' },
    {
      label: 'DR site pool (database disk)',
      level: input('raid_level'),
      dataDisksForCapacity: dataDisksFor('drStorageGB', 'database_disk'),
      // Active/active: the IOPS of the copies each DR server holds; active/passive as the primary's servers.
      disksForIops: ifThen(
        activeActive,
        roundUp(
          div(mul(ref('drMailboxServers'), ref('drSiteBackendIopsPerServer')), diskOf('database_disk', 'random_iops')),
        ),
        mul(ref('drMailboxServers'), ref('disksByIopsPerServer')),
      ),
      source: 'method step 5; [S7]',
    },
  ),
  spares('drPoolHotSpares', 'DR site pool: hot spares', 'drPoolArrayDisks'),
  optionFigure(
    'drDisks',
    { label: 'Disks, DR site', unit: 'disks', kind: 'count', source: 'method step 5' },
    // An SRM array replica mirrors the primary site's disks.
    max(add(ref('drPoolArrayDisks'), ref('drPoolHotSpares')), ifThen(optionInput('srm'), ref('primaryDisks'), 0)),
  ),
  optionFigure(
    'totalStorageTB',
    { label: 'Storage, both sites', unit: 'TB' },
    div(add(ref('primaryStorageGB'), ref('drStorageGB')), constant('gb_per_tb')),
  ),
];
