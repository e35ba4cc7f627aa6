import { Decimal } from 'decimal.js';
import { Dec } from '../decimal.js';
import { EvaluationError } from './evaluation-error.js';
import type { CompareOperator, Expr } from './expression.js';
import type { ListName } from './figure.js';

export type Value = Dec | boolean | string;

/** Where an expression is evaluated: which list item (tier, workload), option and row it belongs to. */
export interface Position {
  readonly item?: number;
  readonly option?: string;
  readonly row?: number;
  /** The row set `row` counts in. */
  readonly rowSet?: string;
}

/** What an expression's leaves resolve to; the model evaluator provides it. */
export interface EvaluationEnvironment {
  input(name: string): Value;
  itemInput(list: ListName, name: string, at: Position): Value;
  optionInput(name: string, at: Position): Value;
  constant(name: string): Value;
  tableColumn(table: string, column: string): readonly Value[];
  figure(id: string, at: Position): Value;
  /** Every row of a list or row-set figure, as the workbook range the aggregate spans. */
  figureColumn(id: string, at: Position): readonly Value[];
  rowKey(at: Position): Value;
  rowField(column: string, at: Position): Value;
}

export function asDecimal(value: Value, what: string): Dec {
  if (value instanceof Decimal) return value as Dec;
  throw new EvaluationError('#VALUE!', `${what} is ${JSON.stringify(value)}, not a number`);
}

function asBoolean(value: Value, what: string): boolean {
  if (typeof value === 'boolean') return value;
  if (value instanceof Decimal) return !value.isZero();
  throw new EvaluationError('#VALUE!', `${what} is text, not a condition`);
}

function compareValues(op: CompareOperator, left: Value, right: Value): boolean {
  let order: number;
  if (left instanceof Decimal && right instanceof Decimal) order = left.comparedTo(right);
  else if (typeof left === 'string' && typeof right === 'string') {
    const a = left.toLowerCase();
    const b = right.toLowerCase();
    order = a < b ? -1 : a > b ? 1 : 0;
  } else if (typeof left === 'boolean' && typeof right === 'boolean') order = Number(left) - Number(right);
  else throw new EvaluationError('#VALUE!', `cannot compare ${String(left)} with ${String(right)}`);
  switch (op) {
    case '<': return order < 0;
    case '<=': return order <= 0;
    case '>': return order > 0;
    case '>=': return order >= 0;
    case '=': return order === 0;
    case '<>': return order !== 0;
  }
}

/** The 0-based row a look-up selects, exactly as the rendered MATCH / SUMPRODUCT formula does. */
function lookupRow(keys: readonly Dec[], key: Dec, match: 'floor' | 'ceiling', what: string): number {
  if (match === 'floor') {
    let row = -1;
    keys.forEach((k, i) => { if (k.lte(key)) row = i; });
    if (row < 0) throw new EvaluationError('#N/A', `${what}: ${key.toFixed()} is below the first row`);
    return row;
  }
  const row = keys.filter((k) => k.lt(key)).length;
  if (row >= keys.length) throw new EvaluationError('#REF!', `${what}: ${key.toFixed()} is above the last row`);
  return row;
}

function lookup(expr: Extract<Expr, { kind: 'lookup' }>, env: EvaluationEnvironment, at: Position): Value {
  const what = `${expr.table}.${expr.valueColumn}`;
  const keyValue = evaluate(expr.key, env, at);
  const keyColumn = env.tableColumn(expr.table, expr.keyColumn);
  const values = env.tableColumn(expr.table, expr.valueColumn);
  if (expr.match === 'exact') {
    const row = keyColumn.findIndex((k) => typeof k === typeof keyValue && compareValues('=', k, keyValue));
    if (row < 0) throw new EvaluationError('#N/A', `${what}: no row for ${String(keyValue)}`);
    return values[row]!;
  }
  const key = asDecimal(keyValue, `key of ${what}`);
  const keys = keyColumn.map((k) => asDecimal(k, `${expr.table}.${expr.keyColumn}`));
  if (expr.match !== 'interpolate') return values[lookupRow(keys, key, expr.match, what)]!;
  const row = lookupRow(keys, key, 'floor', what);
  const x0 = keys[row]!;
  const y0 = asDecimal(values[row]!, what);
  if (key.eq(x0)) return y0;
  const x1 = keys[row + 1];
  const y1 = values[row + 1];
  if (x1 === undefined || y1 === undefined) throw new EvaluationError('#REF!', `${what}: ${key.toFixed()} is above the last row`);
  return y0.plus(key.minus(x0).times(asDecimal(y1, what).minus(y0)).div(x1.minus(x0)));
}

function call(expr: Extract<Expr, { kind: 'call' }>, env: EvaluationEnvironment, at: Position): Value {
  const arg = (i: number): Expr => {
    const a = expr.args[i];
    if (a === undefined) throw new EvaluationError('#VALUE!', `${expr.fn} is missing argument ${i + 1}`);
    return a;
  };
  const decimalArg = (i: number) => asDecimal(evaluate(arg(i), env, at), `${expr.fn} argument ${i + 1}`);
  switch (expr.fn) {
    case 'IF':
      return asBoolean(evaluate(arg(0), env, at), 'IF condition') ? evaluate(arg(1), env, at) : evaluate(arg(2), env, at);
    case 'ROUND':
      return decimalArg(0).toDecimalPlaces(decimalArg(1).toNumber(), Decimal.ROUND_HALF_UP);
    case 'ROUNDUP':
      return decimalArg(0).toDecimalPlaces(decimalArg(1).toNumber(), Decimal.ROUND_UP);
    case 'ROUNDDOWN':
      return decimalArg(0).toDecimalPlaces(decimalArg(1).toNumber(), Decimal.ROUND_DOWN);
    case 'MIN':
    case 'MAX': {
      const values = expr.args.map((_, i) => decimalArg(i));
      return expr.fn === 'MIN' ? Dec.min(...values) : Dec.max(...values);
    }
    case 'AND':
      return expr.args.every((a, i) => asBoolean(evaluate(a, env, at), `AND argument ${i + 1}`));
    case 'OR':
      return expr.args.some((a, i) => asBoolean(evaluate(a, env, at), `OR argument ${i + 1}`));
    case 'NOT':
      return !asBoolean(evaluate(arg(0), env, at), 'NOT argument');
  }
}

/** Evaluates an expression with decimal.js, mirroring the Excel formula it renders to. */
export function evaluate(expr: Expr, env: EvaluationEnvironment, at: Position): Value {
  switch (expr.kind) {
    case 'number':
      return new Dec(expr.value);
    case 'text':
      return expr.value;
    case 'input':
      return env.input(expr.name);
    case 'itemInput':
      return env.itemInput(expr.list, expr.name, at);
    case 'optionInput':
      return env.optionInput(expr.name, at);
    case 'constant':
      return env.constant(expr.name);
    case 'figure':
      return env.figure(expr.id, at);
    case 'rowKey':
      return env.rowKey(at);
    case 'rowField':
      return env.rowField(expr.column, at);
    case 'binary': {
      const left = asDecimal(evaluate(expr.left, env, at), `left of ${expr.op}`);
      const right = asDecimal(evaluate(expr.right, env, at), `right of ${expr.op}`);
      switch (expr.op) {
        case '+': return left.plus(right);
        case '-': return left.minus(right);
        case '*': return left.times(right);
        case '/':
          if (right.isZero()) throw new EvaluationError('#DIV/0!', 'division by zero');
          return left.div(right);
      }
    }
    // eslint-disable-next-line no-fallthrough
    case 'compare':
      return compareValues(expr.op, evaluate(expr.left, env, at), evaluate(expr.right, env, at));
    case 'call':
      return call(expr, env, at);
    case 'lookup':
      return lookup(expr, env, at);
    case 'aggregate': {
      const values = env.figureColumn(expr.figure, at).map((v) => asDecimal(v, expr.figure));
      if (values.length === 0) return new Dec(0);
      if (expr.fn === 'SUM') return values.reduce((a, b) => a.plus(b), new Dec(0));
      return expr.fn === 'MIN' ? Dec.min(...values) : Dec.max(...values);
    }
    case 'pick': {
      const target = evaluate(expr.equals, env, at);
      const where = env.figureColumn(expr.where, at);
      const row = where.findIndex((v) => compareValues('=', v, target));
      if (row < 0) throw new EvaluationError('#N/A', `no row of ${expr.where} equals ${String(target)}`);
      return env.figureColumn(expr.figure, at)[row]!;
    }
  }
}
