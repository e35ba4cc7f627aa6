import {
  add,
  constant,
  div,
  type Expr,
  eq,
  ge,
  gt,
  ifThen,
  input,
  lookup,
  max,
  min,
  mul,
  roundDown,
  sub,
  text,
} from '../expr/expression.js';
import { type Figure, optionFigure, scenarioFigure } from '../expr/figure.js';
import { ref } from '../model/figure-ref.js';
import { diskOf } from './disk-arrays.js';
import { shareOf } from './shares.js';

const platform = (column: string) => lookup('platform-limits', 'platform', column, input('platform'), 'exact');
const jbod = eq(input('raid_level'), text('JBOD'));
const overheadFactor = add(1, shareOf('database_overhead_pct'));
/** The database that fills a LUN of `lunGB`: LUN = (database + content index) / (1 - free space) [S3]. */
const databaseFilling = (lunGB: Expr) =>
  div(mul(lunGB, sub(1, shareOf('lun_free_space_pct'))), add(1, shareOf('content_index_pct')));
const count = (id: string, label: string, expr: Expr, source: string) =>
  optionFigure(id, { label, unit: 'mailboxes', kind: 'count', source }, expr);

/**
 * Method step 3: the largest database an option may build, and so the most mailboxes one database holds.
 * Three limits, the smallest wins: Exchange's by resilience (200 GB without highly available copies,
 * 2 TB with two or more), the platform's largest virtual disk or RDM for the database LUN, and with JBOD
 * the disk. The limit binds after rounding: the mailbox count per database is rounded down, so
 * mailboxes per database x mailbox size never exceeds it. With JBOD one disk must also serve the
 * random I/O of its database [S3].
 */
export const databaseSizeLimitFigures: readonly Figure[] = [
  scenarioFigure(
    'platformLargestDiskGB',
    {
      label: 'Largest virtual disk or RDM of the platform',
      unit: 'GB',
      source: 'VMware Configuration Maximums (data/platform-limits.csv)',
    },
    max(platform('max_vmdk_gb'), platform('max_rdm_gb')),
  ),
  scenarioFigure(
    'platformDatabaseSizeMaxGB',
    {
      label: 'Largest database whose LUN fits one virtual disk or RDM',
      unit: 'GB',
      source: '[S3] VMware Configuration Maximums',
    },
    databaseFilling(ref('platformLargestDiskGB')),
  ),
  optionFigure(
    'resilienceDatabaseSizeMaxGB',
    {
      label: 'Largest database for the copies kept (200 GB with one copy, 2 TB with two or more)',
      unit: 'GB',
      source: "'Understanding Mailbox Database and Log Capacity Factors' (assumption)",
    },
    ifThen(gt(ref('databaseCopiesInSite'), 1), input('max_database_size_gb'), input('max_database_size_standalone_gb')),
  ),
  optionFigure(
    'databaseSizeLimitGB',
    { label: 'Largest database allowed', unit: 'GB', source: '[S3] VMware Configuration Maximums' },
    min(
      ref('resilienceDatabaseSizeMaxGB'),
      ref('platformDatabaseSizeMaxGB'),
      ifThen(jbod, ref('jbodMaxDatabaseSizeGB'), ref('resilienceDatabaseSizeMaxGB')),
    ),
  ),
  count(
    'mailboxesPerDatabaseBySize',
    'Most mailboxes a database of the largest size allowed holds',
    roundDown(
      div(
        mul(ref('databaseSizeLimitGB'), constant('mb_per_gb')),
        mul(ref('averageMailboxSizeOnDiskMB'), overheadFactor),
      ),
    ),
    '[S3] [S14]',
  ),
  count(
    'mailboxesPerDatabaseByDiskIops',
    'Most mailboxes whose database random I/O one disk serves (JBOD)',
    // [S3] "the number of mailboxes per database [must] not exceed the amount of random I/O that can be achieved on the single disk"
    roundDown(
      div(diskOf('database_disk', 'random_iops'), mul(ref('iopsPerMailbox'), add(1, shareOf('io_overhead_pct')))),
    ),
    '[S3]',
  ),
  count(
    'mailboxesPerDatabaseByJbodDisk',
    'Most mailboxes whose database, content index and logs one disk holds (JBOD)',
    // [S3b] "1 LUN / Database": the disk holds the database LUN and its log LUN, each with its free space.
    roundDown(
      div(
        mul(
          diskOf('database_disk', 'formatted_capacity_gb'),
          sub(1, shareOf('lun_free_space_pct')),
          constant('mb_per_gb'),
        ),
        add(
          mul(ref('averageMailboxSizeOnDiskMB'), overheadFactor, add(1, shareOf('content_index_pct'))),
          mul(ref('averageLogsPerMailboxPerDayMB'), input('log_truncation_failure_days')),
          mul(shareOf('mailbox_moves_per_week_pct'), ref('averageMailboxSizeOnDiskMB')),
        ),
      ),
    ),
    '[S3] [S3b]',
  ),
  count(
    'mailboxesPerDatabaseMax',
    'Most mailboxes per database',
    // At least one: a single mailbox larger than the limit is flagged by databaseWithinSizeLimit, not divided by zero.
    max(
      1,
      ifThen(
        jbod,
        min(
          ref('mailboxesPerDatabaseBySize'),
          ref('mailboxesPerDatabaseByDiskIops'),
          ref('mailboxesPerDatabaseByJbodDisk'),
        ),
        ref('mailboxesPerDatabaseBySize'),
      ),
    ),
    '[S3]',
  ),
];

/** The database as built stays within the limit (false only when one mailbox alone exceeds it). */
export const databaseWithinLimitFigure: Figure = optionFigure(
  'databaseWithinSizeLimit',
  { label: 'Database within the largest size allowed', unit: 'yes/no', kind: 'flag', source: '[S3]' },
  ge(ref('databaseSizeLimitGB'), ref('databaseSizeGB')),
);
