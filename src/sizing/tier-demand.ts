import {
  add,
  constant,
  div,
  eq,
  ifThen,
  input,
  mul,
  power,
  round,
  roundUp,
  sub,
  tierInput,
} from '../expr/expression.js';
import { type Figure, scenarioFigure, tierFigure } from '../expr/figure.js';
import type { FigureId } from '../model/figure-ids.js';
import { ref, sumOf } from '../model/figure-ref.js';
import { tierShareOf } from './shares.js';

const growth = tierShareOf('mailbox_growth_pct');

const perTier = (id: string, label: string, unit: string, perMailbox: FigureId, source: string) =>
  tierFigure(id, { label, unit, source }, mul(ref('tierMailboxes'), ref(perMailbox)));

const average = (id: string, label: string, unit: string, tierTotal: FigureId) =>
  scenarioFigure(
    id,
    { label, unit, source: 'weighted by mailboxes per tier' },
    div(sumOf(tierTotal), ref('totalMailboxes')),
  );

/**
 * Tiers spread evenly over the mailbox servers, so each server's load is its share of the
 * mailboxes times the mailbox-weighted average of every per-mailbox figure.
 */
export const tierDemandFigures: readonly Figure[] = [
  tierFigure(
    'tierMailboxesYearOne',
    { label: 'Mailboxes in year 1, as deployed', unit: 'mailboxes', kind: 'count' },
    tierInput('mailboxes'),
  ),
  // [S13] the design holds the mailboxes of the last day of the TCO horizon: tco_years of yearly growth, compounded;
  // a count, so rounded up; every figure below reads this one, none the mailboxes input.
  tierFigure(
    'tierMailboxes',
    { label: 'Mailboxes at the end of the TCO horizon, sized for', unit: 'mailboxes', kind: 'count', source: '[S13]' },
    roundUp(mul(tierInput('mailboxes'), power(add(1, growth), input('tco_years')))),
  ),
  // The TCO pays for the mailboxes served over the horizon, not for its last day's: year y (0 .. tco_years - 1) serves
  // mailboxes x (1 + g)^y, so the years sum geometrically to mailboxes x ((1 + g)^tco_years - 1) / g (at g = 0,
  // mailboxes x tco_years); a count of mailbox-years, rounded up once, then 12 months each.
  tierFigure(
    'tierMailboxMonths',
    {
      label: 'Mailbox-months served over the TCO horizon',
      unit: 'mailbox-months',
      kind: 'count',
      source:
        'derived: compounded yearly growth (assumption: each year serves the mailboxes of its start for its 12 months; whole tco_years)',
    },
    mul(
      // Rounded to mailbox_years_decimals first: Excel's floating point leaves 1e-11 above a whole count.
      roundUp(
        round(
          ifThen(
            eq(tierInput('mailbox_growth_pct'), 0),
            mul(tierInput('mailboxes'), input('tco_years')),
            div(mul(tierInput('mailboxes'), sub(power(add(1, growth), input('tco_years')), 1)), growth),
          ),
          constant('mailbox_years_decimals'),
        ),
      ),
      constant('months_per_year'),
    ),
  ),
  tierFigure(
    'tierMailboxDataYearOneMB',
    { label: 'Mailbox data in year 1', unit: 'MB', source: '[S3]' },
    mul(ref('tierMailboxesYearOne'), ref('mailboxSizeOnDiskMB')),
  ),
  perTier('tierMailboxDataMB', 'Mailbox data at the end of the TCO horizon', 'MB', 'mailboxSizeOnDiskMB', '[S3]'),
  perTier(
    'tierActiveMegacycles',
    'Megacycles, all mailboxes active',
    'megacycles',
    'megacyclesPerActiveMailbox',
    '[S2]',
  ),
  perTier(
    'tierPassiveMegacycles',
    'Megacycles, all mailboxes passive',
    'megacycles',
    'megacyclesPerPassiveMailbox',
    '[S2]',
  ),
  perTier('tierDatabaseCacheMB', 'Database cache, all mailboxes active', 'MB', 'databaseCachePerMailboxMB', '[S14]'),
  perTier('tierIopsSingleCopy', 'IOPS, one copy', 'IOPS', 'iopsPerMailboxSingleCopy', '[S19]'),
  perTier('tierIopsMultipleCopies', 'IOPS, two or more copies', 'IOPS', 'iopsPerMailboxMultipleCopies', '[S1]'),
  tierFigure(
    'tierLogsPerDayMB',
    { label: 'Transaction logs per day', unit: 'MB', source: '[S9] [S14]' },
    mul(ref('tierMailboxes'), ref('logsPerMailboxPerDay'), constant('log_file_mb')),
  ),
  scenarioFigure(
    'totalMailboxesYearOne',
    { label: 'Mailboxes in year 1, as deployed', unit: 'mailboxes', kind: 'count' },
    sumOf('tierMailboxesYearOne'),
  ),
  scenarioFigure(
    'totalMailboxes',
    { label: 'Mailboxes at the end of the TCO horizon, sized for', unit: 'mailboxes', kind: 'count', source: '[S13]' },
    sumOf('tierMailboxes'),
  ),
  scenarioFigure(
    'totalMailboxMonths',
    {
      label: 'Mailbox-months served over the TCO horizon',
      unit: 'mailbox-months',
      kind: 'count',
      source: 'derived (assumption: mailboxes of each year start, whole years)',
    },
    sumOf('tierMailboxMonths'),
  ),
  scenarioFigure(
    'totalMailboxDataYearOneGB',
    { label: 'Mailbox data in year 1', unit: 'GB', source: '[S3]' },
    div(sumOf('tierMailboxDataYearOneMB'), constant('mb_per_gb')),
  ),
  scenarioFigure(
    'totalMailboxDataGB',
    { label: 'Mailbox data at the end of the TCO horizon', unit: 'GB', source: '[S3]' },
    div(sumOf('tierMailboxDataMB'), constant('mb_per_gb')),
  ),
  average('averageMailboxSizeOnDiskMB', 'Mailbox size on disk, average', 'MB', 'tierMailboxDataMB'),
  average(
    'averageMegacyclesPerActiveMailbox',
    'Megacycles per active mailbox, average',
    'megacycles',
    'tierActiveMegacycles',
  ),
  average(
    'averageMegacyclesPerPassiveMailbox',
    'Megacycles per passive mailbox, average',
    'megacycles',
    'tierPassiveMegacycles',
  ),
  average(
    'averageDatabaseCachePerMailboxMB',
    'Database cache per active mailbox, average',
    'MB',
    'tierDatabaseCacheMB',
  ),
  average('averageIopsPerMailboxSingleCopy', 'IOPS per mailbox, one copy, average', 'IOPS', 'tierIopsSingleCopy'),
  average(
    'averageIopsPerMailboxMultipleCopies',
    'IOPS per mailbox, two or more copies, average',
    'IOPS',
    'tierIopsMultipleCopies',
  ),
  average('averageLogsPerMailboxPerDayMB', 'Transaction logs per mailbox per day, average', 'MB', 'tierLogsPerDayMB'),
];
