import { excelText } from '../expr/render-formula.js';
import type { CellModel } from './sheet-model.js';

/** Figures summed over the scenario's TCO period: their labels name it (issue 12). */
const OVER_TCO_PERIOD: ReadonlySet<string> = new Set(['tco', 'costPerMailbox']);

/**
 * A figure's label as text: for a figure summed over the TCO period, the label with the period, as the workbook's
 * label shows it and the terminal summary's header reads; else the label.
 *
 * @example
 * labelWithPeriod('tco', 'Total cost of ownership', 3); // 'Total cost of ownership, 3 years'
 */
export function labelWithPeriod(figure: string, label: string, years: number): string {
  return OVER_TCO_PERIOD.has(figure) ? `${label}, ${years} years` : label;
}

/**
 * A figure's label as a live cell: for a figure summed over the TCO period, the label with the period, its
 * formula reading the `tco_years` input, so that the label follows an edit; else the label as text.
 *
 * @example
 * periodLabel('tco', 'Total cost of ownership', 3, 'in_tco_years'); // { value: 'Total cost of ownership, 3 years', formula: '"Total cost of ownership, "&in_tco_years&" years"', ... }
 */
export function periodLabel(figure: string, label: string, years: number, yearsName: string): CellModel {
  if (!OVER_TCO_PERIOD.has(figure)) return { value: label, style: 'label' };
  return {
    value: labelWithPeriod(figure, label, years),
    formula: `${excelText(`${label}, `)}&${yearsName}&" years"`,
    style: 'label',
  };
}
