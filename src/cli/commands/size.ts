import { readHostCatalog } from '../../io/read-host-catalog.js';
import { readInputs } from '../../io/read-inputs.js';
import { readReferenceData } from '../../io/read-reference-data.js';
import { writeFilesInParallel } from '../../io/write-files-atomically.js';
import { InputError } from '../../model/input-error.js';
import { evaluateComparison } from '../../options/compare-options.js';
import { designInputs, hostModel } from '../../options/design-inputs.js';
import type { OptionId } from '../../options/option-ids.js';
import { csvFormat } from '../../output/csv-format.js';
import { OUTPUT_FORMATS, type OutputFormat, renderOutputs } from '../../output/render-outputs.js';
import { summaryTable, warningLines } from '../summary-table.js';

export interface SizeOptions {
  templates?: string;
  prices?: string;
  /** Output folder (default `out`); `-` writes only the comparison JSON, to stdout. */
  out?: string;
  format?: string;
  options?: string;
  force?: boolean;
  /** The comparison JSON to stdout (and nothing else there); files only with an explicit --out. */
  json?: boolean;
  host?: string;
  hosts?: string;
  dagCopies?: string;
  csvLocale?: string;
  delimiter?: string;
  decimalComma?: boolean;
  bom?: boolean;
}

const DEFAULT_FORMATS = 'xlsx,csv,json,layout';

function formatsOf(text: string): OutputFormat[] {
  const formats = text
    .split(',')
    .map((f) => f.trim().toLowerCase())
    .filter(Boolean);
  const wrong = formats.filter((f) => !(OUTPUT_FORMATS as readonly string[]).includes(f));
  if (wrong.length > 0 || formats.length === 0)
    throw new InputError([
      {
        file: 'command line',
        column: '--format',
        value: text,
        expected: `a comma-separated list of ${OUTPUT_FORMATS.join(', ')}`,
      },
    ]);
  return formats as OutputFormat[];
}

function dagCopiesOf(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\s*\d+\s*$/.test(text))
    throw new InputError([
      {
        file: 'command line',
        column: '--dag-copies',
        value: text,
        expected: 'a whole number of database copies in the primary site',
      },
    ]);
  return Number(text);
}

/** `exchange-sizer size`: reads the templates, compares the options, writes the outputs. */
export async function size(options: SizeOptions): Promise<void> {
  // The JSON goes to stdout with --out - or --json; files are written only to a folder named by --out (or
  // the default `out` without --json).
  const jsonToStdout = options.out === '-' || options.json === true;
  const outFolder = options.out === '-' ? undefined : (options.out ?? (options.json ? undefined : 'out'));
  if (outFolder === undefined && options.format !== undefined && options.format.trim().toLowerCase() !== 'json') {
    throw new InputError([
      {
        file: 'command line',
        column: '--format',
        value: options.format,
        expected:
          'json, or no --format, when no folder is written (--out - or --json alone: only the comparison JSON, to stdout)',
      },
    ]);
  }
  const formats = outFolder === undefined ? [] : formatsOf(options.format ?? DEFAULT_FORMATS);
  const dagCopies = dagCopiesOf(options.dagCopies);
  const csv = csvFormat({
    locale: options.csvLocale,
    delimiter: options.delimiter,
    decimalComma: options.decimalComma,
    bom: options.bom,
  });
  const reference = readReferenceData();
  const host =
    options.host === undefined
      ? undefined
      : hostModel(readHostCatalog(reference, options.hosts), options.host, options.hosts);
  if (options.hosts !== undefined && host === undefined)
    throw new InputError([
      {
        file: 'command line',
        column: '--hosts',
        value: options.hosts,
        expected: '--host <model> with it, the model of the catalogue to size on',
      },
    ]);
  const inputs = designInputs(
    await readInputs(reference, options.templates, options.prices),
    reference,
    host,
    dagCopies,
  );
  // The library checks the ids a person typed and names any it does not know.
  const optionIds = options.options
    ?.split(',')
    .map((o) => o.trim())
    .filter(Boolean) as OptionId[] | undefined;
  const evaluated = evaluateComparison(inputs, reference, optionIds ? { options: optionIds } : {});
  const warnings = warningLines(evaluated.comparison.options);
  if (warnings.length > 0) process.stderr.write(`${warnings.join('\n')}\n`);
  const files = outFolder === undefined ? [] : await renderOutputs(evaluated, reference, formats, csv);
  const written = outFolder === undefined ? [] : await writeFilesInParallel(outFolder, files, options.force === true);
  if (jsonToStdout) {
    const json =
      files.find((f) => f.name === 'comparison.json') ?? (await renderOutputs(evaluated, reference, ['json']))[0]!;
    process.stdout.write(json.content);
    if (written.length > 0) process.stderr.write(`wrote ${written.join(', ')}\n`);
    return;
  }
  // The terminal's width where there is one (at least 40), else the 80 columns of a default terminal.
  const width = process.stdout.isTTY && process.stdout.columns ? Math.max(process.stdout.columns, 40) : 80;
  process.stdout.write(`${summaryTable(evaluated.comparison, width)}\n\nwrote ${written.join(', ')}\n`);
}
