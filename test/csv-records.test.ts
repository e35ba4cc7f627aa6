import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvParseRecords } from '../src/model/csv-document.js';
import { csvRecords } from '../src/model/csv-records.js';

/** What csv-parse reads, or the error it ends in. */
function parsed(text: string, delimiter: ',' | ';') {
  try {
    return csvParseRecords(text, delimiter, 'test.csv');
  } catch (error) {
    return { error: String(error) };
  }
}

const csvFiles = (folder: string) =>
  readdirSync(folder)
    .filter((name) => name.endsWith('.csv'))
    .map((name) => readFileSync(join(folder, name), 'utf8').replace(/\r\n?/g, '\n'));

describe('CSV records read without csv-parse (issue 16)', () => {
  it('the shipped data and templates are read as csv-parse reads them, none of them left to it', () => {
    for (const text of [...csvFiles('data'), ...csvFiles('templates')]) {
      const fast = csvRecords(text, ',');
      expect(fast).toBeDefined();
      expect(fast).toEqual(parsed(text, ','));
    }
  });

  it('quotes, comments, blank and cleared rows, BOM and trimmed fields as csv-parse reads them', () => {
    const text =
      '\uFEFFname , value,notes\n# a comment, "with quotes"\n\n  a,  1 ,"x, ""y"""\n,,\n"multi\nline",2,\n#VIP,3,c\nlast,4,';
    const fast = csvRecords(text, ',');
    expect(fast).toBeDefined();
    expect(fast).toEqual(parsed(text, ','));
    expect(fast!.map((r) => r.line)).toEqual([1, 4, 5, 6, 9]);
  });

  it('agrees with csv-parse on random text wherever it reads it, and leaves the rest to csv-parse', () => {
    const alphabet = fc.constantFrom('a', 'b', '1', ' ', '\t', ',', ';', '"', '#', '\n', '\u00a0', '\uFEFF', 'é', '_');
    let read = 0;
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 40 }), fc.constantFrom(',', ';'), (chars, delimiter) => {
        const text = chars.join('');
        const fast = csvRecords(text, delimiter as ',' | ';');
        if (fast !== undefined) {
          read++;
          expect(fast).toEqual(parsed(text, delimiter as ',' | ';'));
        }
      }),
      { numRuns: 20_000 },
    );
    // Enough of the random texts are read here for the agreement to mean something.
    expect(read).toBeGreaterThan(2_000);
  });
});
