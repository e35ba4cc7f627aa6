import { Decimal } from 'decimal.js';
import type { Dec } from '../decimal.js';
import type { ParameterDefinition, ReferenceData } from './reference-data.js';

/** The values a numeric parameter accepts: its bounds, and how a message names them. */
export type ParameterRange = { low?: Dec; high?: Dec; text: string } | undefined;
const ranges = new WeakMap<ParameterDefinition, WeakMap<ReferenceData, ParameterRange>>();

/** The range a parameter accepts, worked out once per definition and reference data. */
export function parameterRange(definition: ParameterDefinition, reference: ReferenceData): ParameterRange {
  let byReference = ranges.get(definition);
  if (!byReference) ranges.set(definition, (byReference = new WeakMap()));
  if (!byReference.has(reference)) byReference.set(reference, findRange(definition, reference));
  return byReference.get(reference);
}

function findRange(definition: ParameterDefinition, reference: ReferenceData): ParameterRange {
  if (definition.rangeTable) {
    const { table, column } = definition.rangeTable;
    const keys =
      reference.tables
        .get(table)
        ?.rows.map((row) => row[column])
        .filter((v): v is Dec => v instanceof Decimal) ?? [];
    const low = keys[0];
    const high = keys[keys.length - 1];
    if (low && high)
      return { low, high, text: `from ${low.toFixed()} to ${high.toFixed()} (the rows of data/${table}.csv)` };
  }
  const { minimum, maximum } = definition;
  if (!minimum && !maximum) return undefined;
  const name = (b: { value: Dec; text: string }) =>
    b.text === b.value.toFixed() ? b.text : `${b.value.toFixed()} (${b.text})`;
  const text =
    minimum && maximum
      ? `from ${name(minimum)} to ${name(maximum)}`
      : minimum
        ? `at least ${name(minimum)}`
        : `at most ${name(maximum!)}`;
  return { ...(minimum ? { low: minimum.value } : {}), ...(maximum ? { high: maximum.value } : {}), text };
}
