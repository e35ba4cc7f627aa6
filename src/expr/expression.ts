import type { ListName } from './figure.js';

/**
 * The vocabulary in which every figure is defined once. An expression is plain data: it can be
 * compiled and evaluated with decimal.js (`compile.ts`, `evaluate-model.ts`) and rendered as an Excel
 * formula (`render-formula.ts`),
 * so the engine and the workbook cannot drift apart.
 */
export type BinaryOperator = '+' | '-' | '*' | '/';
export type CompareOperator = '<' | '<=' | '>' | '>=' | '=' | '<>';
export type FunctionName = 'ROUND' | 'ROUNDUP' | 'ROUNDDOWN' | 'MIN' | 'MAX' | 'IF' | 'AND' | 'OR' | 'NOT';
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

/** A structural number such as 0 or 1. */
export function num(value: number | string): Expr {
  return { kind: 'number', value: String(value) };
}
export function text(value: string): Expr {
  return { kind: 'text', value };
}
export function input(name: string): Expr {
  return { kind: 'input', name };
}
export function tierInput(name: string): Expr {
  return { kind: 'itemInput', list: 'tier', name };
}
export function workloadInput(name: string): Expr {
  return { kind: 'itemInput', list: 'workload', name };
}
export function optionInput(name: string): Expr {
  return { kind: 'optionInput', name };
}
export function constant(name: string): Expr {
  return { kind: 'constant', name };
}
export function ref(id: string): Expr {
  return { kind: 'figure', id };
}
export function rowKey(): Expr {
  return { kind: 'rowKey' };
}
export function rowField(column: string): Expr {
  return { kind: 'rowField', column };
}

function chain(op: BinaryOperator, values: readonly Operand[]): Expr {
  const [first, ...rest] = values.map(operand);
  if (first === undefined) throw new Error(`'${op}' needs at least one operand`);
  return rest.reduce<Expr>((left, right) => ({ kind: 'binary', op, left, right }), first);
}
export function add(...values: Operand[]): Expr {
  return chain('+', values);
}
export function sub(left: Operand, right: Operand): Expr {
  return chain('-', [left, right]);
}
export function mul(...values: Operand[]): Expr {
  return chain('*', values);
}
export function div(left: Operand, right: Operand): Expr {
  return chain('/', [left, right]);
}

function compare(op: CompareOperator, left: Operand, right: Operand): Expr {
  return { kind: 'compare', op, left: operand(left), right: operand(right) };
}
export const lt = (a: Operand, b: Operand): Expr => compare('<', a, b);
export const le = (a: Operand, b: Operand): Expr => compare('<=', a, b);
export const gt = (a: Operand, b: Operand): Expr => compare('>', a, b);
export const ge = (a: Operand, b: Operand): Expr => compare('>=', a, b);
export const eq = (a: Operand, b: Operand): Expr => compare('=', a, b);
export const ne = (a: Operand, b: Operand): Expr => compare('<>', a, b);

function call(fn: FunctionName, args: readonly Operand[]): Expr {
  return { kind: 'call', fn, args: args.map(operand) };
}
/** Round half away from zero to `digits` decimals (Excel ROUND). */
export const round = (value: Operand, digits: Operand): Expr => call('ROUND', [value, digits]);
/** Round away from zero to `digits` decimals (Excel ROUNDUP); counts use digits = 0. */
export const roundUp = (value: Operand, digits = 0): Expr => call('ROUNDUP', [value, digits]);
/** Round toward zero to `digits` decimals (Excel ROUNDDOWN). */
export const roundDown = (value: Operand, digits = 0): Expr => call('ROUNDDOWN', [value, digits]);
export const min = (...values: Operand[]): Expr => call('MIN', values);
export const max = (...values: Operand[]): Expr => call('MAX', values);
export const ifThen = (condition: Expr, then: Operand, otherwise: Operand): Expr =>
  call('IF', [condition, then, otherwise]);
export const and = (...conditions: Expr[]): Expr => call('AND', conditions);
export const or = (...conditions: Expr[]): Expr => call('OR', conditions);
export const not = (condition: Expr): Expr => call('NOT', [condition]);

/** The case whose text equals `key`, else `otherwise`: a chain of IFs, readable in the workbook. */
export function choose(key: Expr, cases: readonly (readonly [string, Operand])[], otherwise: Operand): Expr {
  return cases.reduceRight<Expr>(
    (rest, [value, result]) => ifThen(eq(key, text(value)), result, rest),
    operand(otherwise),
  );
}

export function lookup(table: string, keyColumn: string, valueColumn: string, key: Operand, match: LookupMatch): Expr {
  return { kind: 'lookup', table, keyColumn, valueColumn, key: operand(key), match };
}
export const sumOf = (figure: string): Expr => ({ kind: 'aggregate', fn: 'SUM', figure });
export const minOf = (figure: string): Expr => ({ kind: 'aggregate', fn: 'MIN', figure });
export const maxOf = (figure: string): Expr => ({ kind: 'aggregate', fn: 'MAX', figure });
export function pick(figure: string, where: string, equals: Operand): Expr {
  return { kind: 'pick', figure, where, equals: operand(equals) };
}

/** `expr` on the previous row of the row set, or `first` on its first row. */
export function previous(expr: Expr, first: Operand): Expr {
  return { kind: 'previous', expr, first: operand(first) };
}

/** The direct sub-expressions of an expression. */
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

/** Every node of an expression, depth first, the expression itself first. */
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
