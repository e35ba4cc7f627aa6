import { Dec } from '../decimal.js';
import { type Calculator, decimalCalculator, type Rounding } from './calculator.js';
import { EvaluationError } from './evaluation-error.js';
import { isSafe, MAX_SCALE, POWERS_OF_TEN, ScaledDecimal, scaled, scaledOrDecimal } from './scaled-decimal.js';

/**
 * A number of the exact calculator: a safe whole number as the double itself, a short fraction as a scaled
 * decimal, anything longer as a decimal.js Decimal. Each value has one of these forms only (the first that holds
 * it), so equal values have the same form.
 */
export type ExactNumber = number | ScaledDecimal | Dec;

const decimalOf = (x: ExactNumber): Dec =>
  typeof x === 'number' ? wholeDecimal(x) : x instanceof ScaledDecimal ? x.toDecimal() : x;
/** Held in doubles: a whole number or a scaled decimal. */
const held = (x: ExactNumber): x is number | ScaledDecimal => typeof x === 'number' || x instanceof ScaledDecimal;
const unitsOf = (x: number | ScaledDecimal) => (typeof x === 'number' ? x : x.units);
const scaleOf = (x: number | ScaledDecimal) => (typeof x === 'number' ? 0 : x.scale);

/** (au / 10^as) + (bu / 10^bs) exactly, or undefined where a double cannot hold a step of it. */
function sum(au: number, as: number, bu: number, bs: number): number | ScaledDecimal | undefined {
  if (as < bs) au *= POWERS_OF_TEN[bs - as]!;
  else if (as > bs) bu *= POWERS_OF_TEN[as - bs]!;
  const units = au + bu;
  return isSafe(au) && isSafe(bu) && isSafe(units) ? scaled(units, Math.max(as, bs)) : undefined;
}

/** The order of (au / 10^as) and (bu / 10^bs), or undefined where a double cannot hold one at the other's scale. */
function order(au: number, as: number, bu: number, bs: number): number | undefined {
  if (as < bs) au *= POWERS_OF_TEN[bs - as]!;
  else if (as > bs) bu *= POWERS_OF_TEN[as - bs]!;
  if (!isSafe(au) || !isSafe(bu)) return undefined;
  return au < bu ? -1 : au > bu ? 1 : 0;
}

/** (au / 10^as) / (bu / 10^bs) exactly (bu not zero), or undefined where the quotient needs more than 16 digits. */
function exactQuotient(au: number, as: number, bu: number, bs: number): number | ScaledDecimal | undefined {
  // Find the fewest k with au × 10^k divisible by bu; the quotient is then that over 10^(k + as − bs).
  let numerator = au;
  for (let k = 0; k <= MAX_SCALE; k++) {
    if (k > 0) {
      numerator *= 10;
      if (!isSafe(numerator)) return undefined;
    }
    if (numerator % bu !== 0) continue;
    let units = numerator / bu;
    let scale = k + as - bs;
    if (scale < 0) {
      if (-scale > MAX_SCALE) return undefined;
      units *= POWERS_OF_TEN[-scale]!;
      if (!isSafe(units)) return undefined;
      scale = 0;
    }
    return scale > MAX_SCALE ? undefined : scaled(units, scale);
  }
  return undefined;
}

/** The most places roundQuotient rounds to itself (see roundedQuotient). */
const MAX_QUOTIENT_DIGITS = 6;

/**
 * n / d rounded to a whole number, then read as `units / 10^digits`: ROUND(a / b, digits) with n = a·10^digits
 * and d = b over a common scale. decimal.js rounds the quotient q to 40 digits (q40) before rounding it to places;
 * both roundings agree unless a boundary B (a multiple of 10^-digits, or the half of one) lies between q and q40.
 * With n, d safe integers (below 10^16), |q| < 10^16 and digits <= 6: |q − B| >= 1 / (2·d·10^digits) unless q = B,
 * while |q − q40| <= 0.5·10^(e−39) with 10^e <= |q|, and d·10^digits·10^e < 10^16·10^6·10^16 < 10^39. So q40 lies
 * strictly on q's side of every boundary (or is q, when q = B has few digits), and the rounded values are equal.
 */
function roundedQuotient(n: number, d: number, digits: number, mode: Rounding): ExactNumber | undefined {
  if (!isSafe(n) || !isSafe(d)) return undefined;
  const rest = n % d;
  let units = (n - rest) / d;
  if (rest !== 0) {
    const negative = n < 0 !== d < 0;
    // ROUND_UP and ROUND_HALF_UP of decimal.js round away from zero; a negative value rounded to zero stays -0.
    if (mode === 'up' || (mode === 'half-up' && 2 * Math.abs(rest) >= Math.abs(d))) units += negative ? -1 : 1;
    // (n − rest) / d is -0 for a zero quotient over a negative d: the sign is the quotient's.
    if (units === 0) units = negative ? -0 : 0;
  }
  return scaled(units, digits);
}

/**
 * decimal.js arithmetic, with the operations whose exact result a double holds done in doubles: the same
 * values as `decimalCalculator`, digit for digit and sign of zero included (a test compares them on random
 * operands and on every figure of sweeps), at a fraction of the cost. Where an operand or a result does not fit
 * 16 digits (1/3, a 40-digit price), the operation is decimal.js's own.
 */
export const exactCalculator: Calculator<ExactNumber> = {
  name: 'decimal.js (exact values in doubles)',
  from: (value) => scaledOrDecimal(decimalCalculator.from(value)),
  // A value is a number (a double or an object), a boolean or a string.
  isNumber: (value): value is ExactNumber => typeof value === 'number' || (typeof value === 'object' && value !== null),
  add: (a, b) => {
    if (typeof a === 'number' && typeof b === 'number') {
      const units = a + b;
      if (isSafe(units)) return units;
    } else if (held(a) && held(b)) {
      const result = sum(unitsOf(a), scaleOf(a), unitsOf(b), scaleOf(b));
      if (result !== undefined) return result;
    }
    return scaledOrDecimal(decimalOf(a).plus(decimalOf(b)));
  },
  // a − b as a + (−b): the same double, sign of zero included, under IEEE 754 rounding to nearest.
  subtract: (a, b) => {
    if (typeof a === 'number' && typeof b === 'number') {
      const units = a - b;
      if (isSafe(units)) return units;
    } else if (held(a) && held(b)) {
      const result = sum(unitsOf(a), scaleOf(a), -unitsOf(b), scaleOf(b));
      if (result !== undefined) return result;
    }
    return scaledOrDecimal(decimalOf(a).minus(decimalOf(b)));
  },
  multiply: (a, b) => {
    if (typeof a === 'number' && typeof b === 'number') {
      const units = a * b;
      if (isSafe(units)) return units;
    } else if (held(a) && held(b)) {
      const units = unitsOf(a) * unitsOf(b);
      if (isSafe(units)) {
        const product = scaled(units, scaleOf(a) + scaleOf(b));
        if (typeof product === 'number' || product.scale <= MAX_SCALE) return product;
      }
    }
    return scaledOrDecimal(decimalOf(a).times(decimalOf(b)));
  },
  divide: (a, b) => {
    if (held(a) && held(b)) {
      const au = unitsOf(a);
      const bu = unitsOf(b);
      if (bu === 0) throw new EvaluationError('#DIV/0!', 'division by zero');
      // Zero over anything keeps the sign rule of IEEE 754, as decimal.js does.
      if (au === 0) return au / bu;
      const quotient = exactQuotient(au, scaleOf(a), bu, scaleOf(b));
      if (quotient !== undefined) return quotient;
    }
    return scaledOrDecimal(decimalCalculator.divide(decimalOf(a), decimalOf(b)));
  },
  compare: (a, b) => {
    if (typeof a === 'number' && typeof b === 'number') return a < b ? -1 : a > b ? 1 : 0;
    if (held(a) && held(b)) {
      const result = order(unitsOf(a), scaleOf(a), unitsOf(b), scaleOf(b));
      if (result !== undefined) return result;
    }
    return decimalOf(a).comparedTo(decimalOf(b));
  },
  isZero: (a) => (typeof a === 'number' ? a === 0 : a instanceof ScaledDecimal ? a.units === 0 : a.isZero()),
  round: (a, digits, mode) => {
    if (held(a) && Number.isInteger(digits) && digits >= 0) {
      if (typeof a === 'number' || a.scale <= digits) return a;
      const factor = POWERS_OF_TEN[a.scale - digits]!;
      const rest = a.units % factor;
      let units = (a.units - rest) / factor;
      // ROUND_UP and ROUND_HALF_UP of decimal.js round away from zero.
      if (rest !== 0 && (mode === 'up' || (mode === 'half-up' && 2 * Math.abs(rest) >= factor)))
        units += a.units < 0 ? -1 : 1;
      // decimal.js keeps the sign of a negative value rounded to zero (-0.3 → -0).
      if (units === 0 && a.units < 0) units = -0;
      return scaled(units, digits);
    }
    return scaledOrDecimal(decimalCalculator.round(decimalOf(a), digits, mode));
  },
  roundQuotient: (a, b, digits, mode) => {
    // Exact when the quotient is rounded to at most 6 places from safe integers (proof in roundedQuotient).
    if (!held(a) || !held(b) || !Number.isInteger(digits) || digits < 0 || digits > MAX_QUOTIENT_DIGITS)
      return undefined;
    const au = unitsOf(a);
    const bu = unitsOf(b);
    if (au === 0 || bu === 0) return undefined;
    const up = scaleOf(b) + digits;
    const down = scaleOf(a);
    if (up > MAX_SCALE) return undefined;
    return roundedQuotient(au * POWERS_OF_TEN[up]!, bu * POWERS_OF_TEN[down]!, digits, mode);
  },
  power: (a, exponent) => scaledOrDecimal(decimalCalculator.power(decimalOf(a), exponent)),
  toNumber: (a) =>
    typeof a === 'number' ? a : a instanceof ScaledDecimal ? a.units / POWERS_OF_TEN[a.scale]! : a.toNumber(),
  toText: (a) => decimalOf(a).toFixed(),
};

/** A number of the exact calculator as the decimal.js Decimal it stands for; anything else as it is. */
export function asDecimal<T>(value: T | number | ScaledDecimal): T | Dec {
  return typeof value === 'number' ? wholeDecimal(value) : value instanceof ScaledDecimal ? value.toDecimal() : value;
}

/** Decimals of whole numbers handed out, by value (a Decimal is immutable): counts repeat across figures and steps. */
const wholeDecimals = new Map<number, Dec>();
const MAX_WHOLE_DECIMALS = 4096;

function wholeDecimal(value: number): Dec {
  if (Object.is(value, -0)) return new Dec(value);
  let decimal = wholeDecimals.get(value);
  if (decimal === undefined) {
    if (wholeDecimals.size >= MAX_WHOLE_DECIMALS) wholeDecimals.clear();
    wholeDecimals.set(value, (decimal = new Dec(value)));
  }
  return decimal;
}
