import { existsSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeTemplateBytes, MAX_TEMPLATE_BYTES } from '../model/decode-text.js';
import { InputError, type InputIssue } from '../model/input-error.js';
import { parseTemplates, type TemplateText } from '../model/parse-templates.js';
import type { ReferenceData } from '../model/reference-data.js';
import type { ScenarioInputs } from '../model/scenario-inputs-types.js';
import { FileRefused, readBoundedFile } from './read-bounded-file.js';

/** The templates/ folder shipped with the package. */
export const packageTemplatesDirectory = fileURLToPath(new URL('../../templates/', import.meta.url));

export const TEMPLATE_FILES = {
  scenario: 'scenario.csv',
  tiers: 'mailbox-tiers.csv',
  workloads: 'workloads.csv',
  prices: 'prices.csv',
} as const;

function readTemplate(path: string, missing: string): TemplateText {
  const file = relative(process.cwd(), path) || path;
  let bytes: Buffer;
  try {
    bytes = readBoundedFile(path, MAX_TEMPLATE_BYTES);
  } catch (error) {
    if (!(error instanceof FileRefused)) throw error;
    const why = error.why === 'there is none' ? `there is none (${missing})` : error.why;
    throw new InputError([
      {
        file,
        column: '(file)',
        value: '',
        expected: `a template file of at most ${MAX_TEMPLATE_BYTES} bytes (1 MiB) here: ${why}`,
      },
    ]);
  }
  return { file, text: decodeTemplateBytes(bytes, file) };
}

/**
 * Reads and checks the templates in a folder (the shipped ones by default); `pricesFile` replaces prices.csv.
 *
 * @example
 * const inputs = readTemplates(readReferenceData()); // the shipped example templates
 * readTemplates(reference, 'my-design', 'my-prices.csv'); // a folder of edited templates, other prices
 */
export function readTemplates(
  reference: ReferenceData,
  directory: string = packageTemplatesDirectory,
  pricesFile?: string,
): ScenarioInputs {
  if (!existsSync(directory) || !statSync(directory).isDirectory()) {
    throw new InputError([
      {
        file: directory,
        column: '--templates',
        value: directory,
        expected: `a folder holding ${Object.values(TEMPLATE_FILES).join(', ')} (exchange-sizer init makes one), or an edited comparison.xlsx`,
      },
    ]);
  }
  const issues: InputIssue[] = [];
  const read = (path: string, missing = 'exchange-sizer init writes all four'): TemplateText => {
    try {
      return readTemplate(path, missing);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      issues.push(...error.issues);
      return { file: path, text: '' };
    }
  };
  const texts = {
    scenario: read(join(directory, TEMPLATE_FILES.scenario)),
    tiers: read(join(directory, TEMPLATE_FILES.tiers)),
    workloads: read(join(directory, TEMPLATE_FILES.workloads)),
    prices:
      pricesFile === undefined
        ? read(join(directory, TEMPLATE_FILES.prices))
        : read(pricesFile, 'check the --prices path'),
  };
  if (issues.length > 0) throw new InputError(issues);
  return parseTemplates(texts, reference);
}
