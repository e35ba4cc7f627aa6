import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readInputs } from '../../io/read-inputs.js';
import { readReferenceData } from '../../io/read-reference-data.js';
import { packageTemplatesDirectory, TEMPLATE_FILES } from '../../io/read-templates.js';
import { type OutputFile, writeFilesAtomically } from '../../io/write-files-atomically.js';
import { MAX_TEMPLATE_BYTES } from '../../model/decode-text.js';
import { InputError } from '../../model/input-error.js';
import { renderTemplates } from '../../model/render-templates.js';

/** `exchange-sizer init [dir] [--from comparison.xlsx]`: the shipped templates, or an edited workbook's inputs, as CSV templates to edit. */
export async function init(directory: string, force: boolean, from?: string): Promise<void> {
  let files: OutputFile[];
  if (from) {
    const reference = readReferenceData();
    files = Object.entries(renderTemplates(await readInputs(reference, from), reference)).map(([name, content]) => ({
      name,
      content,
    }));
    // What init writes, size must read back: never a template over the limit the reader enforces.
    const tooLarge = files.filter((f) => Buffer.byteLength(f.content) > MAX_TEMPLATE_BYTES);
    if (tooLarge.length > 0) {
      throw new InputError(
        tooLarge.map((f) => ({
          file: from,
          column: '(inputs)',
          value: `${f.name}: ${Buffer.byteLength(f.content)} bytes`,
          expected: `inputs that fit templates of at most ${MAX_TEMPLATE_BYTES} bytes (1 MiB), as size reads them`,
        })),
      );
    }
  } else {
    files = Object.values(TEMPLATE_FILES).map((name) => ({
      name,
      content: readFileSync(join(packageTemplatesDirectory, name)),
    }));
  }
  const written = writeFilesAtomically(directory, files, force);
  process.stdout.write(
    `wrote ${written.join(', ')}\nedit them, then run: npx exchange-sizer size --templates ${directory} --out ${directory}/out\n`,
  );
}
