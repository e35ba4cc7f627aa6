import { constant, div, type Expr, max, mul, rowField } from '../expr/expression.js';
import { type Figure, optionFigure, type RowSet, rowFigure } from '../expr/figure.js';
import type { FigureId } from '../model/figure-ids.js';
import { maxOf, ref } from '../model/figure-ref.js';
import { shareOf } from './shares.js';

/** The hours of a day, each with its share of the day's logs (data/log-generation-by-hour.csv, an assumption). */
export const logGenerationHours = {
  id: 'logHours',
  label: 'Hours of the day, share of the daily logs',
  kind: 'table',
  table: 'log-generation-by-hour',
  keyColumn: 'hour',
} as const satisfies RowSet;

const hour = rowFigure(logGenerationHours.id);

/**
 * Megabits (10^6 bit, a link's rate) in one binary megabyte (2^20 bytes, the sizing's MB): 1,048,576 x 8 / 10^6 =
 * 8.388608 (IEC 80000-13, NIST: MiB vs Mbit; data/constants.csv bytes_per_mb, bits_per_megabit).
 */
export const megabitsPerMB: Expr = div(
  mul(constant('bytes_per_mb'), constant('bits_per_byte')),
  constant('bits_per_megabit'),
);

/** Megabits per second that carry `mbPerSecond` binary megabytes a second. */
export const mbpsForMBPerSecond = (mbPerSecond: Expr): Expr => mul(mbPerSecond, megabitsPerMB);

/** Megabits per second that carry `gbPerHour` binary gigabytes in one hour. */
export const mbpsForGBPerHour = (gbPerHour: Expr): Expr =>
  mbpsForMBPerSecond(
    div(mul(gbPerHour, constant('mb_per_gb')), mul(constant('minutes_per_hour'), constant('seconds_per_minute'))),
  );

/** The link speed a peak throughput takes when replication may use only the utilisation target of the link. */
export const linkNeededMbps = (peakMbps: Expr): Expr => div(peakMbps, shareOf('link_utilization_pct'));

/** Log shipping in one direction: the peak hour's logs of the databases active on the sending side, once per DR copy. */
function directionPeak(direction: 'primaryToDr' | 'drToPrimary', label: string, sendingDatabases: FigureId): Figure {
  return optionFigure(
    `${direction}LogReplicationPeakMbps`,
    {
      label,
      unit: 'Mbit/s',
      source: '[S9] [S13] [S14] [S71] (hourly shares: assumption)',
    },
    mul(
      mbpsForGBPerHour(ref('peakHourLogsGB')),
      ref('drDatabaseCopies'),
      div(ref(sendingDatabases), ref('databasesPerDag')),
    ),
  );
}

/** The hourly log generation of every database, one row per hour of the day. */
export const logHourFigures: readonly Figure[] = [
  hour(
    'hourLogShare',
    {
      label: 'Share of the daily logs',
      unit: 'share',
      kind: 'share',
      source: 'data/log-generation-by-hour.csv (assumption)',
    },
    div(rowField('share_of_daily_logs_pct'), 100),
  ),
  hour(
    'hourLogsGB',
    { label: 'Logs generated in the hour, every database', unit: 'GB', source: '[S14] (hourly shares: assumption)' },
    mul(ref('logsPerDayGB'), ref('hourLogShare')),
  ),
];

/**
 * Log shipping to the DR site: every DR copy of a database (lagged or not) receives each log the active copy
 * writes, so the link carries the peak hour's logs once per DR copy [S13] [S14]; the hourly shares are an assumption.
 */
export const logReplicationFigures: readonly Figure[] = [
  optionFigure(
    'logsPerDagPerDayGB',
    { label: 'Transaction logs per DAG per day', unit: 'GB', source: '[S14]' },
    mul(ref('logsPerDatabasePerDayGB'), ref('databasesPerDag')),
  ),
  optionFigure(
    'logsPerDayGB',
    { label: 'Transaction logs per day, every database', unit: 'GB', source: '[S14]' },
    mul(ref('logsPerDagPerDayGB'), ref('dags')),
  ),
  optionFigure(
    'peakHourLogShare',
    {
      label: 'Share of the daily logs in the peak hour',
      unit: 'share',
      kind: 'share',
      source: 'data/log-generation-by-hour.csv (assumption)',
    },
    maxOf('hourLogShare'),
  ),
  optionFigure(
    'peakHourLogsGB',
    {
      label: 'Logs generated in the peak hour, every database',
      unit: 'GB',
      source: '[S14] (hourly shares: assumption)',
    },
    maxOf('hourLogsGB'),
  ),
  // Each direction carries the logs of the databases active on its sending side, once per DR copy [S71] [S72]:
  // active/passive sends every database's logs to the DR site and nothing back.
  directionPeak(
    'primaryToDr',
    "Log shipping primary -> DR site in the peak hour, the primary site's databases' DR copies",
    'primarySiteDatabasesPerDag',
  ),
  directionPeak(
    'drToPrimary',
    "Log shipping DR -> primary site in the peak hour, the DR site's databases' DR copies (active/active)",
    'drSiteDatabasesPerDag',
  ),
  // A WAN circuit carries its rate in each direction at once (full duplex: assumption), so the busier direction sizes it.
  optionFigure(
    'drLogReplicationPeakMbps',
    {
      label: 'Log shipping over the WAN in the peak hour, the busier direction',
      unit: 'Mbit/s',
      source: '[S9] [S13] [S14] (hourly shares, full-duplex link: assumption)',
    },
    max(ref('primaryToDrLogReplicationPeakMbps'), ref('drToPrimaryLogReplicationPeakMbps')),
  ),
  optionFigure(
    'drLogReplicationLinkMbps',
    {
      label: 'WAN link the log shipping needs at the utilisation target',
      unit: 'Mbit/s',
      source: '[S13] (target: assumption)',
    },
    linkNeededMbps(ref('drLogReplicationPeakMbps')),
  ),
];
