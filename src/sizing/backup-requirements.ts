import { add, constant, div, type Expr, ifThen, input, le, lookup, max, mul, roundUp } from '../expr/expression.js';
import { type Figure, optionFigure } from '../expr/figure.js';
import { ref } from '../model/figure-ref.js';
import { mbpsForMBPerSecond } from './log-replication.js';
import { shareOf } from './shares.js';

/** Days of logs a backup of the chosen schedule copies, or a restore replays (data/backup-schedules.csv). */
const scheduleDays = (column: string): Expr =>
  lookup('backup-schedules', 'backup_schedule', column, input('backup_schedule'), 'exact');
/** A column of the method that backs up and restores the mailbox databases (VDR leaves them to the in-guest agent). */
const databaseMethod = (column: string): Expr =>
  lookup('backup-methods', 'backup_method', column, ref('databaseRestoreMethod'), 'exact');
const logsOfDays = (days: Expr): Expr => mul(ref('logsPerDatabasePerDayGB'), days);
const perHourToMBPerSecond = (gbPerHour: Expr): Expr =>
  div(mul(gbPerHour, constant('mb_per_gb')), mul(constant('minutes_per_hour'), constant('seconds_per_minute')));

const SCHEDULE = `Microsoft 'Backup Operations' (Exchange 2010, aa579157); data/backup-schedules.csv`;
const gb = (id: string, label: string, expr: Expr, source = SCHEDULE) =>
  optionFigure(id, { label, unit: 'GB', source }, expr);

/**
 * The calculator's Backup Requirements: what each night's backup of the mailbox databases copies for the schedule
 * chosen, the throughput it needs in the backup window, what the backup target keeps, and what a restore copies back
 * and replays. Incremental and differential backups copy transaction logs only; a full also the database.
 */
export const backupRequirementFigures: readonly Figure[] = [
  // aa579157: a full backs up the database and the logs on disk, then truncates them.
  gb(
    'backupFullGBPerDatabase',
    'Full backup of one database: the database and the logs since they were last truncated',
    add(ref('databaseSizeGB'), logsOfDays(scheduleDays('full_backup_log_days'))),
  ),
  // aa579157: an incremental copies the logs since the last backup; a differential those since the last full.
  gb(
    'backupPartialGBPerDatabase',
    'Incremental or differential backup of one database, its largest night (logs only)',
    logsOfDays(scheduleDays('partial_backup_log_days_worst')),
  ),
  // One copy of each database is backed up, whichever DAG member holds it.
  gb(
    'backupFullNightGB',
    'Night of the full backups: one copy of every database',
    mul(ref('databases'), ref('backupFullGBPerDatabase')),
  ),
  gb(
    'backupPartialNightGB',
    'Largest night of the incremental or differential backups: one copy of every database',
    mul(ref('databases'), ref('backupPartialGBPerDatabase')),
  ),
  // An array snapshot copies no data in the window: only a streamed backup needs throughput.
  optionFigure(
    'backupThroughputGBPerHour',
    {
      label: 'Backup throughput the largest night needs within the backup window',
      unit: 'GB/h',
      source: `${SCHEDULE}; data/backup-methods.csv`,
    },
    ifThen(
      databaseMethod('streams_data'),
      div(max(ref('backupFullNightGB'), ref('backupPartialNightGB')), input('backup_window_hours')),
      0,
    ),
  ),
  optionFigure(
    'backupThroughputMBPerSecond',
    { label: 'Backup throughput the largest night needs within the backup window', unit: 'MB/s', source: SCHEDULE },
    perHourToMBPerSecond(ref('backupThroughputGBPerHour')),
  ),
  // One copy of each database is backed up from the DAG member that holds it: the night spreads over the primary
  // mailbox servers evenly (assumption), each sending its share over its own LAN link.
  optionFigure(
    'backupThroughputMBPerSecondPerServer',
    {
      label: 'Backup throughput the largest night needs within the backup window, per primary mailbox server',
      unit: 'MB/s',
      source: `${SCHEDULE} (assumption: the databases backed up spread evenly over the mailbox servers)`,
    },
    div(ref('backupThroughputMBPerSecond'), ref('mailboxServers')),
  ),
  // A link is rated in decimal Mbit/s, the sizing's MB is binary: 1 MB = 8.388608 Mbit (data/constants.csv).
  optionFigure(
    'backupLanMbpsPerServer',
    {
      label: 'LAN link a primary mailbox server needs for its backup in the window, at the utilisation target',
      unit: 'Mbit/s',
      source: `${SCHEDULE}; [S13] (target: assumption)`,
    },
    div(mbpsForMBPerSecond(ref('backupThroughputMBPerSecondPerServer')), shareOf('link_utilization_pct')),
  ),
  optionFigure(
    'backupFitsLanLink',
    {
      label: 'The backup of the largest night fits the window over the LAN link of each mailbox server',
      unit: 'yes/no',
      kind: 'flag',
      source: `${SCHEDULE}; [S13]`,
    },
    le(ref('backupLanMbpsPerServer'), input('lan_link_mbps')),
  ),
  // [S39] the log LUN keeps log_truncation_failure_days of logs; differentials truncate none, so a week's stay on disk.
  optionFigure(
    'backupLogsFitLogLun',
    {
      label: 'The logs the backup schedule leaves on disk until a backup truncates them fit the log LUN',
      unit: 'yes/no',
      kind: 'flag',
      source: `${SCHEDULE}; [S39]`,
    },
    le(scheduleDays('full_backup_log_days'), input('log_truncation_failure_days')),
  ),
  // A chain (a full and the backups after it) is deleted only once the next full is written: one more than retention needs.
  optionFigure(
    'backupChainsKept',
    {
      label: 'Backup chains the target keeps (a full and the backups after it)',
      unit: 'chains',
      kind: 'count',
      source: `${SCHEDULE} (assumption: retention input)`,
    },
    add(roundUp(div(input('backup_retention_days'), scheduleDays('full_backup_every_days'))), 1),
  ),
  gb(
    'backupChainGBPerDatabase',
    'One backup chain of one database: its full and the incrementals or differentials until the next full',
    add(ref('backupFullGBPerDatabase'), logsOfDays(scheduleDays('partial_backup_log_days_per_cycle'))),
  ),
  optionFigure(
    'databaseRestoreGBPerHour',
    {
      label: 'Restore rate of the method that restores a mailbox database',
      unit: 'GB/h',
      source: 'data/backup-methods.csv',
    },
    ifThen(databaseMethod('streams_data'), databaseMethod('restore_gb_per_hour'), 0),
  ),
  optionFigure(
    'databaseRestoreMBPerSecond',
    {
      label: 'Restore rate of the method that restores a mailbox database',
      unit: 'MB/s',
      source: 'data/backup-methods.csv',
    },
    perHourToMBPerSecond(ref('databaseRestoreGBPerHour')),
  ),
  // Restoring on the night before the next full is the worst: the full and every incremental (or the last differential).
  gb(
    'databaseRestoreGB',
    'Backup data a restore of one database copies back, worst night: the full and the backups since',
    add(ref('backupFullGBPerDatabase'), logsOfDays(scheduleDays('logs_since_full_days_worst'))),
  ),
  optionFigure(
    'restoreLogsToReplay',
    {
      label: 'Logs a restore replays per database: those of the incrementals or differential since the full',
      unit: 'logs',
      source: `${SCHEDULE}; [S9] 1 MB logs`,
    },
    div(mul(logsOfDays(scheduleDays('logs_since_full_days_worst')), constant('mb_per_gb')), constant('log_file_mb')),
  ),
  // TechNet dd979786 gives two logs per second per database for a lagged copy's replay; taken for a restore too.
  optionFigure(
    'restoreLogReplayMinutes',
    {
      label: 'Log replay after a restore, per database',
      unit: 'minutes',
      source: 'TechNet dd979786 (assumption: the lagged-copy rate holds for a restore); data/exchange-limits.csv',
    },
    div(
      ref('restoreLogsToReplay'),
      mul(constant('lagged_copy_replay_logs_per_second'), constant('seconds_per_minute')),
    ),
  ),
];
