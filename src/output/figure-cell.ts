import type { Figure } from '../expr/figure.js';
import type { FigureValue } from '../expr/figure-values.js';
import { type CsvCell, valueCell } from './csv-text.js';

/**
 * A figure's value as a CSV cell: counts, quantities and money as numbers, flags as true/false, text as text.
 * `numbersOnly` leaves a numeric column empty where the figure holds text instead ("not protected"): the
 * figure's own flag column says why.
 */
export function figureCell(figure: Figure, value: FigureValue | undefined, numbersOnly = false): CsvCell {
  if (value === undefined) return '';
  if (figure.kind === 'text' || figure.kind === 'flag') return value;
  const cell = valueCell(value);
  return numbersOnly && typeof cell !== 'object' && typeof cell !== 'number' ? '' : cell;
}
