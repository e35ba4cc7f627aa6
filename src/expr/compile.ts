import type { Calculator, Rounding } from './calculator.js';
import { EvaluationError } from './evaluation-error.js';
import { allNodes, type CompareOperator, type Expr } from './expression.js';
import type { ListName, Scope } from './figure.js';
import { nodeInputTokens } from './input-tokens.js';

export type Value<N> = N | boolean | string;

/** Where a figure is evaluated, as indices: the list item, the option and the row (-1 where none). */
export interface Slot {
  readonly item: number;
  readonly option: number;
  readonly row: number;
}

/** What compiled expressions read from: the model evaluation. Arrays are indexed as `CompileContext.reads` numbers names. */
export interface Runtime<N> {
  readonly calc: Calculator<N>;
  /** Values of sub-expressions that depend on nothing but inputs, constants and option attributes, by memo slot. */
  readonly memo: Value<N>[][];
  /** Per figure, its values by cache slot (see `compute`). */
  readonly cells: (Value<N> | typeof IN_PROGRESS | undefined)[][];
  /** Per figure, each option's first option with the same values of the attributes the figure depends on. */
  readonly shared: readonly (readonly number[])[];
  /** Per figure, the rows of its row set (0 outside one). */
  readonly rows: readonly number[];
  /** Evaluates a figure whose cell `slot` is empty (or marked in progress), stores and returns its value. */
  compute(figure: number, at: Slot, slot: number): Value<N>;
  column(figure: number, at: Slot): readonly Value<N>[];
  readonly inputs: (Value<N> | undefined)[];
  inputAt(k: number): Value<N>;
  readonly constants: (Value<N> | undefined)[];
  constantAt(k: number): Value<N>;
  readonly optionInputs: (Value<N> | undefined)[][];
  optionInputAt(k: number, at: Slot): Value<N>;
  readItemInput(list: ListName, name: string, at: Slot): Value<N>;
  tableColumn(key: string): readonly Value<N>[];
  readRowKey(rowSet: string, at: Slot): Value<N>;
  /** The keys of numbered rows (1, 2, 3 ...), filled by `rangeKeyAt`. */
  readonly rangeKeys: (Value<N> | undefined)[];
  rangeKeyAt(row: number): Value<N>;
  readRowField(rowSet: string, column: string, at: Slot): Value<N>;
}

/** The mark of a cell being evaluated: only figures on a cycle of references (a running state down rows) set it. */
export const IN_PROGRESS: unique symbol = Symbol('in progress');

/** What compiling a model's expressions shares: where figures are, and the names read by number. */
export interface CompileContext {
  readonly figureIndex: (id: string) => number;
  readonly figureScope: (index: number) => Scope;
  /** Whether a row set numbers its rows (1, 2, 3 ...) rather than reading a table's. */
  readonly isRange: (rowSet: string) => boolean;
  readonly cyclic: readonly boolean[];
  readonly memoInputTokens: ReadonlySet<string>[];
  /** The invariance of each expression compiled so far. */
  readonly invariances: Map<Expr, Invariance>;
  readonly reads: {
    readonly inputs: string[];
    readonly constants: string[];
    readonly optionInputs: string[];
    readonly itemInputs: { readonly list: ListName; readonly name: string }[];
  };
}

/** The number of a name in a list of names read, added at the end when new. */
function numberOf(names: string[], name: string): number {
  const k = names.indexOf(name);
  return k >= 0 ? k : names.push(name) - 1;
}

const MAX_SAFE = Number.MAX_SAFE_INTEGER;

/**
 * A calculator operation that keeps its last operands and result: a sweep step recomputes a figure whose operands
 * are often the very values of the step before (a reused cell, a decimal.js Decimal), and a Decimal operation costs
 * microseconds. Operands match by identity (Object.is: -0 is not 0); an operation that throws keeps nothing.
 */
function lastResult(operation: <N>(calc: Calculator<N>, a: N, b: N) => N) {
  let lastCalc: unknown;
  let lastA: unknown;
  let lastB: unknown;
  let lastValue: unknown;
  return <N>(calc: Calculator<N>, a: N, b: N): N => {
    if (calc === lastCalc && Object.is(a, lastA) && Object.is(b, lastB)) return lastValue as N;
    const value = operation(calc, a, b);
    lastCalc = calc;
    lastA = a;
    lastB = b;
    lastValue = value;
    return value;
  };
}

/** An expression compiled to a closure: evaluated without walking the tree again. */
export type Compiled = <N>(runtime: Runtime<N>, at: Slot) => Value<N>;

/** The table-column key a look-up reads through Runtime.tableColumn. */
export const columnKey = (table: string, column: string) => `${table}\u0000${column}`;

function number<N>(rt: Runtime<N>, value: Value<N>, what: string): N {
  if (typeof value === 'number' || rt.calc.isNumber(value)) return value as N;
  throw new EvaluationError('#VALUE!', `${what} is ${JSON.stringify(value)}, not a number`);
}

function condition<N>(rt: Runtime<N>, value: Value<N>, what: string): boolean {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value !== 0;
  if (rt.calc.isNumber(value)) return !rt.calc.isZero(value);
  throw new EvaluationError('#VALUE!', `${what} is text, not a condition`);
}

function compareValues<N>(rt: Runtime<N>, op: CompareOperator, left: Value<N>, right: Value<N>): boolean {
  let order: number;
  if (rt.calc.isNumber(left) && rt.calc.isNumber(right)) order = rt.calc.compare(left, right);
  else if (typeof left === 'string' && typeof right === 'string') {
    const a = left.toLowerCase();
    const b = right.toLowerCase();
    order = a < b ? -1 : a > b ? 1 : 0;
  } else if (typeof left === 'boolean' && typeof right === 'boolean') order = Number(left) - Number(right);
  else throw new EvaluationError('#VALUE!', `cannot compare ${String(left)} with ${String(right)}`);
  switch (op) {
    case '<':
      return order < 0;
    case '<=':
      return order <= 0;
    case '>':
      return order > 0;
    case '>=':
      return order >= 0;
    case '=':
      return order === 0;
    case '<>':
      return order !== 0;
  }
}

/** The row MATCH(x, keys, 1) selects (largest key <= x), or the row SUMPRODUCT(--(keys<x))+1 selects. */
function row<N>(rt: Runtime<N>, keys: readonly Value<N>[], key: N, match: 'floor' | 'ceiling', what: string): number {
  let found = match === 'floor' ? -1 : 0;
  for (const k of keys) {
    const order = rt.calc.compare(number(rt, k, what), key);
    if (match === 'floor' ? order <= 0 : order < 0) found++;
    else if (match === 'floor') break;
  }
  if (found < 0) throw new EvaluationError('#N/A', `${what}: ${rt.calc.toText(key)} is below the first row`);
  if (found >= keys.length) throw new EvaluationError('#REF!', `${what}: ${rt.calc.toText(key)} is above the last row`);
  return found;
}

const ROUNDING: Readonly<Record<string, Rounding>> = { ROUND: 'half-up', ROUNDUP: 'up', ROUNDDOWN: 'down' };

export type Invariance = 'scenario' | 'option' | 'none';
/**
 * How far an expression's value holds: for the whole evaluation, per option, or only where it is evaluated.
 * `known` keeps what was worked out (a model's build asks again for every sub-expression).
 */
function invariance(expr: Expr, known: Map<Expr, Invariance>): Invariance {
  let level = known.get(expr);
  if (level === undefined) known.set(expr, (level = invarianceOf(expr, known)));
  return level;
}

function invarianceOf(expr: Expr, known: Map<Expr, Invariance>): Invariance {
  switch (expr.kind) {
    case 'number':
    case 'text':
    case 'input':
    case 'constant':
      return 'scenario';
    case 'optionInput':
      return 'option';
    case 'binary':
    case 'compare':
    case 'call':
    case 'lookup': {
      const parts =
        expr.kind === 'binary' || expr.kind === 'compare'
          ? [expr.left, expr.right]
          : expr.kind === 'call'
            ? expr.args
            : [expr.key];
      const levels = parts.map((part) => invariance(part, known));
      return levels.includes('none') ? 'none' : levels.includes('option') ? 'option' : 'scenario';
    }
    default:
      return 'none';
  }
}

/**
 * Compiles an expression into a closure that evaluates it exactly as its rendered Excel formula does.
 * `context` says where figures are and numbers the names read; `rowSet` is the row set of the figure compiled.
 * A composite sub-expression over inputs, constants and option attributes only (`in_x/100`) is
 * computed once per evaluation, or once per option, however many figures use it.
 */
export function compile(expr: Expr, context: CompileContext, rowSet: string | undefined): Compiled {
  const compiled = compileNode(expr, context, rowSet);
  const level = invariance(expr, context.invariances);
  if (
    level === 'none' ||
    expr.kind === 'number' ||
    expr.kind === 'text' ||
    expr.kind === 'input' ||
    expr.kind === 'constant' ||
    expr.kind === 'optionInput'
  )
    return compiled;
  // The model's own memo slots: the input tokens each slot's sub-expression reads (see Model.memoInputTokens).
  const slot = context.memoInputTokens.length;
  context.memoInputTokens.push(new Set(allNodes(expr).flatMap(nodeInputTokens)));
  if (level === 'scenario')
    return <N>(rt: Runtime<N>, at: Slot) => {
      const values = rt.memo[slot]!;
      const cached = values[0];
      return cached !== undefined ? cached : (values[0] = compiled(rt, at));
    };
  return <N>(rt: Runtime<N>, at: Slot) => {
    const values = rt.memo[slot]!;
    const cached = values[at.option + 1];
    return cached !== undefined ? cached : (values[at.option + 1] = compiled(rt, at));
  };
}

/**
 * ROUND, ROUNDUP or ROUNDDOWN of a quotient, compiled so that a calculator that can round the quotient exactly
 * without computing it (Calculator.roundQuotient) does; the same reads, checks and errors, in the same order, as
 * the division then the rounding. Undefined for any other call, and for a quotient of inputs only (memoised).
 */
function roundedQuotient(
  expr: Expr & { kind: 'call' },
  sub: (e: Expr) => Compiled,
  known: Map<Expr, Invariance>,
): Compiled | undefined {
  const [quotient, places] = expr.args;
  const mode = ROUNDING[expr.fn];
  if (!mode || !places || quotient?.kind !== 'binary' || quotient.op !== '/' || invariance(quotient, known) !== 'none')
    return undefined;
  const left = sub(quotient.left);
  const right = sub(quotient.right);
  const digits = sub(places);
  const fn = expr.fn;
  return (rt, at) => {
    const a = number(rt, left(rt, at), 'left of /');
    const b = number(rt, right(rt, at), 'right of /');
    if (!rt.calc.roundQuotient || rt.calc.isZero(b))
      return rt.calc.round(rt.calc.divide(a, b), rt.calc.toNumber(number(rt, digits(rt, at), fn)), mode);
    const d = rt.calc.toNumber(number(rt, digits(rt, at), fn));
    return rt.calc.roundQuotient(a, b, d, mode) ?? rt.calc.round(rt.calc.divide(a, b), d, mode);
  };
}

/** A figure's value at a position: its cell where computed, else computed now (the slot by the figure's scope). */
function figureValue(target: number, context: CompileContext): Compiled {
  const scope = context.figureScope(target);
  const j = target;
  if (context.cyclic[j]) {
    // A figure on a cycle of references: a cell in progress is computed again, which reports the cycle.
    const read = (rt: Runtime<unknown>, at: Slot, slot: number) => {
      const value = rt.cells[j]![slot];
      return value !== undefined && value !== IN_PROGRESS ? value : rt.compute(j, at, slot);
    };
    if (scope === 'scenario') return (rt, at) => read(rt, at, 0) as never;
    if (scope === 'option') return (rt, at) => read(rt, at, rt.shared[j]![at.option]!) as never;
    if (scope.startsWith('rows:'))
      return (rt, at) => read(rt, at, rt.shared[j]![at.option]! * rt.rows[j]! + at.row) as never;
    return (rt, at) => read(rt, at, at.item) as never;
  }
  if (scope === 'scenario')
    return (rt, at) => {
      const value = rt.cells[j]![0];
      return value !== undefined ? (value as Value<never>) : rt.compute(j, at, 0);
    };
  if (scope === 'option')
    return (rt, at) => {
      const slot = rt.shared[j]![at.option]!;
      const value = rt.cells[j]![slot];
      return value !== undefined ? (value as Value<never>) : rt.compute(j, at, slot);
    };
  if (scope.startsWith('rows:'))
    return (rt, at) => {
      const slot = rt.shared[j]![at.option]! * rt.rows[j]! + at.row;
      const value = rt.cells[j]![slot];
      return value !== undefined ? (value as Value<never>) : rt.compute(j, at, slot);
    };
  return (rt, at) => {
    const value = rt.cells[j]![at.item];
    return value !== undefined ? (value as Value<never>) : rt.compute(j, at, at.item);
  };
}

function compileNode(expr: Expr, context: CompileContext, rowSet: string | undefined): Compiled {
  const sub = (e: Expr) => compile(e, context, rowSet);
  const figureIndex = context.figureIndex;
  switch (expr.kind) {
    case 'number': {
      const text = expr.value;
      const cache = new WeakMap<object, unknown>();
      // The last calculator's value at hand: an evaluation reads a literal thousands of times, the WeakMap once.
      let lastCalc: object | undefined;
      let lastValue: unknown;
      return <N>(rt: Runtime<N>) => {
        if (rt.calc === lastCalc) return lastValue as N;
        let value = cache.get(rt.calc) as N | undefined;
        if (value === undefined) cache.set(rt.calc, (value = rt.calc.from(text)));
        lastCalc = rt.calc;
        lastValue = value;
        return value;
      };
    }
    case 'text': {
      const value = expr.value;
      return () => value;
    }
    case 'input': {
      const k = numberOf(context.reads.inputs, expr.name);
      return (rt) => rt.inputs[k] ?? rt.inputAt(k);
    }
    case 'itemInput': {
      const { list, name } = expr;
      return (rt, at) => rt.readItemInput(list, name, at);
    }
    case 'optionInput': {
      const k = numberOf(context.reads.optionInputs, expr.name);
      return (rt, at) => rt.optionInputs[k]![at.option] ?? rt.optionInputAt(k, at);
    }
    case 'constant': {
      const k = numberOf(context.reads.constants, expr.name);
      return (rt) => rt.constants[k] ?? rt.constantAt(k);
    }
    case 'figure':
      return figureValue(figureIndex(expr.id), context);
    case 'rowKey': {
      const set = rowSet!;
      if (rowSet !== undefined && context.isRange(rowSet))
        return (rt, at) => rt.rangeKeys[at.row] ?? rt.rangeKeyAt(at.row);
      return (rt, at) => rt.readRowKey(set, at);
    }
    case 'rowField': {
      const set = rowSet!;
      const column = expr.column;
      return (rt, at) => rt.readRowField(set, column, at);
    }
    case 'binary': {
      const left = sub(expr.left);
      const right = sub(expr.right);
      const op = expr.op;
      const leftWhat = `left of ${op}`;
      const rightWhat = `right of ${op}`;
      // One closure per operator: no test of the operator on every evaluation. Two safe whole doubles add,
      // subtract, multiply and divide (evenly) in doubles: every calculator here gives that same result.
      switch (op) {
        case '+': {
          const last = lastResult((calc, a, b) => calc.add(a, b));
          return (rt, at) => {
            const a = number(rt, left(rt, at), leftWhat);
            const b = number(rt, right(rt, at), rightWhat);
            if (typeof a === 'number' && typeof b === 'number') {
              const r = a + b;
              if (r <= MAX_SAFE && r >= -MAX_SAFE) return r as never;
            }
            return last(rt.calc, a, b);
          };
        }
        case '-': {
          const last = lastResult((calc, a, b) => calc.subtract(a, b));
          return (rt, at) => {
            const a = number(rt, left(rt, at), leftWhat);
            const b = number(rt, right(rt, at), rightWhat);
            if (typeof a === 'number' && typeof b === 'number') {
              const r = a - b;
              if (r <= MAX_SAFE && r >= -MAX_SAFE) return r as never;
            }
            return last(rt.calc, a, b);
          };
        }
        case '*': {
          const last = lastResult((calc, a, b) => calc.multiply(a, b));
          return (rt, at) => {
            const a = number(rt, left(rt, at), leftWhat);
            const b = number(rt, right(rt, at), rightWhat);
            if (typeof a === 'number' && typeof b === 'number') {
              const r = a * b;
              if (r <= MAX_SAFE && r >= -MAX_SAFE) return r as never;
            }
            return last(rt.calc, a, b);
          };
        }
        default: {
          const last = lastResult((calc, a, b) => calc.divide(a, b));
          return (rt, at) => {
            const a = number(rt, left(rt, at), leftWhat);
            const b = number(rt, right(rt, at), rightWhat);
            // Zero over anything keeps the IEEE 754 sign, as decimal.js does.
            if (typeof a === 'number' && typeof b === 'number' && b !== 0 && a % b === 0) return (a / b) as never;
            return last(rt.calc, a, b);
          };
        }
      }
    }
    case 'compare': {
      const left = sub(expr.left);
      const right = sub(expr.right);
      const op = expr.op;
      // Two doubles compare as doubles (every calculator orders them so); anything else as compareValues does.
      switch (op) {
        case '<':
          return (rt, at) => {
            const a = left(rt, at);
            const b = right(rt, at);
            return typeof a === 'number' && typeof b === 'number' ? a < b : compareValues(rt, op, a, b);
          };
        case '<=':
          return (rt, at) => {
            const a = left(rt, at);
            const b = right(rt, at);
            return typeof a === 'number' && typeof b === 'number' ? a <= b : compareValues(rt, op, a, b);
          };
        case '>':
          return (rt, at) => {
            const a = left(rt, at);
            const b = right(rt, at);
            return typeof a === 'number' && typeof b === 'number' ? a > b : compareValues(rt, op, a, b);
          };
        case '>=':
          return (rt, at) => {
            const a = left(rt, at);
            const b = right(rt, at);
            return typeof a === 'number' && typeof b === 'number' ? a >= b : compareValues(rt, op, a, b);
          };
        default:
          return (rt, at) => {
            const a = left(rt, at);
            const b = right(rt, at);
            return typeof a === 'number' && typeof b === 'number'
              ? (a === b) === (op === '=')
              : compareValues(rt, op, a, b);
          };
      }
    }
    // biome-ignore lint/suspicious/noFallthroughSwitchClause: every function's case returns
    case 'call': {
      const fused = roundedQuotient(expr, sub, context.invariances);
      if (fused) return fused;
      const args = expr.args.map(sub);
      const fn = expr.fn;
      const arg = (i: number) => {
        const a = args[i];
        if (!a) throw new EvaluationError('#VALUE!', `${fn} is missing argument ${i + 1}`);
        return a;
      };
      switch (fn) {
        case 'IF': {
          const [test, then, otherwise] = [arg(0), arg(1), arg(2)];
          return (rt, at) => (condition(rt, test(rt, at), 'IF condition') ? then(rt, at) : otherwise(rt, at));
        }
        case 'ROUND':
        case 'ROUNDUP':
        case 'ROUNDDOWN': {
          const [value, digits] = [arg(0), arg(1)];
          const mode = ROUNDING[fn]!;
          return (rt, at) =>
            rt.calc.round(number(rt, value(rt, at), fn), rt.calc.toNumber(number(rt, digits(rt, at), fn)), mode);
        }
        case 'MIN':
        case 'MAX': {
          const sign = fn === 'MIN' ? -1 : 1;
          return (rt, at) => {
            let best = number(rt, args[0]!(rt, at), fn);
            for (let i = 1; i < args.length; i++) {
              const next = number(rt, args[i]!(rt, at), fn);
              if (rt.calc.compare(next, best) * sign > 0) best = next;
            }
            return best;
          };
        }
        case 'POWER': {
          const [base, exponent] = [arg(0), arg(1)];
          return (rt, at) =>
            rt.calc.power(number(rt, base(rt, at), fn), rt.calc.toNumber(number(rt, exponent(rt, at), fn)));
        }
        case 'AND':
          return (rt, at) => {
            for (const a of args) if (!condition(rt, a(rt, at), 'an AND argument')) return false;
            return true;
          };
        case 'OR':
          return (rt, at) => {
            for (const a of args) if (condition(rt, a(rt, at), 'an OR argument')) return true;
            return false;
          };
        case 'NOT': {
          const value = arg(0);
          return (rt, at) => !condition(rt, value(rt, at), 'NOT argument');
        }
      }
    }
    case 'lookup': {
      const key = sub(expr.key);
      const keysKey = columnKey(expr.table, expr.keyColumn);
      const valuesKey = columnKey(expr.table, expr.valueColumn);
      const what = `${expr.table}.${expr.valueColumn}`;
      const keyWhat = `key of ${what}`;
      const match = expr.match;
      return (rt, at) => {
        const keyValue = key(rt, at);
        const keys = rt.tableColumn(keysKey);
        const values = rt.tableColumn(valuesKey);
        if (match === 'exact') {
          // Numbers match numbers (a calculator may hold them in more than one form), text text, flags flags.
          const numeric = rt.calc.isNumber(keyValue);
          const found = keys.findIndex(
            (k) =>
              (numeric ? rt.calc.isNumber(k) : typeof k === typeof keyValue) && compareValues(rt, '=', k, keyValue),
          );
          if (found < 0) throw new EvaluationError('#N/A', `${what}: no row for ${String(keyValue)}`);
          return values[found]!;
        }
        const x = number(rt, keyValue, keyWhat);
        if (match !== 'interpolate') return values[row(rt, keys, x, match, what)]!;
        const at0 = row(rt, keys, x, 'floor', what);
        const x0 = number(rt, keys[at0]!, what);
        const y0 = number(rt, values[at0]!, what);
        if (rt.calc.compare(x, x0) === 0) return y0;
        if (at0 + 1 >= keys.length)
          throw new EvaluationError('#REF!', `${what}: ${rt.calc.toText(x)} is above the last row`);
        const x1 = number(rt, keys[at0 + 1]!, what);
        const y1 = number(rt, values[at0 + 1]!, what);
        return rt.calc.add(
          y0,
          rt.calc.divide(rt.calc.multiply(rt.calc.subtract(x, x0), rt.calc.subtract(y1, y0)), rt.calc.subtract(x1, x0)),
        );
      };
    }
    case 'aggregate': {
      const index = figureIndex(expr.figure);
      const fn = expr.fn;
      return <N>(rt: Runtime<N>, at: Slot) => {
        const values = rt.column(index, at).map((v) => number(rt, v, expr.figure));
        if (values.length === 0) return rt.calc.from('0');
        let result: N = values[0] as N;
        for (let i = 1; i < values.length; i++) {
          const v = values[i]!;
          if (fn === 'SUM') result = rt.calc.add(result, v);
          else if ((fn === 'MIN' ? -1 : 1) * rt.calc.compare(v, result) > 0) result = v;
        }
        return result;
      };
    }
    case 'previous': {
      const inner = sub(expr.expr);
      const first = sub(expr.first);
      return (rt, at) =>
        at.row <= 0 ? first(rt, at) : inner(rt, { item: at.item, option: at.option, row: at.row - 1 });
    }
    case 'pick': {
      const figure = figureIndex(expr.figure);
      const where = figureIndex(expr.where);
      const equals = sub(expr.equals);
      return (rt, at) => {
        const target = equals(rt, at);
        const found = rt.column(where, at).findIndex((v) => compareValues(rt, '=', v, target));
        if (found < 0) throw new EvaluationError('#N/A', `no row of ${expr.where} equals ${String(target)}`);
        return rt.column(figure, at)[found]!;
      };
    }
  }
}
