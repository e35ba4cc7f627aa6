import { describe, expect, it } from 'vitest';
import { headerIssues, parseCsvDocument } from '../src/model/csv-document.js';
import { inputIssuesOf } from './input-issues.js';

// Unit tests of the CSV document parser (src/model/csv-document.ts) on small texts: what Excel saves, the line each
// record starts on, and the problems it names. The bad-template corpus and the fuzz tests check it through the CLI.
const parse = (text: string, required = ['name', 'value'], optional: string[] = ['notes']) =>
  parseCsvDocument(text, 'test.csv', required, optional);
const rows = (text: string) => parse(text).records.map((r) => [r.line, r.fields]);

describe('parseCsvDocument reads what Excel saves', () => {
  it('records keyed by the header, with the line each starts on', () => {
    const document = parse('name,value\na,1\nb,2\n');
    expect(document).toEqual({
      file: 'test.csv',
      headerLine: 1,
      delimiter: ',',
      header: ['name', 'value'],
      records: [
        { line: 2, fields: { name: 'a', value: '1' } },
        { line: 3, fields: { name: 'b', value: '2' } },
      ],
    });
  });

  it('a byte order mark, CRLF, lone CR and a missing last line break read alike', () => {
    const plain = rows('name,value\na,1\nb,2\n');
    expect(rows('\uFEFFname,value\r\na,1\r\nb,2\r\n')).toEqual(plain);
    expect(rows('name,value\ra,1\rb,2')).toEqual(plain);
    expect(rows('name,value\r\na,1\nb,2')).toEqual(plain);
  });

  it('header names are trimmed and lower-cased; values are trimmed', () => {
    const document = parse(' Name , VALUE \n  a  ,  1 \n');
    expect(document.header).toEqual(['name', 'value']);
    expect(document.records[0]!.fields).toEqual({ name: 'a', value: '1' });
  });

  it('sniffs a semicolon delimiter from the header line, past comments and blank lines', () => {
    const document = parse('# saved in a German locale\n\nname;value;notes\na;1,5;x, y\n');
    expect(document.delimiter).toBe(';');
    expect(document.headerLine).toBe(3);
    expect(document.records).toEqual([{ line: 4, fields: { name: 'a', value: '1,5', notes: 'x, y' } }]);
    expect(parse('name,value,notes\na,1,"x; y"\n').delimiter).toBe(',');
  });

  it('skips comment lines, blank lines and rows Excel left of cleared cells, counting their lines', () => {
    const text = '# a comment\nname,value\n\n# units\n,,\n;;\n  \na,1\n,\nb,2\n';
    expect(rows(text)).toEqual([
      [8, { name: 'a', value: '1' }],
      [10, { name: 'b', value: '2' }],
    ]);
    expect(parse(text).headerLine).toBe(2);
  });

  it('a # inside a value is not a comment', () => {
    expect(rows('name,value\nroom #3,1\n"#VIP",2\n')).toEqual([
      [2, { name: 'room #3', value: '1' }],
      [3, { name: '#VIP', value: '2' }],
    ]);
  });

  it('quoted values keep their delimiters and doubled quotes; a note may span lines, and the next record its line', () => {
    const text = 'name,value,notes\n"a, b",1,"said ""hi"""\nc,2,"line one\r\nline two"\nd,3,\n';
    expect(rows(text)).toEqual([
      [2, { name: 'a, b', value: '1', notes: 'said "hi"' }],
      [3, { name: 'c', value: '2', notes: 'line one\nline two' }],
      [5, { name: 'd', value: '3', notes: '' }],
    ]);
  });

  it('only a header: no records', () => {
    expect(parse('name,value\n').records).toEqual([]);
  });
});

describe('parseCsvDocument names the file, line, column and what was expected', () => {
  it('no header at all', () => {
    for (const text of ['', '\n\n', '# only a comment\n', ',,\n'])
      expect(
        inputIssuesOf(() => parse(text)),
        JSON.stringify(text),
      ).toEqual([
        { file: 'test.csv', line: 1, column: '(header)', value: '', expected: 'a header row with name, value' },
      ]);
  });

  it('a header that names none of the required columns', () => {
    expect(inputIssuesOf(() => parse('# note\nfoo,bar\n1,2\n'))).toEqual([
      {
        file: 'test.csv',
        line: 2,
        column: '(header)',
        value: 'foo,bar',
        expected: 'a header row naming the columns name, value, notes',
      },
    ]);
  });

  it('a missing required column, a misspelt one (did you mean) and a doubled one, all at once', () => {
    expect(inputIssuesOf(() => parse('name,valeu,name,colour\n'))).toEqual([
      { file: 'test.csv', line: 1, column: 'value', value: '', expected: "a column named 'value'" },
      {
        file: 'test.csv',
        line: 1,
        column: 'column 2',
        value: 'valeu',
        expected: 'a known column (did you mean value?)',
      },
      { file: 'test.csv', line: 1, column: 'name', value: 'name', expected: 'each column once' },
      {
        file: 'test.csv',
        line: 1,
        column: 'column 4',
        value: 'colour',
        expected: 'a known column, as listed in the header: name, value, notes',
      },
    ]);
  });

  it('a row with too few or too many fields, each on its line, the good rows not reported', () => {
    expect(inputIssuesOf(() => parse('name,value\na\nb,2\nc,3,4\n'))).toEqual([
      { file: 'test.csv', line: 2, column: '(row)', value: 'a', expected: '2 fields, found 1' },
      { file: 'test.csv', line: 4, column: '(row)', value: 'c,3,4', expected: '2 fields, found 3' },
    ]);
  });

  it('a line break inside a value other than notes (a quote left open), showing its first line', () => {
    expect(inputIssuesOf(() => parse('name,value,notes\n"a\nb",1,\n'))).toEqual([
      {
        file: 'test.csv',
        line: 2,
        column: 'name',
        value: 'a',
        expected: 'a value on one line (is a quote left open?)',
      },
    ]);
  });

  it('a quote that never closes, or text after a closing quote, on the line its record starts', () => {
    expect(inputIssuesOf(() => parse('name,value\na,1\n\nb,"2\nc,3\n'))).toEqual([
      {
        file: 'test.csv',
        line: 4,
        column: '(row)',
        value: '',
        expected: 'a row whose quotes open and close on it (a value starts with a quote that never closes)',
      },
    ]);
    const [issue] = inputIssuesOf(() => parse('name,value\n"a"b,1\n'));
    expect(issue).toMatchObject({ line: 2, column: '(row)' });
    expect(issue!.expected).toMatch(
      /^a row whose quotes open and close on it \(a quoted value goes on after its closing quote/,
    );
  });

  it('a commented-out data row (a name starting with #) is reported, a comment without numbers is not', () => {
    expect(inputIssuesOf(() => parse('name,value\n#VIP,5\n'))).toEqual([
      {
        file: 'test.csv',
        line: 2,
        column: '(row)',
        value: '#VIP,5',
        expected:
          'a data row that does not start with # (a row starting with # is a comment and would be dropped: quote a name that starts with #, "#VIP")',
      },
    ]);
    expect(parse('name,value\n# units,GB\n#,\n').records).toEqual([]);
    // Before the header, a # line is a comment whatever it holds.
    expect(parse('#VIP,5\nname,value\n').records).toEqual([]);
  });
});

describe('headerIssues, the check shared with the Inputs sheet of an edited workbook', () => {
  it('no issues for a header of the known columns, optional ones left out, in any order', () => {
    expect(headerIssues(['value', 'name'], 'f', 3, ['name', 'value'], ['notes'])).toEqual([]);
  });

  it('shows the header as given, and reports on the line given', () => {
    expect(headerIssues(['x'], 'Inputs sheet', 7, ['name'], [], 'X')).toEqual([
      {
        file: 'Inputs sheet',
        line: 7,
        column: '(header)',
        value: 'X',
        expected: 'a header row naming the columns name',
      },
    ]);
  });
});
