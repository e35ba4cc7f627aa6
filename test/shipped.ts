import { readTemplates } from '../src/io/read-templates.js';
import type { RawRecord, ScenarioInputs } from '../src/model/scenario-inputs-types.js';
import { reference } from './reference.js';

/** The shipped templates, read once. */
export const shipped: ScenarioInputs = readTemplates(reference);

/** The shipped inputs with some parameters, tiers or workloads replaced (as library inputs, without file origins). */
export function withInputs(
  parameters: RawRecord,
  tiers?: readonly RawRecord[],
  workloads?: readonly RawRecord[],
): ScenarioInputs {
  const { origins: _origins, ...inputs } = shipped;
  return {
    ...inputs,
    parameters: { ...shipped.parameters, ...parameters },
    tiers: tiers ?? shipped.tiers,
    workloads: workloads ?? shipped.workloads ?? [],
  };
}
