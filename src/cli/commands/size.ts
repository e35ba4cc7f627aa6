import { readReferenceData } from '../../io/read-reference-data.js';
import { setFlagsFromString } from 'node:v8';
import { readInputs } from '../../io/read-inputs.js';
import { writeFilesAtomically } from '../../io/write-files-atomically.js';
import { InputError } from '../../model/input-error.js';
import { evaluateComparison } from '../../options/compare-options.js';
import { OUTPUT_FORMATS, renderOutputs, type OutputFormat } from '../../output/render-outputs.js';
import { csvFormat } from '../../output/csv-format.js';
import { summaryTable } from '../summary-table.js';

function formatsOf(text: string): OutputFormat[] {
  const formats = text.split(',').map((f) => f.trim().toLowerCase()).filter(Boolean);
  const wrong = formats.filter((f) => !(OUTPUT_FORMATS as readonly string[]).includes(f));
  if (wrong.length > 0 || formats.length === 0) throw new InputError([{ file: 'command line', column: '--format', value: text, expected: `a comma-separated list of ${OUTPUT_FORMATS.join(', ')}` }]);
  return formats as OutputFormat[];
}

// A larger young generation for this one-shot run: it allocates many short-lived cells and strings and
// collects less often (not for sweeps, whose worker threads would each take it).
setFlagsFromString('--max-semi-space-size=32');

/** `exchange-sizer size`: reads the templates, compares the options, writes the outputs. */
export async function size(options: { templates?: string; prices?: string; out: string; format: string; options?: string; force?: boolean; csvLocale?: string; delimiter?: string; decimalComma?: boolean; bom?: boolean }): Promise<void> {
  const formats = formatsOf(options.format);
  const csv = csvFormat({ locale: options.csvLocale, delimiter: options.delimiter, decimalComma: options.decimalComma, bom: options.bom });
  const reference = readReferenceData();
  const inputs = await readInputs(reference, options.templates, options.prices);
  const optionIds = options.options?.split(',').map((o) => o.trim()).filter(Boolean);
  const evaluated = evaluateComparison(inputs, reference, optionIds ? { options: optionIds } : {});
  const files = await renderOutputs(evaluated, reference, formats, csv);
  const written = writeFilesAtomically(options.out, files, options.force === true);
  process.stdout.write(`${summaryTable(evaluated.comparison)}\n\nwrote ${written.join(', ')}\n`);
}
