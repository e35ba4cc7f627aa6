import type { CellModel, CellStyle } from './sheet-model.js';
import { XML_DECLARATION, xmlText } from './xml-text.js';

/** Fonts, fills and borders of the workbook, by index as styles.xml lists them. */
const FONTS = [
  '<sz val="11"/><name val="Calibri"/><family val="2"/>',
  '<b/><sz val="14"/><name val="Calibri"/><family val="2"/>',
  '<b/><sz val="11"/><name val="Calibri"/><family val="2"/>',
  '<sz val="11"/><color rgb="FF595959"/><name val="Calibri"/><family val="2"/>',
];
const FILLS = [
  '<patternFill patternType="none"/>',
  '<patternFill patternType="gray125"/>',
  ...['FFFFF2CC', 'FFD9E1F2', 'FFF2F2F2', 'FFEDEDED'].map(
    (rgb) => `<patternFill patternType="solid"><fgColor rgb="${rgb}"/><bgColor indexed="64"/></patternFill>`,
  ),
];
const INPUT_EDGE = '<color rgb="FFBF9000"/>';
const BORDERS = [
  '<left/><right/><top/><bottom/><diagonal/>',
  ['left', 'right', 'top', 'bottom'].map((side) => `<${side} style="thin">${INPUT_EDGE}</${side}>`).join('') +
    '<diagonal/>',
];

/** How each kind of cell looks: indexes into the lists above; inputs alone are unlocked. */
const LOOKS: Record<
  CellStyle,
  { font: number; fill: number; border: number; wrapTop?: boolean; indent?: boolean; unlocked?: boolean }
> = {
  title: { font: 1, fill: 0, border: 0 },
  subtitle: { font: 2, fill: 5, border: 0 },
  header: { font: 2, fill: 3, border: 0, wrapTop: true },
  heading: { font: 2, fill: 0, border: 0 },
  label: { font: 0, fill: 0, border: 0 },
  input: { font: 0, fill: 2, border: 1, unlocked: true },
  computed: { font: 0, fill: 0, border: 0 },
  reference: { font: 0, fill: 4, border: 0 },
  unit: { font: 3, fill: 0, border: 0 },
  // Notes stand one indent off the numbers they follow (the Summary's figure ids, the sheets' sources).
  note: { font: 3, fill: 0, border: 0, indent: true },
};

/** Number formats Excel knows by number (ECMA-376 part 1, 18.8.30); others are declared from 164 on. */
const BUILT_IN_FORMATS: Record<string, number> = { '0': 1, '0.00': 2, '#,##0': 3, '#,##0.00': 4, '0%': 9, '0.00%': 10 };
const FIRST_CUSTOM_FORMAT = 164;

/** The cell formats (xf records) a workbook uses, numbered as cells are styled: styles.xml follows from it. */
export class StyleTable {
  /** By style, then number format ('' for none): no key text made per cell (issue 16). */
  private readonly indexes = new Map<CellStyle, Map<string, number>>();
  private readonly records: string[] = ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'];
  private readonly customFormats = new Map<string, number>();

  /** The xf index of a cell's look and number format. */
  indexOf(cell: CellModel): number {
    let formats = this.indexes.get(cell.style);
    if (formats === undefined) this.indexes.set(cell.style, (formats = new Map()));
    const key = cell.numFmt ?? '';
    let index = formats.get(key);
    if (index === undefined) {
      index = this.records.push(this.record(cell.style, cell.numFmt)) - 1;
      formats.set(key, index);
    }
    return index;
  }

  private formatId(format: string | undefined): number {
    if (format === undefined) return 0;
    const builtIn = BUILT_IN_FORMATS[format];
    if (builtIn !== undefined) return builtIn;
    let id = this.customFormats.get(format);
    if (id === undefined) this.customFormats.set(format, (id = FIRST_CUSTOM_FORMAT + this.customFormats.size));
    return id;
  }

  private record(style: CellStyle, format: string | undefined): string {
    const look = LOOKS[style];
    const numFmtId = this.formatId(format);
    const applies = [
      numFmtId ? ' applyNumberFormat="1"' : '',
      look.font ? ' applyFont="1"' : '',
      look.fill ? ' applyFill="1"' : '',
      look.border ? ' applyBorder="1"' : '',
      look.wrapTop || look.indent ? ' applyAlignment="1"' : '',
      look.unlocked ? ' applyProtection="1"' : '',
    ].join('');
    const children =
      (look.wrapTop ? '<alignment vertical="top" wrapText="1"/>' : '') +
      (look.indent ? '<alignment horizontal="left" indent="1"/>' : '') +
      (look.unlocked ? '<protection locked="0"/>' : '');
    const open = `<xf numFmtId="${numFmtId}" fontId="${look.font}" fillId="${look.fill}" borderId="${look.border}" xfId="0"${applies}`;
    return children ? `${open}>${children}</xf>` : `${open}/>`;
  }

  /** The styles part, once every cell has been styled. */
  xml(): string {
    const list = (tag: string, items: readonly string[]) =>
      `<${tag}s count="${items.length}">${items.map((i) => `<${tag}>${i}</${tag}>`).join('')}</${tag}s>`;
    const formats = [...this.customFormats].map(
      ([code, id]) => `<numFmt numFmtId="${id}" formatCode="${xmlText(code)}"/>`,
    );
    return (
      XML_DECLARATION +
      '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      (formats.length > 0 ? `<numFmts count="${formats.length}">${formats.join('')}</numFmts>` : '') +
      list('font', FONTS) +
      list('fill', FILLS) +
      list('border', BORDERS) +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      `<cellXfs count="${this.records.length}">${this.records.join('')}</cellXfs>` +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      // The one highlight of conditional formatting: bold dark green on light green (the cheapest valid option).
      '<dxfs count="1"><dxf><font><b/><color rgb="FF006100"/></font><fill><patternFill><bgColor rgb="FFC6EFCE"/></patternFill></fill></dxf></dxfs><tableStyles count="0"/></styleSheet>'
    );
  }
}
