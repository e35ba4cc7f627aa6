import { choose, constant, div, eq, ifThen, input, mul, ne, optionInput, text, type Expr } from '../expr/expression.js';
import { optionFigure, type Figure } from '../expr/figure.js';

/** The failures the brief weighs the options against, each a column of data/options.csv. */
export const FAILURES = ['host_failure', 'guest_os_failure', 'application_failure', 'database_corruption', 'site_loss'] as const;

const minutes = (name: string) => input(name);
const RECOVERY_MINUTES: readonly (readonly [string, Expr])[] = [
  ['vm_restart', minutes('vm_restart_minutes')],
  ['app_restart', minutes('app_restart_minutes')],
  ['dag_failover', div(input('dag_failover_seconds'), constant('seconds_per_minute'))],
  ['srm_recovery', minutes('srm_recovery_plan_minutes')],
  ['lagged_copy', minutes('lagged_copy_activation_minutes')],
  ['replica_failover', minutes('replica_failover_minutes')],
  ['backup_restore', mul(input('backup_restore_hours'), constant('minutes_per_hour'))],
];
const DATA_LOSS_MINUTES: readonly (readonly [string, Expr])[] = [
  ['srm_recovery', minutes('srm_replication_interval_minutes')],
  ['replica_failover', minutes('replication_lag_minutes')],
  ['backup_restore', mul(input('backup_interval_hours'), constant('minutes_per_hour'))],
];

/** What the recovery time and data loss of a failure the option does not protect against read. */
export const NOT_PROTECTED = 'not protected';

const camel = (failure: string) => failure.replace(/_(\w)/g, (_, c: string) => c.toUpperCase());

function failureFigures(failure: string): Figure[] {
  const mechanism = optionInput(failure);
  const label = failure.replaceAll('_', ' ');
  const source = 'method step 9; data/recovery-mechanisms.csv';
  return [
    optionFigure(`${camel(failure)}Mechanism`, { label: `${label}: recovery`, unit: '', kind: 'text', source }, mechanism),
    optionFigure(`${camel(failure)}Protected`, { label: `${label}: protected`, unit: 'yes/no', kind: 'flag', source }, ne(mechanism, text('none'))),
    // An unprotected failure has no recovery time: the cell says so rather than reading 0 minutes.
    optionFigure(`${camel(failure)}RecoveryMinutes`, { label: `${label}: expected recovery time`, unit: 'minutes', source }, ifThen(eq(mechanism, text('none')), text(NOT_PROTECTED), choose(mechanism, RECOVERY_MINUTES, 0))),
    optionFigure(`${camel(failure)}DataLossMinutes`, { label: `${label}: expected data loss`, unit: 'minutes', source }, ifThen(eq(mechanism, text('none')), text(NOT_PROTECTED), choose(mechanism, DATA_LOSS_MINUTES, 0))),
  ];
}

/** Method step 9: what each option protects against, and its expected recovery time and data loss. */
export const protectionFigures: readonly Figure[] = [
  ...FAILURES.flatMap(failureFigures),
  optionFigure('laggedCopyWindowDays', { label: 'Point-in-time window of the lagged copies', unit: 'days', source: '[S25] brief 5.2' }, ifThen(optionInput('lagged_dr_copies'), input('replay_lag_days'), 0)),
];
