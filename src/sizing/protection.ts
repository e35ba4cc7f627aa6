import {
  add,
  and,
  choose,
  constant,
  div,
  type Expr,
  eq,
  gt,
  ifThen,
  input,
  lt,
  mul,
  ne,
  not,
  optionInput,
  or,
  text,
} from '../expr/expression.js';
import { type Figure, optionFigure } from '../expr/figure.js';
import { ref } from '../model/figure-ref.js';
import { hostFailureRedundancyFigures } from './host-failure-redundancy.js';
import { recoveryDurationFigures } from './recovery-durations.js';

/** The failures the brief weighs the options against, each a column of data/options.csv. */
export const FAILURES = [
  'host_failure',
  'guest_os_failure',
  'application_failure',
  'database_corruption',
  'site_loss',
] as const;

const RECOVERY_MINUTES: readonly (readonly [string, Expr])[] = [
  ['vm_restart', input('vm_restart_minutes')],
  ['app_restart', input('app_restart_minutes')],
  ['dag_failover', div(input('dag_failover_seconds'), constant('seconds_per_minute'))],
  ['srm_recovery', input('srm_recovery_plan_minutes')],
  ['lagged_copy', ref('laggedCopyActivationMinutes')],
  ['datacenter_switchover', input('datacenter_switchover_minutes')],
  ['replica_failover', input('replica_failover_minutes')],
  ['backup_restore', ref('databaseRestoreMinutes')],
];
// Log shipping is asynchronous: whatever activates a DAG copy loses the logs not yet copied (assumption).
const copyQueue = input('dag_copy_queue_minutes');
const DATA_LOSS_MINUTES: readonly (readonly [string, Expr])[] = [
  ['dag_failover', copyQueue],
  ['srm_recovery', input('srm_replication_interval_minutes')],
  ['lagged_copy', copyQueue],
  ['datacenter_switchover', copyQueue],
  ['replica_failover', input('replication_lag_minutes')],
  ['backup_restore', mul(input('backup_interval_hours'), constant('minutes_per_hour'))],
];

/** What the recovery time and data loss of a failure the option does not protect against read. */
export const NOT_PROTECTED = 'not protected';

/** `host_failure` as a figure id names it: `hostFailure` (and its type, so `${camel(failure)}Mechanism` is a FigureId). */
type Camel<S extends string> = S extends `${infer Head}_${infer First}${infer Rest}`
  ? `${Head}${Uppercase<First>}${Camel<Rest>}`
  : S;
export const camel = <S extends string>(failure: S) =>
  failure.replace(/_(\w)/g, (_, c: string) => c.toUpperCase()) as Camel<S>;
const is = (mechanism: Expr, name: string) => eq(mechanism, text(name));

/**
 * The mechanism that really recovers a failure: the one data/options.csv names, unless the scenario leaves it
 * nothing to work with (no copy in another site, no lag).
 */
function mechanismFor(failure: (typeof FAILURES)[number]): Expr {
  const named = optionInput(failure);
  if (failure === 'site_loss') {
    // Brief 5.3.1: a replication target in the same vSphere HA cluster is lost with the site.
    const localReplica = and(is(named, 'replica_failover'), eq(input('replication_target'), text('local')));
    // Brief 5.2.1: the DR site survives only with copies there; non-lagged copies are switched over, faster than a lagged one replays.
    const drCopy = ifThen(
      gt(input('dr_copies'), 0),
      text('datacenter_switchover'),
      ifThen(gt(input('lagged_copies'), 0), text('lagged_copy'), text('none')),
    );
    // [S13] A WAN that cannot ship a day's replication within the day leaves the DR site ever further behind.
    return ifThen(
      or(localReplica, not(ref('wanKeepsUp'))),
      text('none'),
      ifThen(is(named, 'lagged_copy'), drCopy, named),
    );
  }
  if (failure === 'database_corruption') {
    // [S25] a copy without lag replays the corruption at once: only a lag window protects; else the backup does.
    return ifThen(and(is(named, 'lagged_copy'), eq(ref('laggedCopyWindowDays'), 0)), text('backup_restore'), named);
  }
  return named;
}

function failureFigures(failure: (typeof FAILURES)[number]): Figure[] {
  const id = <What extends string>(what: What) => `${camel(failure)}${what}` as const;
  const mechanism = ref(id('Mechanism'));
  const label = failure.replaceAll('_', ' ');
  const source = 'method step 9; data/recovery-mechanisms.csv';
  return [
    optionFigure(
      id('Mechanism'),
      { label: `${label}: recovery`, unit: '', kind: 'text', source },
      mechanismFor(failure),
    ),
    optionFigure(
      id('Protected'),
      { label: `${label}: protected`, unit: 'yes/no', kind: 'flag', source },
      ne(mechanism, text('none')),
    ),
    // An unprotected failure has no recovery time: the cell says so rather than reading 0 minutes.
    optionFigure(
      id('RecoveryMinutes'),
      { label: `${label}: expected recovery time`, unit: 'minutes', source },
      ifThen(is(mechanism, 'none'), text(NOT_PROTECTED), choose(mechanism, RECOVERY_MINUTES, 0)),
    ),
    optionFigure(
      id('DataLossMinutes'),
      { label: `${label}: expected data loss`, unit: 'minutes', source },
      ifThen(
        is(mechanism, 'none'),
        text(NOT_PROTECTED),
        // A site loss also loses what the WAN has not yet shipped when it falls behind (wan-backlog.ts) [S13].
        failure === 'site_loss'
          ? add(choose(mechanism, DATA_LOSS_MINUTES, 0), ref('wanWorstLagMinutes'))
          : choose(mechanism, DATA_LOSS_MINUTES, 0),
      ),
    ),
  ];
}

/**
 * What the DR site carries after a site loss: every mailbox, unless the scenario sizes the DR mailbox servers of a
 * DAG for part of them (dr_capacity_pct); an SRM site recovers the whole primary site, replication targets match
 * their servers one to one.
 */
const siteLossFigures: readonly Figure[] = [
  optionFigure(
    'siteLossCapacityPct',
    {
      label: 'site loss: mailboxes the DR site runs',
      unit: '%',
      source: 'scenario dr_capacity_pct; brief 5.1.1, 5.2.1, 5.3.1',
    },
    ifThen(ref('siteLossProtected'), ifThen(gt(ref('drMailboxServersPerDag'), 0), ref('drSiteCapacityPct'), 100), 0),
  ),
  optionFigure(
    'siteLossNote',
    { label: 'site loss: what the DR site carries', unit: '', kind: 'text', source: 'brief 5; issue 11 sections 5, 6' },
    ifThen(
      not(ref('siteLossProtected')),
      text('not protected: no database copy or replica in another site'),
      ifThen(
        lt(ref('siteLossCapacityPct'), 100),
        text('partial: the DR site runs only part of the mailboxes'),
        text('the DR site runs every mailbox'),
      ),
    ),
  ),
];

/** Method step 9: what each option protects against, and its expected recovery time and data loss. */
export const protectionFigures: readonly Figure[] = [
  ...FAILURES.flatMap(failureFigures),
  ...siteLossFigures,
  ...hostFailureRedundancyFigures,
  ...recoveryDurationFigures,
];
