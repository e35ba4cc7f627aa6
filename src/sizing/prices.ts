import { div, type Expr, lookup, text } from '../expr/expression.js';

/** The price of an item of templates/prices.csv; `item` is its name or an expression giving it. */
export const priceOf = (item: string | Expr): Expr =>
  lookup('prices', 'item', 'price', typeof item === 'string' ? text(item) : item, 'exact');

/** The yearly support share of an item of templates/prices.csv (support_pct / 100). */
export const supportShareOf = (item: string | Expr): Expr =>
  div(lookup('prices', 'item', 'support_pct', typeof item === 'string' ? text(item) : item, 'exact'), 100);
