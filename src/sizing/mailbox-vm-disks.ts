import { add, and, constant, eq, gt, ifThen, input, le, lookup, mul, or, text } from '../expr/expression.js';
import { type Figure, optionFigure, scenarioFigure } from '../expr/figure.js';
import { ref } from '../model/figure-ref.js';
import { diskOf } from './disk-arrays.js';

const platform = (column: string) => lookup('platform-limits', 'platform', column, input('platform'), 'exact');
const raid = (level: string) => eq(input('raid_level'), text(level));

/**
 * Storage rules checked as flags, read by the option's warnings: a mailbox VM within the platform's
 * virtual disks per VM, and the RAID level best practice for slow disks [S7].
 */
export const mailboxVmDiskFigures: readonly Figure[] = [
  scenarioFigure(
    'lunsPerDatabaseCopy',
    {
      label: 'LUNs (virtual disks) per database copy',
      unit: 'LUNs',
      kind: 'count',
      source: 'method step 3; [S3b] JBOD: database and logs on one disk',
    },
    ifThen(raid('JBOD'), constant('luns_per_database_copy_jbod'), constant('luns_per_database_copy')),
  ),
  optionFigure(
    'virtualDisksPerMailboxVm',
    {
      label: 'Virtual disks per mailbox VM (the LUNs of each copy, and the system disk)',
      unit: 'disks',
      kind: 'count',
      source: 'method step 3',
    },
    // The layout this model sizes: databaseLunGB and logLunGB per copy, the restore LUN if any, and one system disk.
    add(mul(ref('databaseCopiesPerServer'), ref('lunsPerDatabaseCopy')), ref('restoreLunsPerServer'), 1),
  ),
  optionFigure(
    'maxVirtualDisksPerVm',
    {
      label: 'Virtual disks a VM can have',
      unit: 'disks',
      kind: 'count',
      source: 'VMware Configuration Maximums (data/platform-limits.csv)',
    },
    platform('max_virtual_disks_per_vm'),
  ),
  optionFigure(
    'mailboxVmDisksFit',
    {
      label: 'Mailbox VM within the virtual disks per VM',
      unit: 'yes/no',
      kind: 'flag',
      source: 'VMware Configuration Maximums',
    },
    le(ref('virtualDisksPerMailboxVm'), ref('maxVirtualDisksPerVm')),
  ),
  optionFigure(
    'parityRaidOnSlowDisks',
    {
      label: 'RAID5/6 database volumes on 5,400 or 7,200 rpm disks (not best practice)',
      unit: 'yes/no',
      kind: 'flag',
      source: '[S7]',
    },
    and(
      or(raid('RAID5'), raid('RAID6')),
      // An SSD (rpm 0 in data/disk-catalog.csv) has no spindle to be slow.
      gt(diskOf('database_disk', 'rpm'), 0),
      le(diskOf('database_disk', 'rpm'), constant('raid10_only_disk_rpm_max')),
    ),
  ),
];
