import { add, type Expr, ifThen, mul, rowField } from '../expr/expression.js';
import { type Figure, optionFigure, type RowSet, rowFigure } from '../expr/figure.js';
import type { FigureId } from '../model/figure-ids.js';
import { minOf, pick, ref, sumOf } from '../model/figure-ref.js';
import { priceOf } from './prices.js';

/** The row sets an edition is chosen in, as their figure ids name them: `${set}Rank`. */
export type EditionSet = 'windowsEditions' | 'vsphereEditions' | 'vcenterEditions';
/** The row figures of every edition choice: `${set}Cost`. */
export type EditionFigure = 'Edition' | 'PriceItem' | 'Valid' | 'Licences' | 'UnitPrice' | 'Cost' | 'Rank';

/** What differs between two edition choices: which editions are valid, how many licences, what else a row's choice costs. */
export interface EditionChoice {
  readonly set: RowSet & { readonly id: EditionSet };
  readonly valid: { readonly label: string; readonly source: string; readonly expr: Expr };
  readonly licences: { readonly label: string; readonly source: string; readonly expr: Expr };
  /** A cost the row's choice brings beside its own licences (the vCenter a vSphere edition needs), counted in its rank. */
  readonly alsoCosts?: { readonly id: FigureId; readonly label: string; readonly source: string; readonly expr: Expr };
  /** The option figure saying whether any edition is valid. */
  readonly validId: string;
  readonly validLabel: string;
}

/** The value of a row figure on the cheapest valid row of `set` (the first, on a tie). */
export const cheapest = (set: EditionSet, value: FigureId): Expr => pick(value, `${set}Rank`, minOf(`${set}Rank`));

/**
 * An edition chosen the way a spreadsheet would: one row per edition of its table with its validity,
 * licences, unit price and cost, ranked by cost with invalid rows last, and the cheapest picked by formula.
 */
export function editionChoiceFigures(choice: EditionChoice): Figure[] {
  const id = (what: EditionFigure) => `${choice.set.id}${what}` as const;
  const row = rowFigure(choice.set.id);
  const also = choice.alsoCosts;
  const totalCost = also ? add(ref(id('Cost')), ref(also.id)) : ref(id('Cost'));
  const totalAlso = also ? sumOf(also.id) : 0;
  return [
    row(id('Edition'), { label: 'Edition', unit: '', kind: 'text' }, rowField('edition')),
    row(id('PriceItem'), { label: 'Price item', unit: '', kind: 'text' }, rowField('price_item')),
    row(
      id('Valid'),
      { label: choice.valid.label, unit: 'yes/no', kind: 'flag', source: choice.valid.source },
      choice.valid.expr,
    ),
    row(
      id('Licences'),
      { label: choice.licences.label, unit: 'licences', kind: 'count', source: choice.licences.source },
      choice.licences.expr,
    ),
    row(id('UnitPrice'), { label: 'Unit price', unit: 'currency', kind: 'money' }, priceOf(rowField('price_item'))),
    row(id('Cost'), { label: 'Cost', unit: 'currency', kind: 'money' }, mul(ref(id('Licences')), ref(id('UnitPrice')))),
    ...(also
      ? [row(also.id, { label: also.label, unit: 'currency', kind: 'money', source: also.source }, also.expr)]
      : []),
    row(
      id('Rank'),
      {
        label: also ? 'Rank (cost with what it also needs; invalid ranks last)' : 'Rank (cost; invalid ranks last)',
        unit: 'currency',
      },
      ifThen(ref(id('Valid')), totalCost, add(sumOf(id('Cost')), totalAlso, 1)),
    ),
    optionFigure(
      choice.validId,
      { label: choice.validLabel, unit: 'yes/no', kind: 'flag' },
      cheapest(choice.set.id, id('Valid')),
    ),
  ];
}
