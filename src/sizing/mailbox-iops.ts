import {
  add,
  div,
  type Expr,
  eq,
  gt,
  ifThen,
  input,
  lookup,
  max,
  mul,
  roundUp,
  sub,
  text,
} from '../expr/expression.js';
import { type Figure, optionFigure } from '../expr/figure.js';
import type { FigureId } from '../model/figure-ids.js';
import { ref } from '../model/figure-ref.js';
import { shareOf } from './shares.js';

const raid = (column: string) => lookup('raid-levels', 'raid_level', column, input('raid_level'), 'exact');
const jbod = eq(input('raid_level'), text('JBOD'));
const iops = (id: string, label: string, expr: Expr, source: string) =>
  optionFigure(id, { label, unit: 'IOPS', source }, expr);
const disks = (id: string, label: string, expr: Expr) =>
  optionFigure(id, { label, unit: 'disks', kind: 'count', source: 'method step 5' }, expr);
const usableGBPerDisk = mul(input('disk_formatted_capacity_gb'), raid('usable_share'));
const byIops = (backendIops: FigureId) => roundUp(div(ref(backendIops), input('disk_random_iops')));
const byCapacity = (lunGB: FigureId) => roundUp(div(mul(ref('databaseCopiesPerServer'), ref(lunGB)), usableGBPerDisk));

/**
 * Method step 5: database and log IOPS per mailbox server, and the disks of its two pools. Each pool
 * (database LUNs, log LUNs) takes the larger of its IOPS disks and its capacity disks. Logs are a share
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
      mul(ref('databaseWriteIopsPerServer'), raid('write_penalty')),
    ),
    '[S33] (penalties: assumption)',
  ),
  iops(
    'logBackendIopsPerServer',
    'Log disk IOPS per server with the RAID write penalty',
    mul(ref('logIopsPerServer'), raid('write_penalty')),
    '(penalties: assumption)',
  ),
  iops(
    'backendIopsPerServer',
    'Disk IOPS per server with the RAID write penalty',
    add(ref('databaseBackendIopsPerServer'), ref('logBackendIopsPerServer')),
    '[S33] (penalties: assumption)',
  ),
  disks(
    'databaseDisksByIopsPerServer',
    'Database disks per server for IOPS',
    ifThen(jbod, byIops('backendIopsPerServer'), byIops('databaseBackendIopsPerServer')),
  ),
  disks(
    'databaseDisksByCapacityPerServer',
    'Database disks per server for capacity',
    ifThen(
      jbod,
      max(
        ref('databaseCopiesPerServer'),
        roundUp(div(mul(ref('databaseCopiesPerServer'), add(ref('databaseLunGB'), ref('logLunGB'))), usableGBPerDisk)),
      ),
      byCapacity('databaseLunGB'),
    ),
  ),
  disks(
    'databaseDisksPerServer',
    'Database disks per mailbox server',
    max(ref('databaseDisksByIopsPerServer'), ref('databaseDisksByCapacityPerServer')),
  ),
  disks('logDisksByIopsPerServer', 'Log disks per server for IOPS', ifThen(jbod, 0, byIops('logBackendIopsPerServer'))),
  disks('logDisksByCapacityPerServer', 'Log disks per server for capacity', ifThen(jbod, 0, byCapacity('logLunGB'))),
  disks(
    'logDisksPerServer',
    'Log disks per mailbox server',
    max(ref('logDisksByIopsPerServer'), ref('logDisksByCapacityPerServer')),
  ),
  disks(
    'disksByIopsPerServer',
    'Disks per server for IOPS',
    add(ref('databaseDisksByIopsPerServer'), ref('logDisksByIopsPerServer')),
  ),
  disks(
    'disksByCapacityPerServer',
    'Disks per server for capacity',
    add(ref('databaseDisksByCapacityPerServer'), ref('logDisksByCapacityPerServer')),
  ),
  disks('disksPerServer', 'Disks per mailbox server', add(ref('databaseDisksPerServer'), ref('logDisksPerServer'))),
];
