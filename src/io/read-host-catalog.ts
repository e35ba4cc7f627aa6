import { decodeTemplateBytes, MAX_TEMPLATE_BYTES } from '../model/decode-text.js';
import { InputError } from '../model/input-error.js';
import { listLengthIssue } from '../model/list-limits.js';
import { parseReferenceTable, type ReferenceData, type ReferenceTable } from '../model/reference-data.js';
import { FileRefused, readBoundedFile } from './read-bounded-file.js';

/** A host catalogue in the format of data/host-catalog.csv: the file at `path`, or the shipped one. */
export function readHostCatalog(reference: ReferenceData, path?: string): ReferenceTable {
  let catalog = reference.tables.get('host-catalog')!;
  if (path) {
    let bytes: Buffer;
    try {
      bytes = readBoundedFile(path, MAX_TEMPLATE_BYTES);
    } catch (error) {
      if (!(error instanceof FileRefused)) throw error;
      throw new InputError([
        {
          file: path,
          column: '--hosts',
          value: path,
          expected: `a host catalogue of at most ${MAX_TEMPLATE_BYTES} bytes in the format of data/host-catalog.csv: ${error.why}`,
        },
      ]);
    }
    catalog = parseReferenceTable('host-catalog', decodeTemplateBytes(bytes, path), path, reference.booleanWords);
  }
  const tooMany = listLengthIssue(catalog.rows.length, reference, {
    file: path ?? 'data/host-catalog.csv',
    column: '--hosts',
  });
  if (tooMany) throw new InputError([tooMany]);
  return catalog;
}
