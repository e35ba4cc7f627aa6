import { Decimal } from 'decimal.js';
import { type Dec, decimalString, moneyString } from '../decimal.js';
import type { Figure } from './figure.js';
import type { Value } from './value.js';

/** A figure as JSON: counts are integers, fractions decimal strings, money fixed-point strings. */
export type FigureValue = number | string | boolean;

// Options that agree on what a figure depends on share its Decimal: serialise each one once.
const serialised = {
  count: new WeakMap<Dec, FigureValue>(),
  money: new WeakMap<Dec, FigureValue>(),
  flag: new WeakMap<Dec, FigureValue>(),
  other: new WeakMap<Dec, FigureValue>(),
};

/**
 * Serialises one value by its figure's kind.
 *
 * @example
 * figureValue(optionsModel.figures.get('tco')!, new Dec('2395854.1')); // '2395854.10'
 */
export function figureValue(figure: Figure, value: Value): FigureValue {
  if (!(value instanceof Decimal)) return value;
  const number = value as Dec;
  const cache =
    figure.kind === 'count'
      ? serialised.count
      : figure.kind === 'money'
        ? serialised.money
        : figure.kind === 'flag'
          ? serialised.flag
          : serialised.other;
  let result = cache.get(number);
  if (result === undefined) cache.set(number, (result = serialise(figure, number)));
  return result;
}

function serialise(figure: Figure, number: Dec): FigureValue {
  switch (figure.kind) {
    case 'count':
      if (!number.isInteger()) throw new Error(`count ${figure.id} is not whole: ${number.toFixed()}`);
      return number.toNumber();
    case 'money':
      return moneyString(number);
    case 'flag':
      return !number.isZero();
    default:
      return decimalString(number, 6);
  }
}
