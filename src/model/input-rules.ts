import { add, and, constant, type Expr, eq, ge, gt, input, le, lookup, lt, or, sub } from '../expr/expression.js';
import type { FigureId } from './figure-ids.js';

/**
 * A rule between scenario parameters that no single range expresses. It has one definition: the engine evaluates
 * `holds` on the inputs it reads (src/model/input-rule-issues.ts) and refuses them where it fails; the workbook
 * shows it as a design check and validates the `guards` cells with the same formula at entry.
 */
export interface InputRule {
  /** The id of its design check in the workbook. */
  readonly id: FigureId;
  readonly label: string;
  readonly holds: Expr;
  /** What the workbook's check says where it does not hold. */
  readonly message: string;
  readonly source: string;
  /** The parameters whose cells the workbook validates with it. */
  readonly guards: readonly string[];
  /** The engine's message: the column it names, the value it shows, and what was expected, where `{0}`, `{1}` are `terms`. */
  readonly column: string;
  readonly shown: Expr;
  readonly expected: string;
  readonly terms: readonly Expr[];
}

const copies = input('dag_copies');
const failures = input('mailbox_server_failures');
const members = input('dag_member_servers');
const allCopies = add(copies, input('dr_copies'), input('lagged_copies'));
const hostRam = input('host_ram_gb');
const smallestServerRam = lookup('server-ram-database-cache', 'server_ram_gb', 'server_ram_gb', 0, 'ceiling');
/** An empty member count (0) is worked out by the layout, so the member rules hold for it. */
const automaticMembers = eq(members, 0);

export const INPUT_RULES: readonly InputRule[] = [
  {
    id: 'checkFailuresBelowCopies',
    label: 'Server failures fewer than database copies',
    holds: lt(failures, copies),
    message: 'mailbox_server_failures must be fewer than dag_copies: a database survives only while one copy is left',
    source: '[S3]',
    guards: ['mailbox_server_failures'],
    column: 'mailbox_server_failures',
    shown: failures,
    expected: 'fewer failures than dag_copies ({0}): a database survives only while one copy is left',
    terms: [copies],
  },
  {
    id: 'checkMembersHoldCopies',
    label: 'A fixed member count holds every copy',
    holds: or(automaticMembers, ge(members, copies)),
    message: 'dag_member_servers must be at least dag_copies (one server per copy), or empty',
    source: '[S3]',
    guards: ['dag_member_servers'],
    column: 'dag_member_servers',
    shown: members,
    expected: 'at least dag_copies ({0}) servers, one per copy, or empty for automatic',
    terms: [copies],
  },
  {
    id: 'checkMembersSurviveFailures',
    label: 'A fixed member count survives the server failures',
    holds: or(automaticMembers, gt(members, failures)),
    message: 'dag_member_servers must be more than mailbox_server_failures, or empty',
    source: '[S3]',
    guards: ['dag_member_servers'],
    column: 'dag_member_servers',
    shown: members,
    expected: 'more servers than mailbox_server_failures ({0})',
    terms: [failures],
  },
  {
    id: 'checkCopiesPerDatabase',
    label: 'Copies of a database within the Exchange limit',
    holds: le(allCopies, constant('copies_per_database_max')),
    message: 'dag_copies + dr_copies + lagged_copies exceed the copies a database may have (copies_per_database_max)',
    source: '[S8] [S9]',
    guards: ['dag_copies', 'dr_copies', 'lagged_copies'],
    column: 'dag_copies + dr_copies + lagged_copies',
    shown: allCopies,
    expected: 'at most {0} copies of a database (copies_per_database_max)',
    terms: [constant('copies_per_database_max')],
  },
  {
    id: 'checkReplayLag',
    label: 'Replay lag within the Exchange limit',
    holds: le(input('replay_lag_days'), constant('replay_lag_days_max')),
    message: 'replay_lag_days exceeds the longest replay lag Exchange 2010 allows (replay_lag_days_max)',
    source: '[S25]',
    guards: ['replay_lag_days'],
    column: 'replay_lag_days',
    shown: input('replay_lag_days'),
    expected: 'at most {0} days (replay_lag_days_max)',
    terms: [constant('replay_lag_days_max')],
  },
  {
    id: 'checkHostRam',
    label: 'Host RAM holds the smallest mailbox server',
    holds: ge(sub(hostRam, input('hypervisor_ram_reserve_gb')), smallestServerRam),
    message:
      'host_ram_gb less hypervisor_ram_reserve_gb is below the smallest server of data/server-ram-database-cache.csv',
    source: '[S14]',
    guards: ['host_ram_gb'],
    column: 'host_ram_gb',
    shown: hostRam,
    expected: 'at least hypervisor_ram_reserve_gb + {0} GB, the smallest server in data/server-ram-database-cache.csv',
    terms: [smallestServerRam],
  },
];

/** Every rule between inputs holds. */
export const INPUTS_HOLD: Expr = and(...INPUT_RULES.map((rule) => rule.holds));

/** The rules that guard a parameter's cell in the workbook. */
export function rulesGuarding(parameter: string): readonly InputRule[] {
  return INPUT_RULES.filter((rule) => rule.guards.includes(parameter));
}
