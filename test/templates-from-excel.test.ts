import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageTemplatesDirectory } from '../src/io/read-templates.js';
import { plainNumberHint, readFormattedNumber } from '../src/model/formatted-number.js';
import { InputError } from '../src/model/input-error.js';
import { parseTemplates, type TemplateTexts } from '../src/model/parse-templates.js';
import { reference } from './reference.js';

const shippedText = (name: string) => readFileSync(join(packageTemplatesDirectory, name), 'utf8');

/** The shipped templates with some files' texts replaced. */
function parse(
  replaced: Partial<Record<'scenario.csv' | 'mailbox-tiers.csv' | 'workloads.csv' | 'prices.csv', string>>,
) {
  const text = (name: keyof typeof replaced) => ({ file: name, text: replaced[name] ?? shippedText(name) });
  const texts: TemplateTexts = {
    scenario: text('scenario.csv'),
    tiers: text('mailbox-tiers.csv'),
    workloads: text('workloads.csv'),
    prices: text('prices.csv'),
  };
  return parseTemplates(texts, reference);
}

function issuesOf(replaced: Parameters<typeof parse>[0]): string[] {
  try {
    parse(replaced);
  } catch (error) {
    if (error instanceof InputError)
      return error.issues.map((i) => `${i.file}:${i.line ?? ''}: ${i.column} = "${i.value}": expected ${i.expected}`);
    throw error;
  }
  return [];
}

const TIERS_HEADER =
  'tier,mailboxes,messages_per_day,average_message_kb,mailbox_quota_mb,deleted_item_retention_days,single_item_recovery,calendar_version_pct,iops_factor,megacycles_factor,notes';

describe("a row of only delimiters (Excel's cleared row) is a blank line", () => {
  it('`,,,,,,,,,,` between two tiers and at the end of mailbox-tiers.csv', () => {
    const tiers = `${TIERS_HEADER}\nStaff,16000,150,75,2048,14,yes,3,1,1,\n,,,,,,,,,,\nExecutives,500,300,150,5120,30,yes,3,1.2,1.2,\n,,,,,,,,,,\n,,,\n`;
    expect(parse({ 'mailbox-tiers.csv': tiers }).tiers.map((t) => t.tier)).toEqual(['Staff', 'Executives']);
  });

  it('`;;;` in a `;` scenario.csv, before the header and between parameters', () => {
    const semicolons =
      ';;;\nparameter;value;unit;notes\n;;;\nname;Cleared rows;;\n ; ; ; \ndag_copies;3;copies;\n;;;\n';
    expect(parse({ 'scenario.csv': semicolons }).parameters?.name).toBe('Cleared rows');
  });

  it('a line number after a cleared row is still the line in the file', () => {
    const tiers = `${TIERS_HEADER}\n,,,,,,,,,,\n;;;\nStaff,-1,150,75,2048,14,yes,3,1,1,\n`;
    expect(issuesOf({ 'mailbox-tiers.csv': tiers })[0]).toMatch(/^mailbox-tiers\.csv:4: mailboxes = "-1"/);
  });
});

describe('booleans in the words Excel writes in its language are yes and no (data/boolean-words.csv)', () => {
  const antivirus = (word: string) =>
    parse({ 'scenario.csv': shippedText('scenario.csv').replace('hub_antivirus,no,', `hub_antivirus,${word},`) })
      .parameters?.hub_antivirus;

  it.each([
    ['WAHR', true],
    ['FALSCH', false], // German
    ['VRAI', true],
    ['FAUX', false], // French
    ['VERDADERO', true],
    ['FALSO', false], // Spanish (FALSO in Italian and Portuguese too)
    ['VERO', true], // Italian
    ['WAAR', true],
    ['ONWAAR', false], // Dutch
    ['VERDADEIRO', true], // Portuguese
    ['SANT', true],
    ['FALSKT', false], // Swedish
    ['Wahr', true],
    ['TRUE', true],
    ['false', false],
    ['yes', true],
    ['no', false],
  ])('%s is %s', (word, meaning) => expect(antivirus(word)).toBe(meaning));

  it('a word that is no boolean is still refused, naming yes or no', () => {
    expect(
      issuesOf({
        'scenario.csv': shippedText('scenario.csv').replace('hub_antivirus,no,', 'hub_antivirus,vielleicht,'),
      }),
    ).toEqual(['scenario.csv:16: value of hub_antivirus = "vielleicht": expected yes or no']);
  });

  it('every word of data/boolean-words.csv is read as its meaning, each word once whatever its case', () => {
    const table = reference.tables.get('boolean-words')!;
    const words = table.rows.map((row) => String(row.word).toLowerCase());
    expect(new Set(words).size).toBe(words.length);
    for (const row of table.rows) expect(antivirus(String(row.word)), String(row.word)).toBe(row.means === 'yes');
  });

  it("each word Excel writes names its source: Microsoft Support's TRUE or FALSE function page in the language's edition", () => {
    const table = reference.tables.get('boolean-words')!;
    const excel = table.rows
      .map((row, i) => ({ row, source: table.sources[i]! }))
      .filter((r) => r.row.language !== 'the templates');
    expect(excel.length).toBeGreaterThanOrEqual(30);
    for (const { row, source } of excel) {
      const fn = row.means === 'yes' ? 'true' : 'false';
      const pages = [
        ...source.matchAll(/https:\/\/support\.microsoft\.com\/([a-z]{2}-[a-z]{2})\/excel\/(\w+)-function/g),
      ];
      expect(pages.length, String(row.word)).toBeGreaterThan(0);
      // A page for each language the word is Excel's in (two for Portuguese), each the page of its own function.
      expect(pages.length, String(row.word)).toBeGreaterThanOrEqual(String(row.language).split(', ').length);
      for (const [, , page] of pages) expect(page, String(row.word)).toBe(fn);
    }
    const german = excel.find((r) => r.row.word === 'WAHR')!;
    expect(german.source).toContain('https://support.microsoft.com/de-de/excel/true-function');
  });
});

describe('a number as a spreadsheet shows it gets the hint "1,000" gets: the plain number it stands for', () => {
  it.each([
    ['2.995,50', false, 'written without a thousands separator, with a decimal point (2995.50?)'],
    ['$3,495.00', false, 'written without a currency symbol or a thousands separator (3495.00?)'],
    ['€3.495,00', false, 'written without a currency symbol or a thousands separator, with a decimal point (3495.00?)'],
    ['3 495,50', false, 'written without a thousands separator, with a decimal point (3495.50?)'],
    ['1,000', false, 'written without a thousands separator (1000?)'],
    ['3.495,00 EUR', true, 'written without a currency symbol or a thousands separator (3495,00?)'],
    ['$3,495.00', true, 'written without a currency symbol or a thousands separator, with a decimal comma (3495,00?)'],
    ['3\u00a0495,50 €', true, 'written without a currency symbol or a thousands separator (3495,50?)'],
    ["CHF 3'495.00", false, 'written without a currency symbol or a thousands separator (3495.00?)'],
    ['-$3.00', false, 'written without a currency symbol (-3.00?)'],
  ])('%s (decimal comma: %s) is %s', (text, decimalComma, hint) => {
    const formatted = readFormattedNumber(text, decimalComma);
    expect(formatted && plainNumberHint(formatted)).toBe(hint);
  });

  it.each([['1.5'], ['1,5'], ['12'], ['1,2,3'], ['abc'], ['1.2.3,4,5']])('%s is no formatted number', (text) =>
    expect(readFormattedNumber(text, false)).toBeUndefined(),
  );

  it('prices.csv: "$3,495.00" and "2.995,50" for vSphere Essentials Plus, named with the file, line and column', () => {
    const prices = shippedText('prices.csv');
    const shipped = 'vsphere_essentials_plus,per kit (3 hosts of 2 processors),2995,';
    const line = prices.split('\n').findIndex((l) => l.startsWith(shipped)) + 1;
    expect(issuesOf({ 'prices.csv': prices.replace(shipped, shipped.replace('2995', '"$3,495.00"')) })).toEqual([
      `prices.csv:${line}: price = "$3,495.00": expected a number at least 0 currency, written without a currency symbol or a thousands separator (3495.00?)`,
    ]);
    expect(issuesOf({ 'prices.csv': prices.replace(shipped, shipped.replace('2995', '"2.995,50"')) })).toEqual([
      `prices.csv:${line}: price = "2.995,50": expected a number at least 0 currency, written without a thousands separator, with a decimal point (2995.50?)`,
    ]);
  });
});

describe('line numbers stay right with mixed line endings (CRLF, LF and a lone CR)', () => {
  it('the bad value on the fifth line is reported on line 5, whatever ended the lines before it', () => {
    const lines = [
      TIERS_HEADER,
      '# units',
      'Staff,16000,150,75,2048,14,yes,3,1,1,"two\r\nlines"',
      'Executives,-5,300,150,5120,30,yes,3,1.2,1.2,',
    ];
    const tiers = `${lines[0]}\r\n${lines[1]}\r${lines[2]}\n${lines[3]}\r\n`;
    // The note spans lines 3 and 4: Executives starts on line 5.
    expect(issuesOf({ 'mailbox-tiers.csv': tiers })).toEqual([
      'mailbox-tiers.csv:5: mailboxes = "-5": expected a whole number from 1 to 10000000 (mailboxes_per_tier_max) mailboxes',
    ]);
  });

  it('an unclosed quote is reported on the line where its row starts, after lone CRs', () => {
    const tiers = `${TIERS_HEADER}\rStaff,16000,150,75,2048,14,yes,3,1,1,\r\rExecutives,500,300,150,5120,30,yes,3,1.2,1.2,"open\n`;
    expect(issuesOf({ 'mailbox-tiers.csv': tiers })[0]).toMatch(/^mailbox-tiers\.csv:4: \(row\)/);
  });
});

describe('the shipped example says what it holds', () => {
  it('its name counts the mailboxes of each tier: 16,000 users and 500 executives (16,500 in all)', () => {
    const { parameters, tiers } = parse({});
    expect(tiers.map((tier) => Number(tier.mailboxes))).toEqual([16_000, 500]);
    expect(String(parameters?.name)).toMatch(/^16,000 users at 150 messages per day .* plus 500 executives at 300$/);
  });
});
