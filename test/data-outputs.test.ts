import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { parseCsvDocument } from '../src/model/csv-document.js';
import { InputError } from '../src/model/input-error.js';
import { evaluateComparison } from '../src/options/compare-options.js';
import { explainFigure } from '../src/options/explain-figure.js';
import { figureCatalogue, findFigure } from '../src/options/figure-catalogue.js';
import { optionsModel } from '../src/options/options-model.js';
import { SUMMARY_ROWS } from '../src/options/summary-rows.js';
import { buildWorkbook } from '../src/output/build-workbook.js';
import { comparisonJson, detailsCsv, summaryCsv } from '../src/output/comparison-csv.js';
import { csvFormat, EXCEL_CSV } from '../src/output/csv-format.js';
import { columnLetter } from '../src/output/sheet-model.js';
import { SUMMARY_FIRST_COLUMN, SUMMARY_HEADER_ROW, summaryRowOf } from '../src/output/summary-charts.js';
import { reference } from './reference.js';
import { shipped, withInputs } from './shipped.js';

const evaluated = evaluateComparison(shipped, reference);
const { comparison } = evaluated;
const json = JSON.parse(comparisonJson(comparison));

/** A CSV output as a spreadsheet reads it: BOM dropped, header row, records by column name. */
function readCsv(text: string, delimiter = ','): { header: string[]; records: { fields: Record<string, string> }[] } {
  const [header, ...rows] = parse(text, { bom: true, delimiter }) as string[][];
  return {
    header: header!,
    records: rows.map((row) => ({ fields: Object.fromEntries(header!.map((name, i) => [name, row[i]!])) })),
  };
}
const summary = readCsv(summaryCsv(comparison));
const details = readCsv(detailsCsv(comparison));
const option = (id: string) => summary.records.find((r) => r.fields.option_id === id)!.fields;

describe('comparison.json and details.csv carry the per-tier figures (schema 3)', () => {
  // Shipped tier Staff: 16,000 mailboxes, 150 messages a day of 75 KB, 2,048 MB quota, 14 days retention,
  // single item recovery, 3 % calendar versions. TechNet's mailbox size on disk [S3]:
  //   whitespace = 150 x 75 / 1024 = 10.986328 MB
  //   dumpster   = 10.986328 x 14 + 2048 x 1.2 % + 2048 x 3 % = 239.824594 MB
  //   on disk    = 2048 + 10.986328 + 239.824594 = 2298.810922 MB
  // and the 150-message profile [S2] [S14] [S1]: 3 megacycles, 9 MB cache, 0.15 IOPS (two or more copies), 30 logs a day.
  const staff = {
    whitespaceMB: '10.986328',
    dumpsterMB: '239.824594',
    mailboxSizeOnDiskMB: '2298.810922',
    megacyclesPerActiveMailbox: '3',
    databaseCachePerMailboxMB: '9',
    iopsPerMailboxMultipleCopies: '0.15',
    logsPerMailboxPerDay: '30',
    tierLogsPerDayMB: '480000',
  };

  it('comparison.json: scenario.tiers, one entry per tier with its figures by id', () => {
    expect(json.schemaVersion).toBe(3);
    expect(json.scenario.tiers.map((t: { name: string }) => t.name)).toEqual(['Staff', 'Executives']);
    expect(json.scenario.tiers[0].figures).toMatchObject({ ...staff, tierMailboxes: 16000 });
    expect(Object.keys(json.scenario.tiers[0].figures)).toEqual(
      [...optionsModel.figures.values()].filter((f) => f.scope === 'tier').map((f) => f.id),
    );
    expect(json.scenario.workloads.length).toBe(shipped.workloads!.length);
  });

  it('details.csv: the same figures, one row per tier and figure, the tier named in tier_or_workload', () => {
    const rows = details.records
      .map((r) => r.fields)
      .filter((r) => r.section === 'Tiers' && r.tier_or_workload === 'Staff');
    for (const [id, value] of Object.entries(staff))
      expect(
        rows.find((r) => r.figure === id),
        id,
      ).toMatchObject({ option: '', value });
    expect(rows.find((r) => r.figure === 'whitespaceMB')).toMatchObject({ item: 'Whitespace per mailbox', unit: 'MB' });
    for (const tier of json.scenario.tiers as { name: string; figures: Record<string, unknown> }[]) {
      for (const [id, value] of Object.entries(tier.figures)) {
        expect(
          details.records.find((r) => r.fields.figure === id && r.fields.tier_or_workload === tier.name)?.fields.value,
          `${tier.name} ${id}`,
        ).toBe(String(value));
      }
    }
    expect(details.records.filter((r) => r.fields.section === 'Sizing').map((r) => r.fields.figure)).toContain(
      'averageMailboxSizeOnDiskMB',
    );
  });
});

describe('summary.csv: valid, warnings, and numbers only in numeric columns', () => {
  it('has a valid column and the warning codes, for every option', () => {
    expect(summary.header.slice(0, 6)).toEqual([
      'scenario',
      'option_id',
      'option_name',
      'brief_section',
      'currency',
      'valid',
    ]);
    expect(summary.header.slice(-2)).toEqual(['warnings', 'warning_messages']);
    for (const o of comparison.options) expect(option(o.id).valid).toBe(String(o.valid));
    const vdr = evaluateComparison(withInputs({ backup_method: 'vdr' }), reference).comparison;
    const warned = vdr.options.find((o) => o.warnings.length > 0)!;
    const row = readCsv(summaryCsv(vdr)).records.find((r) => r.fields.option_id === warned.id)!.fields;
    expect(row.warnings).toBe(warned.warnings.map((w) => w.code).join(' '));
    expect(row.warning_messages).toContain(warned.warnings[0]!.message.slice(0, 40));
  });

  it('a failure an option does not protect against: "false" in its own column, its minutes empty', () => {
    // standalone-ha has nothing for an application failure (data/options.csv), standalone-app-ha restarts it in 2 minutes.
    expect(option('standalone-ha')).toMatchObject({
      applicationFailureProtected: 'false',
      applicationFailureRecoveryMinutes: '',
    });
    expect(option('standalone-app-ha')).toMatchObject({
      applicationFailureProtected: 'true',
      applicationFailureRecoveryMinutes: '2',
    });
    expect(option('dag')).toMatchObject({
      siteLossProtected: 'false',
      siteLossRecoveryMinutes: '',
      siteLossDataLossMinutes: '',
    });
    expect(option('dag-srm').siteLossProtected).toBe('true');
  });

  it('every column of a count, quantity, money or share is a number or empty', () => {
    for (const row of SUMMARY_ROWS) {
      const figure = optionsModel.figures.get(row.figure)!;
      const expected = figure.kind === 'flag' ? /^(true|false)$/ : /^(-?\d+(\.\d+)?)?$/;
      for (const record of summary.records)
        expect(record.fields[row.figure], `${record.fields.option_id} ${row.figure}`).toMatch(expected);
    }
  });
});

describe('a figure has one id everywhere', () => {
  const workbook = buildWorkbook(evaluated, reference);
  const dagSheet = workbook.sheets.find((s) => s.name === 'dag')!;
  const idsOnSheet = new Set(
    [...dagSheet.cells].filter(([address]) => /^E\d+$/.test(address)).map(([, cell]) => cell.value),
  );
  const catalogue = new Set(figureCatalogue().map((f) => f.id));
  // The Summary sheet's Id column, after the options.
  const summarySheet = workbook.sheets.find((s) => s.name === 'Summary')!;
  const idColumn = columnLetter(SUMMARY_FIRST_COLUMN + workbook.optionCount);
  const summaryId = (id: string) => summarySheet.cells.get(`${idColumn}${summaryRowOf(id)}`);

  it('the Summary sheet has an Id column after the options, a grey note like the option sheets', () => {
    expect(summarySheet.cells.get(`${idColumn}${SUMMARY_HEADER_ROW}`)).toMatchObject({ value: 'Id', style: 'header' });
    expect(summaryId('tco')).toEqual({ value: 'tco', style: 'note' });
    // As wide as its longest id reads, not one of the narrow option columns.
    const longest = Math.max(...SUMMARY_ROWS.map((r) => r.key.length));
    expect(summarySheet.columnWidths[SUMMARY_FIRST_COLUMN + workbook.optionCount - 1]).toBeGreaterThan(longest);
  });

  it.each(SUMMARY_ROWS.map((r) => [r.figure, r.label]))(
    '%s (%s): summary row, CSV column, JSON field, details.csv, workbook Id columns (option sheet, Summary), explain',
    (id, label) => {
      const row = SUMMARY_ROWS.find((r) => r.figure === id)!;
      expect(row.key).toBe(id);
      expect(summary.header).toContain(id);
      expect(json.options[2].figures).toHaveProperty(id);
      expect(details.records.some((r) => r.fields.figure === id && r.fields.option === 'dag')).toBe(true);
      expect(idsOnSheet.has(id)).toBe(true);
      expect(summaryId(id)?.value).toBe(id);
      expect(catalogue.has(id)).toBe(true);
      expect(findFigure(id).id).toBe(id);
      expect(findFigure(label).id).toBe(id);
    },
  );
});

describe('explain: a figure per tier or per workload is explained for every item (issue 12)', () => {
  it("each tier's value, by name, as the Tiers sheet has them; the first as `value`", () => {
    const e = explainFigure('whitespaceMB', evaluated, reference);
    expect(e.items?.map((i) => i.name)).toEqual(evaluated.resolved.tiers.map((t) => String(t.get('tier'))));
    expect(e.items).toEqual([
      { name: 'Staff', value: '10.986328' },
      { name: 'Executives', value: '43.945313' },
    ]);
    expect(e.value).toBe(e.items![0]!.value);
    expect(e.feeds.find((f) => f.name === 'tier.messages_per_day')?.value).toBe('Staff: 150, Executives: 300');
  });
  it('every workload; an option figure has no items', () => {
    const e = explainFigure('workloadReplacedByGlobalCatalogs', evaluated, reference);
    expect(e.items).toHaveLength(evaluated.resolved.workloads.length);
    expect(explainFigure('tco', evaluated, reference).items).toBeUndefined();
  });
});

describe('findFigure: explain takes an id or a label, and suggests one for a typo', () => {
  it('finds by id, id in another case, label, Summary label, and label with its unit', () => {
    expect(findFigure('megacyclesPerCore').id).toBe('megacyclesPerCore');
    expect(findFigure('WHITESPACEMB').id).toBe('whitespaceMB');
    expect(findFigure('Whitespace per mailbox').id).toBe('whitespaceMB');
    expect(findFigure('  dumpster   per mailbox ').id).toBe('dumpsterMB');
    expect(findFigure('Hosts, total').id).toBe('totalHosts');
    expect(findFigure('Mailbox size on disk (GB)').id).toBe('mailboxSizeOnDiskGB');
    expect(findFigure('Total cost of ownership (EUR)').id).toBe('tco');
  });

  it('a label two figures share is refused with both ids; a typo gets the likely id', () => {
    expect(() => findFigure('Mailbox size on disk')).toThrow(/mailboxSizeOnDiskMB \(MB\), mailboxSizeOnDiskGB \(GB\)/);
    expect(() => findFigure('totalHost')).toThrow(/did you mean totalHosts\?/);
    expect(() => findFigure('Whitespace per mailboxes')).toThrow(
      /did you mean whitespaceMB \("Whitespace per mailbox"\)\?/,
    );
    const error = (() => {
      try {
        findFigure('zzzz');
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).issues[0]).toMatchObject({ file: 'command line', column: 'figure', value: 'zzzz' });
  });

  it('the catalogue lists every figure once, with its unit and source', () => {
    const entries = figureCatalogue();
    expect(entries.length).toBe(optionsModel.figures.size);
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
    expect(entries.find((e) => e.id === 'whitespaceMB')).toEqual({
      id: 'whitespaceMB',
      label: 'Whitespace per mailbox',
      unit: 'MB',
      kind: 'quantity',
      scope: 'tier',
      section: 'Mailbox role',
      source: '[S3]',
    });
    expect(entries.find((e) => e.id === 'totalHosts')).toMatchObject({
      scope: 'option',
      section: 'Hosts',
      summaryLabel: 'Hosts, total',
    });
  });
});

describe('CSVs open in Excel in any locale', () => {
  it("UTF-8 with a BOM by default, and our own CSV reader (the templates') reads it back (it lower-cases the header)", () => {
    expect(summaryCsv(comparison).startsWith('\uFEFFscenario,')).toBe(true);
    expect(detailsCsv(comparison).startsWith('\uFEFFoption,')).toBe(true);
    const own = parseCsvDocument(
      summaryCsv(comparison),
      'summary.csv',
      summary.header.map((h) => h.toLowerCase()),
    );
    expect(own.header[0]).toBe('scenario');
    expect(own.records.map((r) => r.fields.option_id)).toEqual(comparison.options.map((o) => o.id));
    expect(summaryCsv(comparison, { ...EXCEL_CSV, bom: false }).startsWith('scenario,')).toBe(true);
  });

  it('--csv-locale de-DE: ";" between cells and decimal commas, read back to the same values', () => {
    const german = csvFormat({ locale: 'de-DE' });
    expect(german).toEqual({ delimiter: ';', decimalComma: true, bom: true });
    expect(csvFormat({ locale: 'fr_FR' })).toEqual(german);
    expect(csvFormat({ locale: 'en-US' })).toEqual(EXCEL_CSV);
    expect(csvFormat({ delimiter: ';', decimalComma: true })).toEqual(german);
    expect(csvFormat({ delimiter: 'tab' }).delimiter).toBe('\t');
    const text = summaryCsv(comparison, german);
    expect(text.split('\r\n')[0]).toMatch(
      /^\uFEFFscenario;option_id;option_name;brief_section;currency;valid;designValid;primaryHosts;/,
    );
    expect(
      parseCsvDocument(
        text,
        'summary.csv',
        summary.header.map((h) => h.toLowerCase()),
      ).delimiter,
    ).toBe(';');
    const dag = readCsv(text, ';').records.find((r) => r.fields.option_id === 'dag')!.fields;
    expect(dag.tco).toBe(option('dag').tco!.replace('.', ','));
    expect(dag.scenario).toBe(comparison.scenario.name); // "16,000 users": a comma in text stays text
    const germanDetails = readCsv(detailsCsv(comparison, german), ';');
    expect(germanDetails.records.find((r) => r.fields.figure === 'whitespaceMB')!.fields.value).toBe('10,986328');
  });

  it('refuses an unknown locale or delimiter, and a decimal comma between commas, naming the option', () => {
    expect(() => csvFormat({ locale: 'xx-YY' })).toThrow(/--csv-locale = "xx-YY": expected a locale such as/);
    expect(() => csvFormat({ locale: 'not a locale' })).toThrow(InputError);
    expect(() => csvFormat({ delimiter: '|' })).toThrow(/--delimiter = "\|"/);
    expect(() => csvFormat({ decimalComma: true })).toThrow(/--decimal-comma .*expected --delimiter ';'/);
  });
});
