import { add, constant, div, type Expr, gt, ifThen, input, lookup, mul, optionInput } from '../expr/expression.js';
import { type Figure, optionFigure } from '../expr/figure.js';
import { ref } from '../model/figure-ref.js';

const restoreBy = (column: string): Expr =>
  lookup('backup-methods', 'backup_method', column, ref('databaseRestoreMethod'), 'exact');

/**
 * How long the slow recoveries take: activating a lagged copy replays the logs of its lag, and a restore
 * copies the database back at the rate of the backup method; neither is a fixed number of hours.
 */
export const recoveryDurationFigures: readonly Figure[] = [
  // [S25] a lag of 0 days keeps no point in time to go back to; only the option's lagged copies have one.
  optionFigure(
    'laggedCopyWindowDays',
    { label: 'Point-in-time window of the lagged copies', unit: 'days', source: '[S25] brief 5.2' },
    ifThen(optionInput('lagged_dr_copies'), ifThen(gt(input('lagged_copies'), 0), input('replay_lag_days'), 0), 0),
  ),
  optionFigure(
    'laggedCopyLogsToReplay',
    { label: 'Logs a lagged copy replays when activated, per database', unit: 'logs', source: '[S14] [S25]' },
    div(
      mul(ref('laggedCopyWindowDays'), ref('logsPerDatabasePerDayGB'), constant('mb_per_gb')),
      constant('log_file_mb'),
    ),
  ),
  // TechNet "Activate a Lagged Mailbox Database Copy": at least two logs per second per database.
  optionFigure(
    'laggedCopyReplayMinutes',
    {
      label: 'Log replay of a lagged copy on activation',
      unit: 'minutes',
      source: 'TechNet dd979786; data/exchange-limits.csv',
    },
    div(
      ref('laggedCopyLogsToReplay'),
      mul(constant('lagged_copy_replay_logs_per_second'), constant('seconds_per_minute')),
    ),
  ),
  optionFigure(
    'laggedCopyActivationMinutes',
    {
      label: 'Activation of a lagged copy: manual steps and log replay',
      unit: 'minutes',
      source: 'brief 5.2.1; TechNet dd979786',
    },
    add(input('lagged_copy_activation_minutes'), ref('laggedCopyReplayMinutes')),
  ),
  // Brief 6.2: VDR cannot restore a mailbox database; the method that restores it is named in data/backup-methods.csv.
  optionFigure(
    'databaseRestoreMethod',
    {
      label: 'Backup method that restores a mailbox database',
      unit: '',
      kind: 'text',
      source: 'brief 6.1-6.3; data/backup-methods.csv',
    },
    lookup('backup-methods', 'backup_method', 'database_restored_by', input('backup_method'), 'exact'),
  ),
  // Brief 6.3: an array snapshot reverts in minutes whatever the size; a streamed restore takes size / rate; then the
  // logs of the incrementals or differential since the full replay (data/backup-schedules.csv).
  optionFigure(
    'databaseRestoreMinutes',
    {
      label: 'Restore of one mailbox database from backup, log replay included',
      unit: 'minutes',
      source: `brief 6.1-6.3; data/backup-methods.csv; Microsoft 'Backup Operations' (aa579157)`,
    },
    add(
      restoreBy('restore_fixed_minutes'),
      ifThen(
        restoreBy('streams_data'),
        div(mul(ref('databaseRestoreGB'), constant('minutes_per_hour')), ref('databaseRestoreGBPerHour')),
        0,
      ),
      ref('restoreLogReplayMinutes'),
    ),
  ),
];
