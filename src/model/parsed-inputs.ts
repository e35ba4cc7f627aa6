import type { ReferenceData } from './reference-data.js';
import type { ResolvedInputs } from './scenario-inputs.js';
import type { ScenarioInputs } from './scenario-inputs-types.js';

/**
 * Inputs read from templates carry the typed values their reading produced, so they are parsed and checked once.
 * The values ride on the (frozen) inputs object itself under a symbol that a spread does not copy: a caller who
 * derives new inputs from them (`{ ...inputs, parameters }`) gets them checked afresh.
 */
const PARSED = Symbol('typed values of parsed templates');

interface Parsed {
  readonly reference: ReferenceData;
  readonly resolved: ResolvedInputs;
}

/** Freezes inputs read from templates, with the typed values their reading checked. */
export function withParsedValues<T extends ScenarioInputs>(
  inputs: T,
  reference: ReferenceData,
  resolved: ResolvedInputs,
): T {
  for (const list of [inputs.tiers, inputs.workloads ?? [], inputs.prices]) {
    for (const record of list) Object.freeze(record);
    Object.freeze(list);
  }
  if (inputs.parameters) Object.freeze(inputs.parameters);
  Object.defineProperty(inputs, PARSED, { value: { reference, resolved } satisfies Parsed, enumerable: false });
  return Object.freeze(inputs);
}

/** The typed values of inputs read from templates with this reference data, if these are such inputs. */
export function parsedValues(inputs: ScenarioInputs, reference: ReferenceData): ResolvedInputs | undefined {
  const parsed = (inputs as { [PARSED]?: Parsed })[PARSED];
  return parsed?.reference === reference ? parsed.resolved : undefined;
}
