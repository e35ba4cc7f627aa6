import { div, type Expr, input, tierInput } from '../expr/expression.js';

/** A scenario percentage input as a share: `lun_free_space_pct` 20 → 0.2. */
export const shareOf = (name: string): Expr => div(input(name), 100);

/** A tier percentage input as a share. */
export const tierShareOf = (name: string): Expr => div(tierInput(name), 100);
