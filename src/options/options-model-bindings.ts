import type { ModelBindings } from '../expr/evaluate-model.js';
import type { Value } from '../expr/value.js';
import type { ReferenceData } from '../model/reference-data.js';
import type { ResolvedInputs } from '../model/scenario-inputs.js';

type OptionAttributes = ReadonlyMap<string, ReadonlyMap<string, Value>>;
const bindingsCache = new WeakMap<ReferenceData, Map<string, OptionAttributes>>();

/**
 * The attributes of the selected options (rows of data/options.csv), one map per reference data and selection, so
 * evaluations share what they work out from it.
 */
export function optionAttributes(
  reference: ReferenceData,
  selected: readonly Readonly<Record<string, Value>>[] = reference.tables.get('options')?.rows ?? [],
): OptionAttributes {
  let bySelection = bindingsCache.get(reference);
  if (!bySelection) bindingsCache.set(reference, (bySelection = new Map()));
  const key = selected.map((row) => String(row.id)).join(',');
  let options = bySelection.get(key);
  if (!options)
    bySelection.set(key, (options = new Map(selected.map((row) => [String(row.id), new Map(Object.entries(row))]))));
  return options;
}

/** What the options model is evaluated for: the resolved inputs, the price list as a look-up table, the options. */
export function optionsModelBindings(
  resolved: ResolvedInputs,
  options: OptionAttributes,
  reference: ReferenceData,
): ModelBindings {
  return {
    inputs: resolved.scenario,
    lists: { tier: resolved.tiers, workload: resolved.workloads },
    inputTables: new Map([['prices', { rows: resolved.prices.map((p) => Object.fromEntries(p)) }]]),
    options,
    reference,
  };
}
