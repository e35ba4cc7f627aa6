import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { packageDataDirectory } from '../src/io/read-reference-data.js';
import { packageTemplatesDirectory } from '../src/io/read-templates.js';
import { evaluateComparison } from '../src/options/compare-options.js';
import { buildWorkbook } from '../src/output/build-workbook.js';
import { writeXlsx } from '../src/output/xlsx-package.js';
import { reference } from './reference.js';
import { shipped } from './shipped.js';
import { WORKBOOK_TIMEOUT } from './timeouts.js';

const ROOT = join(import.meta.dirname, '..');
// [S3], [S3b], [L:S47], a section of the licensing notes [L:3.6], and anything else written [L:...].
const TAG = /\[(S\d+[a-z]?|L:[^\]\s]+)\]/g;

function filesUnder(directory: string, extension: string): string[] {
  return readdirSync(directory, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(extension))
    .map((entry) => join(entry.parentPath, entry.name));
}

const sources = reference.tables.get('sources')!;
const tags = new Set(sources.rows.map((row) => String(row.tag)));

describe('data/sources.csv: what every source tag points to, shipped with the package', () => {
  it('every tag in data/*.csv, templates/*.csv and the source strings of src/ is a row of data/sources.csv', () => {
    const files = [
      ...filesUnder(packageDataDirectory, '.csv').filter((f) => !f.endsWith('sources.csv')),
      ...filesUnder(packageTemplatesDirectory, '.csv'),
      ...filesUnder(join(ROOT, 'src'), '.ts'),
    ];
    const used = new Map<string, string>();
    for (const file of files)
      for (const [, tag] of readFileSync(file, 'utf8').matchAll(TAG)) used.set(tag!, relative(ROOT, file));
    expect(used.size).toBeGreaterThan(80);
    expect([...used].filter(([tag]) => !tags.has(tag)).map(([tag, file]) => `[${tag}] in ${file}`)).toEqual([]);
  });

  it('a tag once, each with a title and an address: [S3] is the TechNet design example, [L:S47] a licensing source', () => {
    expect(tags.size).toBe(sources.rows.length);
    const row = (tag: string) => sources.rows.find((r) => r.tag === tag)!;
    expect(row('S3').title).toMatch(/^Exchange 2010 Mailbox Server Role Design Example/);
    expect(row('S3').address).toBe('http://technet.microsoft.com/en-us/library/ee832789.aspx');
    expect(row('L:S47').address).toMatch(/^https?:\/\//);
  });

  it(
    'the Assumptions sheet lists them: tag, title and address',
    async () => {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(
        (await writeXlsx(
          buildWorkbook(evaluateComparison(shipped, reference), reference),
        )) as unknown as ExcelJS.Buffer,
      );
      const rows: string[][] = [];
      workbook.getWorksheet('Assumptions')!.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map(String)));
      const title = rows.findIndex((r) => r[0] === 'data/sources.csv');
      expect(rows[title + 1]!.slice(0, 3)).toEqual(['tag', 'title', 'address']);
      const listed = rows.slice(title + 2, title + 2 + sources.rows.length);
      expect(listed.map((r) => r[0])).toEqual([...tags]);
      expect(listed.find((r) => r[0] === 'S11')!.slice(1, 3)).toEqual([
        String(sources.rows.find((r) => r.tag === 'S11')!.title),
        String(sources.rows.find((r) => r.tag === 'S11')!.address),
      ]);
    },
    WORKBOOK_TIMEOUT,
  );
});
