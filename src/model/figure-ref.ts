import type { Expr, Operand } from '../expr/expression.js';
import * as expression from '../expr/expression.js';
import type { FigureId } from './figure-ids.js';

/*
 * The figure references of the expression vocabulary (src/expr/expression.ts), taking a FigureId: the sizing files
 * build their figures with these, so `tsc` rejects a reference to a figure the model does not define.
 */

/** Another figure, by id. An id built from parts type-checks when the parts are literal types: `${Site}Hosts`. */
export const ref = (id: FigureId): Expr => expression.ref(id);
/** SUM of a figure over every row of its scope (all tiers, all workloads, all candidates). */
export const sumOf = (figure: FigureId): Expr => expression.sumOf(figure);
/** MIN of a figure over every row of its scope. */
export const minOf = (figure: FigureId): Expr => expression.minOf(figure);
/** MAX of a figure over every row of its scope. */
export const maxOf = (figure: FigureId): Expr => expression.maxOf(figure);
/** The value of `figure` on the first row of its row set where `where` equals `equals` (INDEX/MATCH). */
export const pick = (figure: FigureId, where: FigureId, equals: Operand): Expr =>
  expression.pick(figure, where, equals);
