import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageTemplatesDirectory, TEMPLATE_FILES } from '../../io/read-templates.js';
import { writeFilesAtomically } from '../../io/write-files-atomically.js';

/** `exchange-sizer init [dir]`: copies the shipped templates into a folder for editing. */
export async function init(directory: string, force: boolean): Promise<void> {
  const files = Object.values(TEMPLATE_FILES).map((name) => ({ name, content: readFileSync(join(packageTemplatesDirectory, name)) }));
  const written = writeFilesAtomically(directory, files, force);
  process.stdout.write(`wrote ${written.join(', ')}\nedit them, then run: exchange-sizer size --templates ${directory}\n`);
}
