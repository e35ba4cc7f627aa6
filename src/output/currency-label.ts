import { excelText } from '../expr/render-formula.js';
import type { CellModel } from './sheet-model.js';

/**
 * A label that names the currency (`currency/month`, `Unit price (currency)`) as a live cell: the text with the
 * scenario's currency, and a formula that joins the currency input in, so that changing the currency on the
 * Inputs sheet changes every label. A label without `currency` stays plain text.
 *
 * @example
 * currencyLabel('TCO (currency/month)', 'EUR', 'in_currency', 'unit'); // { value: 'TCO (EUR/month)', formula: '"TCO ("&in_currency&"/month)"', ... }
 */
export function currencyLabel(
  label: string,
  currency: string,
  currencyName: string,
  style: CellModel['style'],
): CellModel {
  const parts = label.split('currency');
  if (parts.length === 1) return { value: label, style };
  const formula = parts
    .flatMap((part, i) => [...(i > 0 ? [currencyName] : []), ...(part === '' ? [] : [excelText(part)])])
    .join('&');
  return { value: parts.join(currency), formula, style };
}
