import type { ListName } from '../expr/figure.js';
import { figureValue } from '../expr/figure-values.js';
import type { Value } from '../expr/value.js';
import { type FigureValues, type OptionsEvaluation, optionsModel } from './options-model.js';

/** One mailbox tier or workload with its figures by id, as the Tiers and Workloads sheets show them. */
export interface ListItemFigures {
  /** The tier's or workload's name, as in its template. */
  readonly name: string;
  readonly figures: FigureValues;
}

/** The figures computed once per tier (`tier`) or per workload (`workload`), in the order they are defined. */
export const LIST_FIGURES = {
  tier: [...optionsModel.figures.values()].filter((f) => f.scope === 'tier'),
  workload: [...optionsModel.figures.values()].filter((f) => f.scope === 'workload'),
} as const;

/**
 * Every per-tier (or per-workload) figure of every item: whitespace, dumpster, mailbox size on disk,
 * megacycles, cache and IOPS per mailbox, logs per day... The same for every option.
 */
export function listItemFigures(
  evaluation: OptionsEvaluation,
  list: ListName,
  items: readonly ReadonlyMap<string, Value>[],
): ListItemFigures[] {
  const figures = LIST_FIGURES[list];
  return items.map((item, index) => {
    const values = evaluation.figuresAt(figures, { item: index });
    return {
      name: String(item.get(list)),
      figures: Object.fromEntries(figures.map((f, i) => [f.id, figureValue(f, values[i]!)])),
    };
  });
}
