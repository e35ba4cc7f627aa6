import type { Expr } from '../expr/expression.js';
import type { Model } from '../expr/model.js';
import type { ReferenceData } from '../model/reference-data.js';

function priceItemsIn(expr: Expr, into: Set<string>): void {
  switch (expr.kind) {
    case 'lookup':
      if (expr.table === 'prices' && expr.key.kind === 'text') into.add(expr.key.value);
      priceItemsIn(expr.key, into);
      return;
    case 'binary':
    case 'compare':
      priceItemsIn(expr.left, into);
      priceItemsIn(expr.right, into);
      return;
    case 'call':
      expr.args.forEach((a) => priceItemsIn(a, into));
      return;
    case 'pick':
      priceItemsIn(expr.equals, into);
      return;
    default:
      return;
  }
}

/** Every price item the model looks up: named in a figure, or in the price_item column of an edition table. */
export function requiredPriceItems(model: Model, reference: ReferenceData): string[] {
  const items = new Set<string>();
  for (const figure of model.figures.values()) priceItemsIn(figure.expr, items);
  for (const set of model.rowSets.values()) {
    if (set.kind !== 'table') continue;
    for (const row of reference.tables.get(set.table)?.rows ?? []) {
      if (typeof row.price_item === 'string') items.add(row.price_item);
    }
  }
  return [...items].sort();
}
