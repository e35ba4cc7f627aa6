import { Dec } from '../decimal.js';

/** Powers of ten a double holds exactly (10^22 is the last). */
export const POWERS_OF_TEN: readonly number[] = Array.from({ length: 23 }, (_, k) => 10 ** k);
/** The most decimal places a scaled decimal keeps: the last power of ten a double holds exactly. */
export const MAX_SCALE = POWERS_OF_TEN.length - 1;

/**
 * A decimal fraction held exactly as a safe integer over a power of ten: `units / 10^scale`, scale 1 or more
 * (a whole number is a plain double, see `scaled`). A sum, difference or product of two of them is computed in
 * doubles and kept only while every intermediate is a safe integer (below 2^53, so the double is the exact
 * result); otherwise the calculator falls back to decimal.js. Its value is then the value decimal.js computes:
 * 16 digits or fewer need no rounding at 40 digits of precision.
 */
export class ScaledDecimal {
  /** The decimal.js twin, made once on demand. */
  private decimal: Dec | undefined;
  constructor(
    readonly units: number,
    readonly scale: number,
  ) {}

  /** The same value as a decimal.js Decimal (cached: a constant read by many figures converts once). */
  toDecimal(): Dec {
    if (this.decimal === undefined) this.decimal = new Dec(`${this.units}e-${this.scale}`);
    return this.decimal;
  }
}

/**
 * `units / 10^scale` in its one form: a whole number as the double itself (no object to make: most figures are
 * counts), else a scaled decimal without trailing zeros in its units, so products stay exact longer.
 */
export function scaled(units: number, scale: number): number | ScaledDecimal {
  while (scale > 0 && units % 10 === 0) {
    units /= 10;
    scale--;
  }
  return scale === 0 ? units : new ScaledDecimal(units, scale);
}

/** True for a safe integer (or ±0): a double that is the exact result of the integer operation that made it. */
export const isSafe = (x: number) => x <= Number.MAX_SAFE_INTEGER && x >= -Number.MAX_SAFE_INTEGER;

/** Decimal digits of a base-1e7 word of decimal.js (1 to 9,999,999). */
function wordDigits(word: number): number {
  return word < 1e4 ? (word < 10 ? 1 : word < 100 ? 2 : word < 1e3 ? 3 : 4) : word < 1e5 ? 5 : word < 1e6 ? 6 : 7;
}

/**
 * A Decimal as a whole double or a scaled decimal where one holds it exactly, else the Decimal itself. Reads the
 * Decimal's documented digits (`d`, base 1e7 words), exponent (`e`) and sign (`s`) without building a string.
 */
export function scaledOrDecimal(x: Dec): number | ScaledDecimal | Dec {
  const words = x.d;
  if (!words) return x; // NaN or an infinity: decimal.js keeps them
  if (words[0] === 0) return x.s < 0 ? -0 : 0;
  if (words.length > 3) return x;
  let units = words[0]!;
  let digits = wordDigits(units);
  for (let i = 1; i < words.length; i++) {
    units = units * 1e7 + words[i]!;
    digits += 7;
  }
  if (!isSafe(units)) return x;
  // value = units × 10^(e − digits + 1): e is the exponent of the first digit.
  let exponent = x.e - digits + 1;
  if (exponent > 0) {
    if (exponent > MAX_SCALE) return x;
    units *= POWERS_OF_TEN[exponent]!;
    if (!isSafe(units)) return x;
    exponent = 0;
  }
  if (-exponent > MAX_SCALE) return x;
  return scaled(x.s < 0 ? -units : units, -exponent);
}
