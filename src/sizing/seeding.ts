import { add, and, constant, div, type Expr, eq, gt, ifThen, input, mul, roundUp, text } from '../expr/expression.js';
import { type Figure, optionFigure } from '../expr/figure.js';
import { ref } from '../model/figure-ref.js';
import { megabitsPerMB } from './log-replication.js';
import { shareOf } from './shares.js';

/** Hours to copy `gb` binary gigabytes over a link of `mbps` megabits (10^6 bit) per second used up to the target. */
const hoursToCopy = (gb: Expr, mbps: Expr): Expr =>
  div(
    mul(gb, constant('mb_per_gb'), megabitsPerMB),
    mul(mbps, shareOf('link_utilization_pct'), constant('minutes_per_hour'), constant('seconds_per_minute')),
  );
const withSiteCopies = gt(ref('databaseCopiesInSite'), 1);

/**
 * Seeding copies a whole database (and its content index, which Update-MailboxDatabaseCopy seeds with it) to a new
 * copy [S13]; a JBOD disk holds whole database copies, so a failed disk is reseeded from a healthy copy [S7], where
 * RAID rebuilds a failed disk inside the array instead. Options without such copies show 0.
 */
export const seedingFigures: readonly Figure[] = [
  optionFigure(
    'seedCopyGB',
    { label: 'Data copied to seed one database copy (database and content index)', unit: 'GB', source: '[S3] [S13]' },
    add(ref('databaseSizeGB'), ref('contentIndexGB')),
  ),
  optionFigure(
    'seedCopyOverWanHours',
    { label: 'Seeding one database copy at the DR site over the WAN', unit: 'hours', source: '[S13]' },
    ifThen(gt(ref('drDatabaseCopies'), 0), hoursToCopy(ref('seedCopyGB'), input('wan_link_mbps')), 0),
  ),
  optionFigure(
    'seedCopyOverLanHours',
    { label: 'Seeding one database copy in the site over the LAN', unit: 'hours', source: '[S13]' },
    ifThen(withSiteCopies, hoursToCopy(ref('seedCopyGB'), input('lan_link_mbps')), 0),
  ),
  optionFigure(
    'reseedDatabasesPerFailedDisk',
    { label: 'Database copies on one failed disk (JBOD)', unit: 'copies', kind: 'count', source: '[S7]' },
    ifThen(
      and(eq(input('raid_level'), text('JBOD')), withSiteCopies),
      roundUp(div(ref('databaseCopiesPerServer'), ref('databaseDisksPerServer'))),
      0,
    ),
  ),
  optionFigure(
    'reseedAfterDiskFailureHours',
    { label: 'Reseeding the copies of one failed disk over the LAN', unit: 'hours', source: '[S7] [S13]' },
    hoursToCopy(mul(ref('reseedDatabasesPerFailedDisk'), ref('seedCopyGB')), input('lan_link_mbps')),
  ),
];
