import type { Dec } from '../decimal.js';
import { type Calculator, decimalCalculator } from './calculator.js';
import { EvaluationError } from './evaluation-error.js';
import { isSafe, MAX_SCALE, POWERS_OF_TEN, ScaledDecimal, scaled, scaledOrDecimal } from './scaled-decimal.js';

/** A number of the exact calculator: a scaled decimal while one holds it exactly, else a decimal.js Decimal. */
export type ExactNumber = ScaledDecimal | Dec;

const decimalOf = (x: ExactNumber): Dec => (x instanceof ScaledDecimal ? x.toDecimal() : x);

// The operands of the last align(), at one scale: module scratch, so no array is made per operation.
let alignedA = 0;
let alignedB = 0;
let alignedScale = 0;

/** Brings two scaled decimals to one scale; false where a double cannot hold one of them exactly there. */
function align(a: ScaledDecimal, b: ScaledDecimal): boolean {
  if (a.scale === b.scale) {
    alignedA = a.units;
    alignedB = b.units;
    alignedScale = a.scale;
    return true;
  }
  if (a.scale < b.scale) {
    alignedA = a.units * POWERS_OF_TEN[b.scale - a.scale]!;
    alignedB = b.units;
    alignedScale = b.scale;
    return isSafe(alignedA);
  }
  alignedA = a.units;
  alignedB = b.units * POWERS_OF_TEN[a.scale - b.scale]!;
  alignedScale = a.scale;
  return isSafe(alignedB);
}

/** a / b exactly as a scaled decimal (b not zero), or undefined where the quotient needs more than 16 digits. */
function exactQuotient(a: ScaledDecimal, b: ScaledDecimal): ScaledDecimal | undefined {
  // a/b = (a.units / b.units) × 10^(b.scale − a.scale): find the fewest k with a.units × 10^k divisible.
  let numerator = a.units;
  for (let k = 0; k <= MAX_SCALE; k++) {
    if (k > 0) {
      numerator *= 10;
      if (!isSafe(numerator)) return undefined;
    }
    if (numerator % b.units !== 0) continue;
    let units = numerator / b.units;
    let scale = k + a.scale - b.scale;
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

/**
 * decimal.js arithmetic, with the operations whose exact result a double holds done in doubles: the same
 * values as `decimalCalculator`, digit for digit and sign of zero included (a test compares them on random
 * operands and on every figure of sweeps), at a fraction of the cost. Where an operand or a result does not fit
 * 16 digits (1/3, a 40-digit price), the operation is decimal.js's own.
 */
export const exactCalculator: Calculator<ExactNumber> = {
  name: 'decimal.js (exact values in doubles)',
  from: (value) => scaledOrDecimal(decimalCalculator.from(value)),
  // A value is a number (an object), a boolean or a string.
  isNumber: (value): value is ExactNumber => typeof value === 'object' && value !== null,
  add: (a, b) => {
    if (a instanceof ScaledDecimal && b instanceof ScaledDecimal && align(a, b)) {
      const units = alignedA + alignedB;
      if (isSafe(units)) return scaled(units, alignedScale);
    }
    return scaledOrDecimal(decimalOf(a).plus(decimalOf(b)));
  },
  subtract: (a, b) => {
    if (a instanceof ScaledDecimal && b instanceof ScaledDecimal && align(a, b)) {
      const units = alignedA - alignedB;
      if (isSafe(units)) return scaled(units, alignedScale);
    }
    return scaledOrDecimal(decimalOf(a).minus(decimalOf(b)));
  },
  multiply: (a, b) => {
    if (a instanceof ScaledDecimal && b instanceof ScaledDecimal) {
      const units = a.units * b.units;
      if (isSafe(units)) {
        const product = scaled(units, a.scale + b.scale);
        if (product.scale <= MAX_SCALE) return product;
      }
    }
    return scaledOrDecimal(decimalOf(a).times(decimalOf(b)));
  },
  divide: (a, b) => {
    if (a instanceof ScaledDecimal && b instanceof ScaledDecimal) {
      if (b.units === 0) throw new EvaluationError('#DIV/0!', 'division by zero');
      // Zero over anything keeps the sign rule of IEEE 754, as decimal.js does.
      if (a.units === 0) return new ScaledDecimal(a.units / b.units, 0);
      const quotient = exactQuotient(a, b);
      if (quotient) return quotient;
    }
    return scaledOrDecimal(decimalCalculator.divide(decimalOf(a), decimalOf(b)));
  },
  compare: (a, b) => {
    if (a instanceof ScaledDecimal && b instanceof ScaledDecimal && align(a, b))
      return alignedA < alignedB ? -1 : alignedA > alignedB ? 1 : 0;
    return decimalOf(a).comparedTo(decimalOf(b));
  },
  isZero: (a) => (a instanceof ScaledDecimal ? a.units === 0 : a.isZero()),
  round: (a, digits, mode) => {
    if (a instanceof ScaledDecimal && Number.isInteger(digits) && digits >= 0) {
      if (a.scale <= digits) return a;
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
  power: (a, exponent) => scaledOrDecimal(decimalCalculator.power(decimalOf(a), exponent)),
  toNumber: (a) =>
    a instanceof ScaledDecimal ? (a.scale === 0 ? a.units : a.units / POWERS_OF_TEN[a.scale]!) : a.toNumber(),
  toText: (a) => decimalOf(a).toFixed(),
};

/** A number of the exact calculator as the decimal.js Decimal it stands for; anything else as it is. */
export function asDecimal<T>(value: T | ScaledDecimal): T | Dec {
  return value instanceof ScaledDecimal ? value.toDecimal() : value;
}
