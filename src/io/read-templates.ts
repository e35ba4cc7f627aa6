import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { InputError } from '../model/input-error.js';
import { parseTemplates, type TemplateText } from '../model/parse-templates.js';
import type { ReferenceData } from '../model/reference-data.js';
import type { ScenarioInputs } from '../model/scenario-inputs-types.js';

/** The templates/ folder shipped with the package. */
export const packageTemplatesDirectory = fileURLToPath(new URL('../../templates/', import.meta.url));

export const TEMPLATE_FILES = { scenario: 'scenario.csv', tiers: 'mailbox-tiers.csv', workloads: 'workloads.csv', prices: 'prices.csv' } as const;

function readTemplate(path: string): TemplateText {
  const file = relative(process.cwd(), path) || path;
  try {
    return { file, text: readFileSync(path, 'utf8') };
  } catch (error) {
    throw new InputError([{ file, column: '(file)', value: '', expected: `a readable file (${(error as NodeJS.ErrnoException).code ?? 'unreadable'})` }]);
  }
}

/** Reads and checks the templates in a folder (the shipped ones by default); `pricesFile` replaces prices.csv. */
export function readTemplates(reference: ReferenceData, directory: string = packageTemplatesDirectory, pricesFile?: string): ScenarioInputs {
  return parseTemplates(
    {
      scenario: readTemplate(join(directory, TEMPLATE_FILES.scenario)),
      tiers: readTemplate(join(directory, TEMPLATE_FILES.tiers)),
      workloads: readTemplate(join(directory, TEMPLATE_FILES.workloads)),
      prices: readTemplate(pricesFile ?? join(directory, TEMPLATE_FILES.prices)),
    },
    reference,
  );
}
