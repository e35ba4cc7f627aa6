import type { Calculator, Rounding } from './calculator.js';
import { IN_PROGRESS } from './compile.js';
import { EvaluationError } from './evaluation-error.js';
import { exactCalculator } from './exact-calculator.js';
import type { CompareOperator } from './expression.js';

const MAX_SAFE = Number.MAX_SAFE_INTEGER;

/**
 * The operations generated figure code calls, for one calculator. Each checks its operands and raises the
 * EvaluationError the closure engine raised, in the same order; two doubles take a fast path where its result is
 * the calculator's own (a safe whole sum, product or quotient is what every calculator here returns for it).
 */
export interface EvaluationKit {
  readonly calc: Calculator<unknown>;
  readonly IN_PROGRESS: typeof IN_PROGRESS;
  /** A literal in the calculator's arithmetic. */
  literal(text: string): unknown;
  /** Throws the #VALUE! error of a value that is not a number (the caller tests `typeof v === 'number'` first). */
  num(value: unknown, what: string): void;
  /** A value used as a condition: a flag, or a number not zero. */
  cond(value: unknown, what: string): boolean;
  add(a: unknown, b: unknown): unknown;
  sub(a: unknown, b: unknown): unknown;
  mul(a: unknown, b: unknown): unknown;
  div(a: unknown, b: unknown): unknown;
  isZero(a: unknown): boolean;
  toNumber(a: unknown): number;
  round(a: unknown, digits: number, mode: Rounding): unknown;
  /** ROUND(a / b, digits) with b not zero, as `roundedQuotient` of the closure engine computed it. */
  roundQuotient(a: unknown, b: unknown, digits: number, mode: Rounding): unknown;
  power(a: unknown, exponent: number): unknown;
  /** MAX (sign 1) or MIN (sign -1) of the best so far and the next argument: the next only where strictly better. */
  best(best: unknown, next: unknown, sign: number): unknown;
  /** The comparison of two values by operator: numbers, texts (case-insensitive) or flags, else #VALUE!. */
  readonly comparisons: Readonly<Record<CompareOperator, (a: unknown, b: unknown) => boolean>>;
  /** `value = text` for a text literal given lower-cased. */
  equalsText(value: unknown, lower: string, original: string): boolean;
  lookup(
    keys: readonly unknown[],
    values: readonly unknown[],
    key: unknown,
    match: 'exact' | 'floor' | 'ceiling' | 'interpolate',
    what: string,
  ): unknown;
  aggregate(column: readonly unknown[], fn: 'SUM' | 'MIN' | 'MAX', figure: string): unknown;
  /** The row of `column` equal to `target`, as `pick` finds it. */
  pickRow(column: readonly unknown[], target: unknown, where: string): number;
  dependsOnItself(id: string): Error;
}

const kits = new WeakMap<Calculator<unknown>, EvaluationKit>();

/** The kit of a calculator, made once. */
export function evaluationKit(calc: Calculator<unknown>): EvaluationKit {
  let kit = kits.get(calc);
  if (!kit) kits.set(calc, (kit = makeKit(calc)));
  return kit;
}

function makeKit<N>(calc: Calculator<N>): EvaluationKit {
  const c = calc as Calculator<unknown>;
  const isNumber = (v: unknown) => c.isNumber(v);
  const number = (v: unknown, what: string): unknown => {
    if (isNumber(v)) return v;
    throw new EvaluationError('#VALUE!', `${what} is ${JSON.stringify(v)}, not a number`);
  };
  const compareValues = (op: CompareOperator, left: unknown, right: unknown): boolean => {
    let order: number;
    if (isNumber(left) && isNumber(right)) order = c.compare(left, right);
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
  };
  /** The row MATCH(x, keys, 1) selects (largest key <= x), or the row SUMPRODUCT(--(keys<x))+1 selects. */
  const row = (keys: readonly unknown[], key: unknown, match: 'floor' | 'ceiling', what: string): number => {
    let found = match === 'floor' ? -1 : 0;
    for (const k of keys) {
      const order = c.compare(number(k, what), key);
      if (match === 'floor' ? order <= 0 : order < 0) found++;
      else if (match === 'floor') break;
    }
    if (found < 0) throw new EvaluationError('#N/A', `${what}: ${c.toText(key)} is below the first row`);
    if (found >= keys.length) throw new EvaluationError('#REF!', `${what}: ${c.toText(key)} is above the last row`);
    return found;
  };
  const exact = c === (exactCalculator as Calculator<unknown>);
  const literals = new Map<string, unknown>();
  return {
    calc: c,
    IN_PROGRESS,
    literal: (text) => {
      let value = literals.get(text);
      if (value === undefined) literals.set(text, (value = c.from(text)));
      return value;
    },
    num: (value, what) => {
      number(value, what);
    },
    cond: (value, what) => {
      if (typeof value === 'boolean') return value;
      if (isNumber(value)) return !c.isZero(value);
      throw new EvaluationError('#VALUE!', `${what} is text, not a condition`);
    },
    add: (a, b) => {
      if (typeof a === 'number' && typeof b === 'number') {
        const r = a + b;
        if (r <= MAX_SAFE && r >= -MAX_SAFE) return r;
      }
      return c.add(a, b);
    },
    sub: (a, b) => {
      if (typeof a === 'number' && typeof b === 'number') {
        const r = a - b;
        if (r <= MAX_SAFE && r >= -MAX_SAFE) return r;
      }
      return c.subtract(a, b);
    },
    mul: (a, b) => {
      if (typeof a === 'number' && typeof b === 'number') {
        const r = a * b;
        if (r <= MAX_SAFE && r >= -MAX_SAFE) return r;
      }
      return c.multiply(a, b);
    },
    // A whole quotient of doubles is exact; zero over anything keeps the IEEE 754 sign, as decimal.js does.
    div: (a, b) => {
      if (typeof a === 'number' && typeof b === 'number' && b !== 0 && a % b === 0) return a / b;
      return c.divide(a, b);
    },
    isZero: (a) => (typeof a === 'number' ? a === 0 : c.isZero(a)),
    toNumber: (a) => (typeof a === 'number' ? a : c.toNumber(a)),
    round: exact
      ? (a, digits, mode) =>
          typeof a === 'number' && Number.isInteger(digits) && digits >= 0 ? a : c.round(a, digits, mode)
      : (a, digits, mode) => c.round(a, digits, mode),
    roundQuotient: exact
      ? (a, b, digits, mode) => {
          // Safe whole numbers rounded to whole: the exact calculator's roundedQuotient with no scale to apply.
          if (typeof a === 'number' && typeof b === 'number' && digits === 0 && a !== 0) {
            const rest = a % b;
            let units = (a - rest) / b;
            if (rest !== 0) {
              const negative = a < 0 !== b < 0;
              if (mode === 'up' || (mode === 'half-up' && 2 * Math.abs(rest) >= Math.abs(b)))
                units += negative ? -1 : 1;
              if (units === 0) units = negative ? -0 : 0;
            }
            return units;
          }
          return c.roundQuotient!(a, b, digits, mode) ?? c.round(c.divide(a, b), digits, mode);
        }
      : c.roundQuotient
        ? (a, b, digits, mode) => c.roundQuotient!(a, b, digits, mode) ?? c.round(c.divide(a, b), digits, mode)
        : (a, b, digits, mode) => c.round(c.divide(a, b), digits, mode),
    power: (a, exponent) => c.power(a, exponent),
    best: (best, next, sign) => {
      if (typeof best === 'number' && typeof next === 'number')
        return (sign > 0 ? next > best : next < best) ? next : best;
      return c.compare(next, best) * sign > 0 ? next : best;
    },
    comparisons: {
      '<': (a, b) => (typeof a === 'number' && typeof b === 'number' ? a < b : compareValues('<', a, b)),
      '<=': (a, b) => (typeof a === 'number' && typeof b === 'number' ? a <= b : compareValues('<=', a, b)),
      '>': (a, b) => (typeof a === 'number' && typeof b === 'number' ? a > b : compareValues('>', a, b)),
      '>=': (a, b) => (typeof a === 'number' && typeof b === 'number' ? a >= b : compareValues('>=', a, b)),
      '=': (a, b) => (typeof a === 'number' && typeof b === 'number' ? a === b : compareValues('=', a, b)),
      '<>': (a, b) => (typeof a === 'number' && typeof b === 'number' ? a !== b : compareValues('<>', a, b)),
    },
    equalsText: (value, lower, original) =>
      typeof value === 'string' ? value.toLowerCase() === lower : compareValues('=', value, original),
    lookup: (keys, values, keyValue, match, what) => {
      if (match === 'exact') {
        // Numbers match numbers (a calculator may hold them in more than one form), text text, flags flags.
        const numeric = isNumber(keyValue);
        const found = keys.findIndex(
          (k) => (numeric ? isNumber(k) : typeof k === typeof keyValue) && compareValues('=', k, keyValue),
        );
        if (found < 0) throw new EvaluationError('#N/A', `${what}: no row for ${String(keyValue)}`);
        return values[found]!;
      }
      const x = number(keyValue, `key of ${what}`);
      if (match !== 'interpolate') return values[row(keys, x, match, what)]!;
      const at0 = row(keys, x, 'floor', what);
      const x0 = number(keys[at0]!, what);
      const y0 = number(values[at0]!, what);
      if (c.compare(x, x0) === 0) return y0;
      if (at0 + 1 >= keys.length) throw new EvaluationError('#REF!', `${what}: ${c.toText(x)} is above the last row`);
      const x1 = number(keys[at0 + 1]!, what);
      const y1 = number(values[at0 + 1]!, what);
      return c.add(y0, c.divide(c.multiply(c.subtract(x, x0), c.subtract(y1, y0)), c.subtract(x1, x0)));
    },
    aggregate: (column, fn, figure) => {
      for (const v of column) number(v, figure);
      if (column.length === 0) return c.from('0');
      let result = column[0];
      for (let i = 1; i < column.length; i++) {
        const v = column[i];
        if (fn === 'SUM') result = c.add(result, v);
        else if ((fn === 'MIN' ? -1 : 1) * c.compare(v, result) > 0) result = v;
      }
      return result;
    },
    pickRow: (column, target, where) => {
      const found = column.findIndex((v) => compareValues('=', v, target));
      if (found < 0) throw new EvaluationError('#N/A', `no row of ${where} equals ${String(target)}`);
      return found;
    },
    dependsOnItself: (id) => new Error(`figure ${id} depends on itself`),
  };
}
