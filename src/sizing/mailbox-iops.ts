import { add, div, type Expr, eq, gt, ifThen, input, max, mul, roundUp, sub, text } from '../expr/expression.js';
import { type Figure, optionFigure } from '../expr/figure.js';
import type { FigureId } from '../model/figure-ids.js';
import { ref } from '../model/figure-ref.js';
import { type DiskChoice, diskOf, raidArrayFigures, raidOf } from './disk-arrays.js';
import { shareOf } from './shares.js';

const level = input('raid_level');
const jbod = eq(level, text('JBOD'));
const iops = (id: string, label: string, expr: Expr, source: string) =>
  optionFigure(id, { label, unit: 'IOPS', source }, expr);
const disks = (id: string, label: string, expr: Expr) =>
  optionFigure(id, { label, unit: 'disks', kind: 'count', source: 'method step 5' }, expr);
const byIops = (backendIops: FigureId, disk: DiskChoice) => roundUp(div(ref(backendIops), diskOf(disk, 'random_iops')));
const formatted = (disk: DiskChoice) => diskOf(disk, 'formatted_capacity_gb');
/** The database LUNs of a server's copies, and its restore LUN when the scenario has one. */
const databaseVolumesGB = add(mul(ref('databaseCopiesPerServer'), ref('databaseLunGB')), ref('restoreLunPerServerGB'));

/**
 * Method step 5: database and log IOPS per mailbox server, and the disks of its two pools, each on the disk the
 * scenario chose (database_disk, log_disk): enough for its capacity and for its IOPS, in RAID groups (disk-arrays.ts). Logs are a share
 * of the database *writes* (Exchange notes §5). With JBOD each database copy has its own disk, which
 * also holds its logs (TechNet design example: one LUN per database [S3b]).
 */
export const mailboxIopsFigures: readonly Figure[] = [
  optionFigure(
    'iopsPerMailbox',
    { label: 'IOPS per mailbox for this copy count', unit: 'IOPS', source: '[S1] [S19]' },
    ifThen(
      gt(ref('databaseCopiesInSite'), 1),
      ref('averageIopsPerMailboxMultipleCopies'),
      ref('averageIopsPerMailboxSingleCopy'),
    ),
  ),
  iops(
    'databaseIopsPerServer',
    'Database IOPS per server',
    mul(ref('mailboxCopiesPerServer'), ref('iopsPerMailbox'), add(1, shareOf('io_overhead_pct'))),
    '[S19] (overhead: assumption)',
  ),
  iops(
    'databaseWriteIopsPerServer',
    'Database write IOPS per server',
    mul(ref('databaseIopsPerServer'), sub(1, shareOf('database_read_share_pct'))),
    '[S33] (assumption)',
  ),
  iops(
    'logIopsPerServer',
    'Log IOPS per server (a share of the database writes)',
    mul(ref('databaseWriteIopsPerServer'), shareOf('log_iops_share_pct')),
    'Exchange notes §5 (assumption)',
  ),
  iops(
    'databaseBackendIopsPerServer',
    'Database disk IOPS per server with the RAID write penalty',
    add(
      mul(ref('databaseIopsPerServer'), shareOf('database_read_share_pct')),
      mul(ref('databaseWriteIopsPerServer'), raidOf(level, 'write_penalty')),
    ),
    '[S33] (penalties: assumption)',
  ),
  iops(
    'logBackendIopsPerServer',
    'Log disk IOPS per server with the RAID write penalty',
    mul(ref('logIopsPerServer'), raidOf(level, 'write_penalty')),
    '(penalties: assumption)',
  ),
  iops(
    'backendIopsPerServer',
    'Disk IOPS per server with the RAID write penalty',
    add(ref('databaseBackendIopsPerServer'), ref('logBackendIopsPerServer')),
    '[S33] (penalties: assumption)',
  ),
  optionFigure(
    'restoreLunsPerServer',
    { label: 'Restore LUNs per mailbox server', unit: 'LUNs', kind: 'count', source: 'Exchange notes §6 (calculator)' },
    ifThen(input('restore_lun'), 1, 0),
  ),
  optionFigure(
    'restoreLunPerServerGB',
    {
      label: 'Restore LUN per mailbox server (one database LUN)',
      unit: 'GB',
      source: 'Exchange notes §6 (assumption)',
    },
    mul(ref('restoreLunsPerServer'), ref('databaseLunGB')),
  ),
  disks(
    'databaseDisksByIopsPerServer',
    'Database disks per server for IOPS',
    ifThen(
      jbod,
      byIops('backendIopsPerServer', 'database_disk'),
      byIops('databaseBackendIopsPerServer', 'database_disk'),
    ),
  ),
  disks(
    'databaseDataDisksByCapacityPerServer',
    'Database data disks per server for capacity (before mirrors and parity)',
    ifThen(
      jbod,
      max(
        add(ref('databaseCopiesPerServer'), ref('restoreLunsPerServer')),
        roundUp(
          div(add(databaseVolumesGB, mul(ref('databaseCopiesPerServer'), ref('logLunGB'))), formatted('database_disk')),
        ),
      ),
      roundUp(div(databaseVolumesGB, formatted('database_disk'))),
    ),
  ),
  ...raidArrayFigures(
    { data: 'databaseDataDisksPerServer', groups: 'databaseRaidGroupsPerServer', disks: 'databaseDisksPerServer' },
    {
      label: 'Database volumes per mailbox server',
      level,
      dataDisksForCapacity: ref('databaseDataDisksByCapacityPerServer'),
      disksForIops: ref('databaseDisksByIopsPerServer'),
      source: 'method step 5; [S7]',
    },
  ),
  disks(
    'logDisksByIopsPerServer',
    'Log disks per server for IOPS',
    ifThen(jbod, 0, byIops('logBackendIopsPerServer', 'log_disk')),
  ),
  disks(
    'logDataDisksByCapacityPerServer',
    'Log data disks per server for capacity (before mirrors and parity)',
    ifThen(jbod, 0, roundUp(div(mul(ref('databaseCopiesPerServer'), ref('logLunGB')), formatted('log_disk')))),
  ),
  ...raidArrayFigures(
    { data: 'logDataDisksPerServer', groups: 'logRaidGroupsPerServer', disks: 'logDisksPerServer' },
    {
      label: 'Log volumes per mailbox server',
      level,
      dataDisksForCapacity: ref('logDataDisksByCapacityPerServer'),
      disksForIops: ref('logDisksByIopsPerServer'),
      source: 'method step 5; [S7]',
    },
  ),
  disks(
    'disksByIopsPerServer',
    'Disks per server for IOPS',
    add(ref('databaseDisksByIopsPerServer'), ref('logDisksByIopsPerServer')),
  ),
  disks('disksPerServer', 'Disks per mailbox server', add(ref('databaseDisksPerServer'), ref('logDisksPerServer'))),
];
