import { constant, mul, ref, round, type Expr } from '../expr/expression.js';

/** Money is kept to the cent (data/constants.csv currency_decimals). */
export const roundToCents = (value: Expr): Expr => round(value, constant('currency_decimals'));
import { optionFigure, type Figure } from '../expr/figure.js';

/** One licence line of an option: what it licenses, and the ids of its figures. */
export interface LicenceLine {
  readonly id: string;
  readonly item: string;
}

/**
 * The figures of one licence line: edition, quantity, unit price, cost = quantity x unit price, and
 * yearly support = cost x support share, rounded to the cent.
 */
export function licenceLineFigures(line: LicenceLine, source: string, edition: Expr, quantity: Expr, unitPrice: Expr, supportShare: Expr): Figure[] {
  const id = (what: string) => `${line.id}${what}`;
  return [
    optionFigure(id('Edition'), { label: `${line.item}: edition`, unit: '', kind: 'text', source }, edition),
    optionFigure(id('Quantity'), { label: `${line.item}: quantity`, unit: 'licences', kind: 'count', source }, quantity),
    optionFigure(id('UnitPrice'), { label: `${line.item}: unit price`, unit: 'currency', kind: 'money', source: 'templates/prices.csv' }, unitPrice),
    optionFigure(id('Cost'), { label: `${line.item}: cost`, unit: 'currency', kind: 'money' }, mul(ref(id('Quantity')), ref(id('UnitPrice')))),
    optionFigure(id('YearlySupport'), { label: `${line.item}: yearly support`, unit: 'currency/year', kind: 'money' }, roundToCents(mul(ref(id('Cost')), supportShare))),
  ];
}
