import type { RawValue } from './resolve-parameter.js';

/** A record of template values by column or parameter name; omitted ones take their defaults. */
export type RawRecord = Readonly<Record<string, RawValue>>;

/** Everything one comparison needs from its user: the four templates, as plain records. */
export interface ScenarioInputs {
  /** templates/scenario.csv: parameters by name (`dag_copies`, `host_price`, ...). */
  readonly parameters?: RawRecord;
  /** templates/mailbox-tiers.csv: one record per tier. */
  readonly tiers: readonly RawRecord[];
  /** templates/workloads.csv: other servers to consolidate. */
  readonly workloads?: readonly RawRecord[];
  /** templates/prices.csv: every priced item. */
  readonly prices: readonly RawRecord[];
}
