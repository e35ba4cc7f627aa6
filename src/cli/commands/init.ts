import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readInputs } from '../../io/read-inputs.js';
import { readReferenceData } from '../../io/read-reference-data.js';
import { packageTemplatesDirectory, TEMPLATE_FILES } from '../../io/read-templates.js';
import { writeFilesAtomically, type OutputFile } from '../../io/write-files-atomically.js';
import { renderTemplates } from '../../model/render-templates.js';

/** `exchange-sizer init [dir] [--from comparison.xlsx]`: the shipped templates, or an edited workbook's inputs, as CSV templates to edit. */
export async function init(directory: string, force: boolean, from?: string): Promise<void> {
  let files: OutputFile[];
  if (from) {
    const reference = readReferenceData();
    files = Object.entries(renderTemplates(await readInputs(reference, from), reference)).map(([name, content]) => ({ name, content }));
  } else {
    files = Object.values(TEMPLATE_FILES).map((name) => ({ name, content: readFileSync(join(packageTemplatesDirectory, name)) }));
  }
  const written = writeFilesAtomically(directory, files, force);
  process.stdout.write(`wrote ${written.join(', ')}\nedit them, then run: npx exchange-sizer size --templates ${directory} --out ${directory}/out\n`);
}
