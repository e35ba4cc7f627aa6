/** One record of a CSV text: its fields, the line it starts on, and its own text (for telling a cleared row). */
export interface CsvTextRecord {
  readonly record: string[];
  readonly line: number;
  readonly text: string;
}

const QUOTE = 34; // "
const LINE_FEED = 10;
const SPACE = 32;
const TAB = 9;
const HASH = 35; // #
/** Any white space JavaScript trims: a field starting with one other than a space or a tab goes to csv-parse. */
const WHITE = /\s/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * The records of CSV text with `\n` line ends, as csv-parse reads them with the options of parseCsvDocument
 * (BOM, `#` comments at the start of a record, blank lines skipped, fields trimmed, quotes doubled inside quoted
 * fields, records of any length), for text of the usual shape; undefined for anything else (a quote that does not
 * open or close a field cleanly, white space other than spaces and tabs before a field, a comment after spaces),
 * which csv-parse then reads, errors and all. csv-parse walks the text byte by byte and takes a tenth of a second
 * to start on the reference data (issue 16); test/csv-records.test.ts checks the two agree.
 *
 * @example
 * csvRecords('a,b\n# note\n"x, y",2\n', ','); // [{ record: ['a', 'b'], line: 1, ... }, { record: ['x, y', '2'], line: 3, ... }]
 */
export function csvRecords(source: string, delimiter: ',' | ';'): CsvTextRecord[] | undefined {
  // csv-parse reads bytes: a lone surrogate would come back as U+FFFD.
  if (LONE_SURROGATE.test(source)) return undefined;
  const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  const separator = delimiter.charCodeAt(0);
  const records: CsvTextRecord[] = [];
  const length = text.length;
  let line = 1;
  let at = 0;
  while (at < length) {
    const first = text.charCodeAt(at);
    if (first === LINE_FEED) {
      // A blank line.
      line++;
      at++;
      continue;
    }
    if (first === HASH) {
      // A comment line, quotes and all.
      const end = text.indexOf('\n', at);
      if (end < 0) break;
      line++;
      at = end + 1;
      continue;
    }
    const start = at;
    const startLine = line;
    const record: string[] = [];
    for (;;) {
      // One field, from `at`: spaces and tabs before it are trimmed.
      while (at < length && (text.charCodeAt(at) === SPACE || text.charCodeAt(at) === TAB)) at++;
      if (at < length && WHITE.test(text[at]!) && text.charCodeAt(at) !== LINE_FEED) return undefined;
      // Spaces before a `#` that opens the record: csv-parse reads a comment there.
      if (record.length === 0 && at > start && text.charCodeAt(at) === HASH) return undefined;
      if (record.length === 0 && at > start && (at >= length || text.charCodeAt(at) === LINE_FEED)) return undefined; // a line of spaces: csv-parse skips it as blank
      if (text.charCodeAt(at) === QUOTE) {
        const open = at;
        let value = '';
        let from = at + 1;
        for (;;) {
          const close = text.indexOf('"', from);
          if (close < 0) return undefined;
          value += text.slice(from, close);
          if (text.charCodeAt(close + 1) === QUOTE) {
            value += '"';
            from = close + 2;
            continue;
          }
          at = close + 1;
          break;
        }
        for (let i = open; i < at; i++) if (text.charCodeAt(i) === LINE_FEED) line++;
        record.push(value);
        const next = text.charCodeAt(at);
        if (at < length && next !== separator && next !== LINE_FEED) return undefined;
      } else {
        let end = at;
        while (end < length) {
          const c = text.charCodeAt(end);
          if (c === separator || c === LINE_FEED) break;
          if (c === QUOTE) return undefined;
          end++;
        }
        record.push(text.slice(at, end).trimEnd());
        at = end;
      }
      if (at >= length || text.charCodeAt(at) === LINE_FEED) break;
      at++; // the delimiter
    }
    records.push({ record, line: startLine, text: text.slice(start, at) });
    if (at < length) {
      line++;
      at++;
    }
  }
  return records;
}
