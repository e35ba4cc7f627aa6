import { constant, div, ifThen, input, le, max, min, mul, optionInput } from '../expr/expression.js';
import { type Figure, optionFigure } from '../expr/figure.js';
import { ref } from '../model/figure-ref.js';
import { linkNeededMbps, mbpsForGBPerHour } from './log-replication.js';
import { shareOf } from './shares.js';

const interval = input('srm_replication_interval_minutes');
const minutesPerDay = mul(constant('hours_per_day'), constant('minutes_per_hour'));
const dailyChangeGB = mul(ref('srmReplicaStorageGB'), shareOf('srm_daily_change_pct'));

/**
 * SRM array replication ships, each interval, the blocks changed since the last one, within the interval (brief 5.1.1).
 * Writes follow the day's log profile (assumption): an interval up to an hour ships at the peak hour's rate; a longer
 * one at that rate until it holds a whole day's change (or its days' change beyond a day).
 */
export const arrayReplicationFigures: readonly Figure[] = [
  optionFigure(
    'srmChangedPerDayGB',
    { label: 'Replicated storage changed per day (SRM)', unit: 'GB', source: 'brief 5.1.1 (change rate: assumption)' },
    ifThen(optionInput('srm'), dailyChangeGB, 0),
  ),
  optionFigure(
    'srmChangedPerIntervalGB',
    {
      label: 'Replicated storage changed in one replication interval at the peak (SRM)',
      unit: 'GB',
      source: 'brief 5.1.1 (hourly profile: assumption)',
    },
    mul(
      ref('srmChangedPerDayGB'),
      min(
        mul(ref('peakHourLogShare'), div(interval, constant('minutes_per_hour'))),
        max(1, div(interval, minutesPerDay)),
      ),
    ),
  ),
  // An interval of 0 (synchronous) or up to an hour ships the peak hour's changes as they come.
  optionFigure(
    'srmReplicationPeakMbps',
    { label: 'Array replication to the DR site at the peak (SRM)', unit: 'Mbit/s', source: 'brief 5.1.1' },
    ifThen(
      le(interval, constant('minutes_per_hour')),
      mbpsForGBPerHour(mul(ref('srmChangedPerDayGB'), ref('peakHourLogShare'))),
      mbpsForGBPerHour(div(mul(ref('srmChangedPerIntervalGB'), constant('minutes_per_hour')), interval)),
    ),
  ),
  optionFigure(
    'srmReplicationLinkMbps',
    {
      label: 'WAN link the array replication needs at the utilisation target (SRM)',
      unit: 'Mbit/s',
      source: 'brief 5.1.1 (target: assumption)',
    },
    linkNeededMbps(ref('srmReplicationPeakMbps')),
  ),
];
