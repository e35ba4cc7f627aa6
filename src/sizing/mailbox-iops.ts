import { add, div, gt, ifThen, input, lookup, max, mul, ref, roundUp, sub, type Expr } from '../expr/expression.js';
import { optionFigure, type Figure } from '../expr/figure.js';
import { shareOf } from './shares.js';

const raid = (column: string) => lookup('raid-levels', 'raid_level', column, input('raid_level'), 'exact');
const iops = (id: string, label: string, expr: Expr, source: string) => optionFigure(id, { label, unit: 'IOPS', source }, expr);
const disks = (id: string, label: string, expr: Expr) => optionFigure(id, { label, unit: 'disks', kind: 'count', source: 'method step 5' }, expr);

/** Method step 5: database and log IOPS per mailbox server, and the disks they and the LUNs need. */
export const mailboxIopsFigures: readonly Figure[] = [
  optionFigure(
    'iopsPerMailbox',
    { label: 'IOPS per mailbox for this copy count', unit: 'IOPS', source: '[S1] [S19]' },
    ifThen(gt(ref('databaseCopiesInSite'), 1), ref('averageIopsPerMailboxMultipleCopies'), ref('averageIopsPerMailboxSingleCopy')),
  ),
  iops('databaseIopsPerServer', 'Database IOPS per server', mul(ref('mailboxCopiesPerServer'), ref('iopsPerMailbox'), add(1, shareOf('io_overhead_pct'))), '[S19] (overhead: assumption)'),
  iops('logIopsPerServer', 'Log IOPS per server', mul(ref('databaseIopsPerServer'), shareOf('log_iops_share_pct')), 'assumption'),
  iops(
    'backendIopsPerServer',
    'Disk IOPS per server with the RAID write penalty',
    add(mul(ref('databaseIopsPerServer'), shareOf('database_read_share_pct')), mul(add(mul(ref('databaseIopsPerServer'), sub(1, shareOf('database_read_share_pct'))), ref('logIopsPerServer')), raid('write_penalty'))),
    '[S33] (penalties: assumption)',
  ),
  disks('disksByIopsPerServer', 'Disks per server for IOPS', roundUp(div(ref('backendIopsPerServer'), input('disk_random_iops')))),
  disks('disksByCapacityPerServer', 'Disks per server for capacity', roundUp(div(ref('storagePerMailboxServerGB'), mul(input('disk_formatted_capacity_gb'), raid('usable_share'))))),
  disks('disksPerServer', 'Disks per mailbox server', max(ref('disksByIopsPerServer'), ref('disksByCapacityPerServer'))),
];
