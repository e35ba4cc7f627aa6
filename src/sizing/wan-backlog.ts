import {
  add,
  constant,
  div,
  type Expr,
  gt,
  ifThen,
  le,
  max,
  mul,
  previous,
  rowField,
  sub,
} from '../expr/expression.js';
import { type Figure, optionFigure, rowFigure } from '../expr/figure.js';
import { maxOf, pick, ref, sumOf } from '../model/figure-ref.js';
import { logGenerationHours, megabitsPerMB } from './log-replication.js';

const hour = rowFigure(logGenerationHours.id);

/** What is not yet shipped at the end of an hour that starts with `before` not shipped. */
const backlogAfter = (before: Expr): Expr =>
  max(0, sub(add(before, ref('hourWanReplicationGB')), ref('wanUsableGBPerHour')));

/** Binary gigabytes one hour carries at `mbps` megabits a second (the inverse of mbpsForGBPerHour). */
const gbPerHourAt = (mbps: Expr): Expr =>
  div(
    mul(div(mbps, megabitsPerMB), constant('minutes_per_hour'), constant('seconds_per_minute')),
    constant('mb_per_gb'),
  );

/**
 * When the WAN is short at the peak: what it must carry hour by hour (every kind of replication follows the day's log
 * profile; an assumption), the backlog that builds where an hour brings more than the link
 * carries at its utilisation target and drains after, and how far behind the DR copies then are at worst. That lag is
 * data a site loss loses on top of the mechanism's own (protection.ts); a day that brings more than the link carries
 * in a day leaves the DR copies ever further behind (checkWanKeepsUp) [S13].
 */
export const wanBacklogFigures: readonly Figure[] = [
  optionFigure(
    'wanUsableGBPerHour',
    { label: 'WAN link usable for replication, per hour', unit: 'GB', source: '[S13]' },
    gbPerHourAt(ref('wanUsableMbps')),
  ),
  // Log shipping and in-guest replication are sized at the peak hour, so an hour carries its share of the peak's
  // day; array replication ships the day's changed blocks, whatever its interval (array-replication.ts).
  hour(
    'hourWanReplicationGB',
    {
      label: 'Replication over the WAN in the hour, every kind',
      unit: 'GB',
      source: '[S13] (hourly shares: assumption)',
    },
    add(
      ifThen(
        gt(ref('peakHourLogShare'), 0),
        mul(
          gbPerHourAt(add(ref('drLogReplicationPeakMbps'), ref('inGuestReplicationOverWanMbps'))),
          div(ref('hourLogShare'), ref('peakHourLogShare')),
        ),
        0,
      ),
      mul(ref('srmChangedPerDayGB'), ref('hourLogShare')),
    ),
  ),
  hour(
    'hourOfDay',
    { label: 'Hour of the day', unit: 'hour', kind: 'count', source: 'data/log-generation-by-hour.csv' },
    rowField('hour'),
  ),
  // A first day from current copies, then a day that starts with what the first left: with a day's replication within
  // the link's day, every backlog builds within a day, so the second day is the steady one.
  hour(
    'hourWanBacklogFirstDayGB',
    { label: 'Not yet shipped at the end of the hour, from current copies', unit: 'GB', source: '[S13]' },
    backlogAfter(previous(ref('hourWanBacklogFirstDayGB'), 0)),
  ),
  optionFigure(
    'wanBacklogAtMidnightGB',
    { label: 'Not yet shipped at the end of a day from current copies', unit: 'GB', source: '[S13]' },
    pick('hourWanBacklogFirstDayGB', 'hourOfDay', maxOf('hourOfDay')),
  ),
  hour(
    'hourWanBacklogGB',
    { label: 'Not yet shipped at the end of the hour, day after day', unit: 'GB', source: '[S13]' },
    backlogAfter(previous(ref('hourWanBacklogGB'), ref('wanBacklogAtMidnightGB'))),
  ),
  optionFigure(
    'wanReplicationPerDayGB',
    { label: 'Replication over the WAN per day, every kind', unit: 'GB', source: '[S13]' },
    sumOf('hourWanReplicationGB'),
  ),
  optionFigure(
    'wanKeepsUp',
    {
      label: 'The WAN link carries a day of replication within the day',
      unit: 'yes/no',
      kind: 'flag',
      source: '[S13]',
    },
    le(ref('wanReplicationPerDayGB'), mul(ref('wanUsableGBPerHour'), constant('hours_per_day'))),
  ),
  optionFigure(
    'wanWorstLagMinutes',
    {
      label: 'How far the DR copies fall behind at worst, at the utilisation target',
      unit: 'minutes',
      source: '[S13]',
    },
    ifThen(
      gt(ref('wanUsableGBPerHour'), 0),
      mul(div(maxOf('hourWanBacklogGB'), ref('wanUsableGBPerHour')), constant('minutes_per_hour')),
      0,
    ),
  ),
];
