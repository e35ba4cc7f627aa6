import { Decimal } from 'decimal.js';

/**
 * The one Decimal type the sizing core computes with: 40 significant digits, half-up rounding
 * (Excel's ROUND), and never exponent notation, so ten million mailboxes at real prices keep their cents.
 */
export const Dec = Decimal.clone({
  precision: 40,
  rounding: Decimal.ROUND_HALF_UP,
  toExpNeg: -9e15,
  toExpPos: 9e15,
});
export type Dec = InstanceType<typeof Dec>;

/**
 * A money amount as a fixed-point string with two decimals, e.g. `"1234.50"`.
 *
 * @example
 * moneyString(new Dec('1234.5')); // '1234.50'
 */
export function moneyString(value: Dec): string {
  return value.toFixed(2, Decimal.ROUND_HALF_UP);
}

/**
 * A decimal quantity as a plain string, rounded to `places` decimals, trailing zeros kept off.
 *
 * @example
 * decimalString(new Dec('2.19128800')); // '2.191288'
 */
export function decimalString(value: Dec, places = 6): string {
  return value.toDecimalPlaces(places, Decimal.ROUND_HALF_UP).toFixed();
}
