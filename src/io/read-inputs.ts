import type { ReferenceData } from '../model/reference-data.js';
import type { ScenarioInputs } from '../model/scenario-inputs-types.js';
import { readTemplates } from './read-templates.js';

/** Inputs from a templates folder, or from the Inputs sheet of an edited comparison.xlsx. */
export async function readInputs(
  reference: ReferenceData,
  source?: string,
  pricesFile?: string,
): Promise<ScenarioInputs> {
  if (source?.toLowerCase().endsWith('.xlsx')) {
    const { readWorkbookInputs } = await import('./read-workbook-inputs.js');
    const inputs = await readWorkbookInputs(source, reference);
    if (!pricesFile) return inputs;
    return { ...inputs, prices: readTemplates(reference, undefined, pricesFile).prices };
  }
  return readTemplates(reference, source, pricesFile);
}
