import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseReferenceData, type ReferenceData } from '../model/reference-data.js';

/** The data/ folder shipped with the package (next to src/ and dist/). */
export const packageDataDirectory = fileURLToPath(new URL('../../data/', import.meta.url));

/**
 * Reads every `*.csv` in a data folder (the shipped one by default) into typed reference data.
 *
 * @example
 * const reference = readReferenceData();
 * reference.tables.get('options')!.rows.length; // 7 availability options
 */
export function readReferenceData(directory: string = packageDataDirectory): ReferenceData {
  const texts: Record<string, string> = {};
  for (const name of readdirSync(directory)) {
    if (name.endsWith('.csv')) texts[basename(name, '.csv')] = readFileSync(join(directory, name), 'utf8');
  }
  return parseReferenceData(texts);
}
