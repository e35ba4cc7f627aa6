import type { Dec } from '../decimal.js';

/** A figure's value: a decimal, a flag, or text (an edition's name). */
export type Value = Dec | boolean | string;

/** Where a figure is evaluated: which list item (tier, workload), option and row it belongs to. */
export interface Position {
  readonly item?: number;
  readonly option?: string;
  readonly row?: number;
  /** The row set `row` counts in. */
  readonly rowSet?: string;
}
