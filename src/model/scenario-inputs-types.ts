import type { RawValue } from './resolve-parameter.js';
import type { ScenarioParameterName } from './scenario-parameter-names.js';

/** A record of template values by column or parameter name; omitted ones take their defaults. */
export type RawRecord = Readonly<Record<string, RawValue>>;

/** Scenario parameters by their template names (templates/scenario.csv); missing ones take defaults, a misspelt one does not compile. */
export type ScenarioParameters = { readonly [name in ScenarioParameterName]?: RawValue };

/** Everything one comparison needs from its user: the four templates, as plain records. */
export interface ScenarioInputs {
  /** templates/scenario.csv: parameters by name (`dag_copies`, `host_price`, ...). */
  readonly parameters?: ScenarioParameters;
  /** templates/mailbox-tiers.csv: one record per tier. */
  readonly tiers: readonly RawRecord[];
  /** templates/workloads.csv: other servers to consolidate. */
  readonly workloads?: readonly RawRecord[];
  /** templates/prices.csv: every priced item. */
  readonly prices: readonly RawRecord[];
  /** Where list rows came from (file and line of each record), for messages about them. */
  readonly origins?: InputOrigins;
}

/** The file and the line of each record of one input list. */
export interface ListOrigin {
  readonly file: string;
  readonly lines: readonly number[];
}

export interface InputOrigins {
  readonly tiers?: ListOrigin;
  readonly workloads?: ListOrigin;
  readonly prices?: ListOrigin;
}

/** Where record `index` of a list came from: its file and line, or the library's `inputs`. */
export function originOf(
  origin: ListOrigin | undefined,
  index: number,
  list: string,
): { file: string; line?: number; prefix: string } {
  const line = origin?.lines[index];
  return origin
    ? { file: origin.file, ...(line === undefined ? {} : { line }), prefix: '' }
    : { file: 'inputs', prefix: `${list}[${index}].` };
}
