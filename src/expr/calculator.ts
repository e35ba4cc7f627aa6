import { Decimal } from 'decimal.js';
import { Dec } from '../decimal.js';
import { EvaluationError } from './evaluation-error.js';

export type Rounding = 'up' | 'down' | 'half-up';

/**
 * The arithmetic figures are evaluated with, injected as dinero.js does: decimal.js for every result,
 * plain numbers only as the benchmark's floor.
 */
export interface Calculator<N> {
  readonly name: string;
  /** A number from its decimal text, or from a reference or input Decimal. */
  from(value: string | Dec): N;
  isNumber(value: unknown): value is N;
  add(a: N, b: N): N;
  subtract(a: N, b: N): N;
  multiply(a: N, b: N): N;
  /** Throws the #DIV/0! EvaluationError on a zero divisor. */
  divide(a: N, b: N): N;
  compare(a: N, b: N): number;
  isZero(a: N): boolean;
  round(a: N, digits: number, mode: Rounding): N;
  /** `a` to a whole-number power; throws the #NUM! EvaluationError for a fractional exponent or 0 to a negative one. */
  power(a: N, exponent: number): N;
  /**
   * `round(divide(a, b), digits, mode)` (b not zero) computed without the quotient, where the calculator can and the
   * result is the same; undefined where it cannot (then the caller divides and rounds).
   */
  roundQuotient?(a: N, b: N, digits: number, mode: Rounding): N | undefined;
  toNumber(a: N): number;
  toText(a: N): string;
}

const DECIMAL_MODES: Readonly<Record<Rounding, Decimal.Rounding>> = {
  up: Decimal.ROUND_UP,
  down: Decimal.ROUND_DOWN,
  'half-up': Decimal.ROUND_HALF_UP,
};

/** The exponent of POWER where the engine keeps it exact: a whole number, and not negative for a zero base. */
function wholeExponent(zeroBase: boolean, exponent: number): number {
  if (!Number.isInteger(exponent))
    throw new EvaluationError(
      '#NUM!',
      `POWER exponent ${exponent} is not a whole number: the result would not be exact`,
    );
  if (zeroBase && exponent < 0) throw new EvaluationError('#DIV/0!', 'POWER of 0 to a negative exponent');
  return exponent;
}

export const decimalCalculator: Calculator<Dec> = {
  name: 'decimal.js',
  from: (value) => (typeof value === 'string' ? new Dec(value) : value),
  // A value is a Decimal, a boolean or a string: any object is a Decimal (faster than instanceof on a clone).
  isNumber: (value): value is Dec => typeof value === 'object' && value !== null,
  add: (a, b) => a.plus(b),
  subtract: (a, b) => a.minus(b),
  multiply: (a, b) => a.times(b),
  divide: (a, b) => {
    if (b.isZero()) throw new EvaluationError('#DIV/0!', 'division by zero');
    return a.div(b);
  },
  compare: (a, b) => a.comparedTo(b),
  isZero: (a) => a.isZero(),
  round: (a, digits, mode) => a.toDecimalPlaces(digits, DECIMAL_MODES[mode]),
  // decimal.js raises to an integer power by repeated squaring, correctly rounded to the 40 digits.
  power: (a, exponent) => a.pow(wholeExponent(a.isZero(), exponent)),
  toNumber: (a) => a.toNumber(),
  toText: (a) => a.toFixed(),
};

/** Plain JavaScript numbers: fast and inexact, the floor the benchmark compares decimal.js with. */
export const numberCalculator: Calculator<number> = {
  name: 'number',
  from: (value) => Number(typeof value === 'string' ? value : value.toString()),
  isNumber: (value): value is number => typeof value === 'number',
  add: (a, b) => a + b,
  subtract: (a, b) => a - b,
  multiply: (a, b) => a * b,
  divide: (a, b) => {
    if (b === 0) throw new EvaluationError('#DIV/0!', 'division by zero');
    return a / b;
  },
  compare: (a, b) => (a < b ? -1 : a > b ? 1 : 0),
  isZero: (a) => a === 0,
  round: (a, digits, mode) => {
    const scale = 10 ** digits;
    const scaled = a * scale;
    const rounded =
      mode === 'up'
        ? Math.sign(scaled) * Math.ceil(Math.abs(scaled))
        : mode === 'down'
          ? Math.trunc(scaled)
          : Math.sign(scaled) * Math.round(Math.abs(scaled));
    return rounded / scale;
  },
  power: (a, exponent) => a ** wholeExponent(a === 0, exponent),
  toNumber: (a) => a,
  toText: (a) => String(a),
};
