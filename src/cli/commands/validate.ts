import { readInputs } from '../../io/read-inputs.js';
import { readReferenceData } from '../../io/read-reference-data.js';
import { compareOptions } from '../../options/compare-options.js';

/** `exchange-sizer validate`: every problem of the templates at once, or a confirmation. */
export async function validate(options: { templates?: string; prices?: string }): Promise<void> {
  const reference = readReferenceData();
  const comparison = compareOptions(await readInputs(reference, options.templates, options.prices), reference);
  process.stdout.write(
    `templates are valid: ${comparison.scenario.totalMailboxes} mailboxes, ${comparison.options.length} options sized\n`,
  );
}
