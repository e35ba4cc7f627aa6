import type { ListName } from './figure.js';

/**
 * The vocabulary in which every figure is defined once. An expression is plain data: it can be
 * compiled and evaluated with decimal.js (`compile.ts`, `evaluate-model.ts`) and rendered as an Excel
 * formula (`render-formula.ts`),
 * so the engine and the workbook cannot drift apart.
 */
export type BinaryOperator = '+' | '-' | '*' | '/';
export type CompareOperator = '<' | '<=' | '>' | '>=' | '=' | '<>';
export type FunctionName = 'ROUND' | 'ROUNDUP' | 'ROUNDDOWN' | 'MIN' | 'MAX' | 'IF' | 'AND' | 'OR' | 'NOT' | 'POWER';
/**
 * How a table look-up matches its key column (keys ascending):
 * `exact` the equal key, `floor` the largest key <= x, `ceiling` the smallest key >= x,
 * `interpolate` linear between the two rows around x.
 */
export type LookupMatch = 'exact' | 'floor' | 'ceiling' | 'interpolate';
export type AggregateFunction = 'SUM' | 'MIN' | 'MAX';

export type Expr =
  /** A structural number (0, 1, a sentinel); never a sourced figure, which belongs in data/. */
  | { readonly kind: 'number'; readonly value: string }
  /** A text literal, for comparing with text cells. */
  | { readonly kind: 'text'; readonly value: string }
  /** A scenario parameter (templates/scenario.csv). */
  | { readonly kind: 'input'; readonly name: string }
  /** A column of the current item of an input list (templates/mailbox-tiers.csv, templates/workloads.csv). */
  | { readonly kind: 'itemInput'; readonly list: ListName; readonly name: string }
  /** An attribute of the current availability option (data/options.csv). */
  | { readonly kind: 'optionInput'; readonly name: string }
  /** A named reference constant (data/constants.csv and the other key-value tables). */
  | { readonly kind: 'constant'; readonly name: string }
  /** Another figure, by id. */
  | { readonly kind: 'figure'; readonly id: string }
  /** The key of the current row of a row set (a candidate number, or a table row's key). */
  | { readonly kind: 'rowKey' }
  /** A column of the current row of a table-backed row set. */
  | { readonly kind: 'rowField'; readonly column: string }
  | { readonly kind: 'binary'; readonly op: BinaryOperator; readonly left: Expr; readonly right: Expr }
  | { readonly kind: 'compare'; readonly op: CompareOperator; readonly left: Expr; readonly right: Expr }
  | { readonly kind: 'call'; readonly fn: FunctionName; readonly args: readonly Expr[] }
  | {
      readonly kind: 'lookup';
      readonly table: string;
      readonly keyColumn: string;
      readonly valueColumn: string;
      readonly key: Expr;
      readonly match: LookupMatch;
    }
  /** SUM, MIN or MAX of a figure over every row of its scope (all tiers, all workloads, all candidates). */
  | { readonly kind: 'aggregate'; readonly fn: AggregateFunction; readonly figure: string }
  /** The value of `figure` on the first row of its row set where `where` equals `equals` (INDEX/MATCH). */
  | { readonly kind: 'pick'; readonly figure: string; readonly where: string; readonly equals: Expr }
  /**
   * `expr` evaluated on the previous row of the current row set (the cells one row up), or `first` on the
   * first row: a running state down the rows, as a spreadsheet carries it (a packing, host group by host group).
   */
  | { readonly kind: 'previous'; readonly expr: Expr; readonly first: Expr };

export type Operand = Expr | number;

function operand(value: Operand): Expr {
  return typeof value === 'number' ? num(value) : value;
}

/**
 * A structural number such as 0 or 1.
 *
 * @example
 * num(0); // { kind: 'number', value: '0' }
 */
export function num(value: number | string): Expr {
  return { kind: 'number', value: String(value) };
}
/**
 * @example
 * eq(input('raid_level'), text('JBOD')); // raid_level="JBOD"
 */
export function text(value: string): Expr {
  return { kind: 'text', value };
}
/**
 * @example
 * input('dag_copies'); // renders as in_dag_copies
 */
export function input(name: string): Expr {
  return { kind: 'input', name };
}
/**
 * @example
 * mul(tierInput('mailboxes'), tierInput('messages_per_day')); // per tier: mailboxes x messages a day
 */
export function tierInput(name: string): Expr {
  return { kind: 'itemInput', list: 'tier', name };
}
/**
 * @example
 * workloadInput('vms'); // the VMs of the current workload
 */
export function workloadInput(name: string): Expr {
  return { kind: 'itemInput', list: 'workload', name };
}
/**
 * @example
 * optionInput('dag'); // whether the current option runs a DAG (the dag column of data/options.csv)
 */
export function optionInput(name: string): Expr {
  return { kind: 'optionInput', name };
}
/**
 * @example
 * div(ref('whitespaceMB'), constant('kb_per_mb')); // a named constant of data/constants.csv
 */
export function constant(name: string): Expr {
  return { kind: 'constant', name };
}
/**
 * @example
 * add(ref('primaryHosts'), ref('drHosts')); // primaryHosts+drHosts
 */
export function ref(id: string): Expr {
  return { kind: 'figure', id };
}
/**
 * @example
 * mul(rowKey(), ref('ramGB')); // the candidate number of the row (1, 2, 3...) times the RAM per VM
 */
export function rowKey(): Expr {
  return { kind: 'rowKey' };
}
/**
 * @example
 * rowField('price'); // the price column of the current row of a table-backed row set
 */
export function rowField(column: string): Expr {
  return { kind: 'rowField', column };
}

function chain(op: BinaryOperator, values: readonly Operand[]): Expr {
  const [first, ...rest] = values.map(operand);
  if (first === undefined) throw new Error(`'${op}' needs at least one operand`);
  return rest.reduce<Expr>((left, right) => ({ kind: 'binary', op, left, right }), first);
}
/**
 * @example
 * add(ref('hostCost'), ref('storageCost'), ref('licenceCost')); // hostCost+storageCost+licenceCost
 */
export function add(...values: Operand[]): Expr {
  return chain('+', values);
}
/**
 * @example
 * sub(ref('totalHosts'), 1); // totalHosts-1
 */
export function sub(left: Operand, right: Operand): Expr {
  return chain('-', [left, right]);
}
/**
 * @example
 * mul(ref('vcpu'), 2); // vcpu*2
 */
export function mul(...values: Operand[]): Expr {
  return chain('*', values);
}
/**
 * @example
 * div(ref('tco'), ref('totalMailboxes')); // tco/totalMailboxes
 */
export function div(left: Operand, right: Operand): Expr {
  return chain('/', [left, right]);
}

function compare(op: CompareOperator, left: Operand, right: Operand): Expr {
  return { kind: 'compare', op, left: operand(left), right: operand(right) };
}
/**
 * @example
 * lt(ref('databaseSizeGB'), ref('databaseSizeLimitGB')); // databaseSizeGB<databaseSizeLimitGB
 */
export const lt = (a: Operand, b: Operand): Expr => compare('<', a, b);
/**
 * @example
 * le(ref('vcpu'), ref('numaNodeVcpu')); // vcpu<=numaNodeVcpu
 */
export const le = (a: Operand, b: Operand): Expr => compare('<=', a, b);
/**
 * @example
 * gt(input('dr_copies'), 0); // in_dr_copies>0
 */
export const gt = (a: Operand, b: Operand): Expr => compare('>', a, b);
/**
 * @example
 * ge(ref('memberServers'), input('dag_copies')); // memberServers>=in_dag_copies
 */
export const ge = (a: Operand, b: Operand): Expr => compare('>=', a, b);
/**
 * @example
 * eq(input('raid_level'), text('JBOD')); // in_raid_level="JBOD"
 */
export const eq = (a: Operand, b: Operand): Expr => compare('=', a, b);
/**
 * @example
 * ne(input('raid_level'), text('JBOD')); // in_raid_level<>"JBOD"
 */
export const ne = (a: Operand, b: Operand): Expr => compare('<>', a, b);

function call(fn: FunctionName, args: readonly Operand[]): Expr {
  return { kind: 'call', fn, args: args.map(operand) };
}
/**
 * Round half away from zero to `digits` decimals (Excel ROUND).
 *
 * @example
 * round(ref('tco'), 2); // ROUND(tco,2)
 */
export const round = (value: Operand, digits: Operand): Expr => call('ROUND', [value, digits]);
/**
 * Round away from zero to `digits` decimals (Excel ROUNDUP); counts use digits = 0.
 *
 * @example
 * roundUp(div(ref('totalMailboxes'), ref('mailboxesPerDatabaseMax'))); // ROUNDUP(totalMailboxes/mailboxesPerDatabaseMax,0)
 */
export const roundUp = (value: Operand, digits = 0): Expr => call('ROUNDUP', [value, digits]);
/**
 * Round toward zero to `digits` decimals (Excel ROUNDDOWN).
 *
 * @example
 * roundDown(div(ref('hostRamForVmsGB'), ref('ramGB'))); // ROUNDDOWN(hostRamForVmsGB/ramGB,0)
 */
export const roundDown = (value: Operand, digits = 0): Expr => call('ROUNDDOWN', [value, digits]);
/**
 * `base` raised to a whole-number `exponent` (Excel POWER). The engine multiplies it out with decimal.js, so a
 * whole exponent keeps the result exact to the engine's 40 digits; a fractional one is refused (#NUM!), since no
 * decimal result of it would be exact. Round the result explicitly where a count is wanted.
 *
 * @example
 * roundUp(mul(tierInput('mailboxes'), power(add(1, 0.1), input('tco_years')))); // ROUNDUP(mailboxes*POWER(1+0.1,in_tco_years),0)
 */
export const power = (base: Operand, exponent: Operand): Expr => call('POWER', [base, exponent]);
/**
 * @example
 * min(ref('vcpu'), ref('numaNodeVcpu')); // MIN(vcpu,numaNodeVcpu)
 */
export const min = (...values: Operand[]): Expr => call('MIN', values);
/**
 * @example
 * max(1, ref('drHosts')); // MAX(1,drHosts)
 */
export const max = (...values: Operand[]): Expr => call('MAX', values);
/**
 * @example
 * ifThen(gt(input('dr_copies'), 0), ref('drHosts'), 0); // IF(in_dr_copies>0,drHosts,0)
 */
export const ifThen = (condition: Expr, then: Operand, otherwise: Operand): Expr =>
  call('IF', [condition, then, otherwise]);
/**
 * @example
 * and(ref('mailboxVcpuFits'), ref('mailboxRamFits')); // AND(mailboxVcpuFits,mailboxRamFits)
 */
export const and = (...conditions: Expr[]): Expr => call('AND', conditions);
/**
 * @example
 * or(ref('mailboxVcpuFits'), ref('mailboxRamFits')); // OR(mailboxVcpuFits,mailboxRamFits)
 */
export const or = (...conditions: Expr[]): Expr => call('OR', conditions);
/**
 * @example
 * not(ref('drColdStandby')); // NOT(drColdStandby)
 */
export const not = (condition: Expr): Expr => call('NOT', [condition]);

/**
 * The case whose text equals `key`, else `otherwise`: a chain of IFs, readable in the workbook.
 *
 * @example
 * choose(input('raid_level'), [['RAID10', 2], ['RAID5', 4]], 1);
 * // IF(in_raid_level="RAID10",2,IF(in_raid_level="RAID5",4,1))
 */
export function choose(key: Expr, cases: readonly (readonly [string, Operand])[], otherwise: Operand): Expr {
  return cases.reduceRight<Expr>(
    (rest, [value, result]) => ifThen(eq(key, text(value)), result, rest),
    operand(otherwise),
  );
}

/**
 * @example
 * lookup('raid-levels', 'raid_level', 'write_penalty', input('raid_level'), 'exact');
 * // INDEX(<write_penalty column>,MATCH(in_raid_level,<raid_level column>,0))
 */
export function lookup(table: string, keyColumn: string, valueColumn: string, key: Operand, match: LookupMatch): Expr {
  return { kind: 'lookup', table, keyColumn, valueColumn, key: operand(key), match };
}
/**
 * @example
 * sumOf('tierMailboxes'); // SUM of tierMailboxes over every tier
 */
export const sumOf = (figure: string): Expr => ({ kind: 'aggregate', fn: 'SUM', figure });
/**
 * @example
 * minOf('candidateRank'); // MIN of candidateRank over every candidate row
 */
export const minOf = (figure: string): Expr => ({ kind: 'aggregate', fn: 'MIN', figure });
/**
 * @example
 * maxOf('tierMailboxes'); // MAX of tierMailboxes over every tier
 */
export const maxOf = (figure: string): Expr => ({ kind: 'aggregate', fn: 'MAX', figure });
/**
 * @example
 * pick('candidateServers', 'candidateRank', ref('bestCandidateRank'));
 * // candidateServers on the first row whose candidateRank equals bestCandidateRank (INDEX/MATCH)
 */
export function pick(figure: string, where: string, equals: Operand): Expr {
  return { kind: 'pick', figure, where, equals: operand(equals) };
}

/**
 * `expr` on the previous row of the row set, or `first` on its first row.
 *
 * @example
 * add(previous(ref('runningTotal'), 0), ref('hostsOfTheRow')); // runningTotal one row up (0 on the first row) plus this row's
 */
export function previous(expr: Expr, first: Operand): Expr {
  return { kind: 'previous', expr, first: operand(first) };
}

/**
 * The direct sub-expressions of an expression.
 *
 * @example
 * children(add(1, 2)); // [num(1), num(2)]
 */
export function children(expr: Expr): readonly Expr[] {
  switch (expr.kind) {
    case 'binary':
    case 'compare':
      return [expr.left, expr.right];
    case 'call':
      return expr.args;
    case 'lookup':
      return [expr.key];
    case 'pick':
      return [expr.equals];
    case 'previous':
      return [expr.expr, expr.first];
    default:
      return [];
  }
}

/**
 * Every node of an expression, depth first, the expression itself first.
 *
 * @example
 * allNodes(add(1, 2)).length; // 3: the sum and its two numbers
 */
export function allNodes(expr: Expr): Expr[] {
  // A stack instead of recursion and spreads: the model walks every expression more than once as it is built.
  const nodes: Expr[] = [];
  const stack: Expr[] = [expr];
  while (stack.length > 0) {
    const node = stack.pop()!;
    nodes.push(node);
    const below = children(node);
    for (let i = below.length - 1; i >= 0; i--) stack.push(below[i]!);
  }
  return nodes;
}
