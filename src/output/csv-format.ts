import { InputError, type InputIssue } from '../model/input-error.js';

/** How a CSV is written for the spreadsheet that opens it. */
export interface CsvFormat {
  /** Between cells: `,`, or `;` where Excel's list separator is (locales with a decimal comma), or a tab. */
  readonly delimiter: ',' | ';' | '\t';
  /** Numbers written `1403362,50`, as Excel reads them in a decimal-comma locale. */
  readonly decimalComma: boolean;
  /** A UTF-8 byte order mark first, so that Excel reads the file as UTF-8 and not in the system's code page. */
  readonly bom: boolean;
}

/** The default: RFC 4180 with a BOM, which Excel opens correctly wherever the decimal separator is a point. */
export const EXCEL_CSV: CsvFormat = { delimiter: ',', decimalComma: false, bom: true };

const DELIMITERS: Readonly<Record<string, CsvFormat['delimiter']>> = {
  ',': ',',
  ';': ';',
  '\t': '\t',
  tab: '\t',
  '\\t': '\t',
};

/** The decimal separator of a BCP 47 locale (`de-DE`, `fr`, `en-US`; `de_DE` too), or undefined if no locale of that name is known. */
function decimalSeparatorOf(locale: string): string | undefined {
  let tag: string;
  try {
    tag = Intl.getCanonicalLocales(locale.replaceAll('_', '-'))[0]!;
  } catch {
    return undefined;
  }
  if (Intl.NumberFormat.supportedLocalesOf([tag]).length === 0) return undefined;
  return new Intl.NumberFormat(tag).formatToParts(1.5).find((p) => p.type === 'decimal')?.value;
}

/** The settings `size` and `sweep` take on the command line: `--csv-locale`, `--delimiter`, `--decimal-comma`, `--no-bom`. */
export interface CsvFormatSettings {
  readonly locale?: string | undefined;
  readonly delimiter?: string | undefined;
  readonly decimalComma?: boolean | undefined;
  readonly bom?: boolean | undefined;
}

/**
 * The CSV format for the command-line settings: `locale` picks the decimal separator Excel uses there and
 * the list separator that goes with it (`;` with a decimal comma); `delimiter` and `decimalComma` set them
 * one by one. Throws an InputError naming the setting for an unknown locale or delimiter, or a decimal comma
 * with `,` between cells (Excel would split every number in two).
 *
 * @example
 * csvFormat({ locale: 'de-DE' }); // { delimiter: ';', decimalComma: true, bom: true }
 * csvFormat({});                  // EXCEL_CSV
 */
export function csvFormat(settings: CsvFormatSettings): CsvFormat {
  const issues: InputIssue[] = [];
  let { delimiter, decimalComma } = EXCEL_CSV;
  if (settings.locale !== undefined) {
    const separator = decimalSeparatorOf(settings.locale);
    if (separator === undefined)
      issues.push({
        file: 'command line',
        column: '--csv-locale',
        value: settings.locale,
        expected: 'a locale such as en-US, de-DE or fr-FR',
      });
    else if (separator === ',') [delimiter, decimalComma] = [';', true];
  }
  if (settings.delimiter !== undefined) {
    const chosen = DELIMITERS[settings.delimiter];
    if (chosen === undefined)
      issues.push({
        file: 'command line',
        column: '--delimiter',
        value: settings.delimiter,
        expected: "',', ';' or tab",
      });
    else delimiter = chosen;
  }
  if (settings.decimalComma !== undefined) decimalComma = settings.decimalComma;
  if (issues.length === 0 && decimalComma && delimiter === ',') {
    issues.push({
      file: 'command line',
      column: '--decimal-comma',
      value: 'with --delimiter ,',
      expected: "--delimiter ';' (or tab): a comma cannot both separate cells and decimals",
    });
  }
  if (issues.length > 0) throw new InputError(issues);
  return { delimiter, decimalComma, bom: settings.bom ?? EXCEL_CSV.bom };
}
