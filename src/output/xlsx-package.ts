import { closeSync, openSync } from 'node:fs';
import { isExcelDefinedName, isExcelSheetName, SHEET_NAME_RULE } from '../model/excel-names.js';
import { chartXml, drawingXml } from './chart-xml.js';
import { SharedStrings } from './shared-strings.js';
import {
  type CellStyle,
  type CellValue,
  columnLetter,
  sheetPrefix,
  type WorkbookModel,
  widthFor,
} from './sheet-model.js';
import { sheetRows, streamedWorksheet, worksheetXml } from './worksheet-xml.js';
import { StyleTable } from './xlsx-styles.js';
import { XML_DECLARATION, xmlText } from './xml-text.js';
import { type DeflatedEntry, deflateEntry, writeZip, ZipFileWriter, zipOf } from './zip-archive.js';

const RELATIONSHIP = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument';

/** A fixed document date, so the same inputs give the same workbook. */
const DOCUMENT_DATE = '2010-11-01T00:00:00Z';
const AUTHOR = 'exchange-vsphere-sizer';

function relationships(entries: readonly { id: string; type: string; target: string }[]): string {
  return (
    XML_DECLARATION +
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    entries
      .map(
        (e) =>
          `<Relationship Id="${e.id}" Type="${e.type.startsWith('http') ? e.type : `${RELATIONSHIP}/${e.type}`}" Target="${e.target}"/>`,
      )
      .join('') +
    '</Relationships>'
  );
}

function contentTypes(overrides: readonly [part: string, type: string][]): string {
  return (
    XML_DECLARATION +
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
    overrides.map(([part, type]) => `<Override PartName="/${part}" ContentType="${type}"/>`).join('') +
    '</Types>'
  );
}

/** Sheet names Excel takes, unique ignoring case (the option ids of data/options.csv are checked as they load). */
function checkSheetNames(names: readonly string[]): void {
  const seen = new Set<string>();
  for (const name of names) {
    if (!isExcelSheetName(name) || seen.has(name.toLowerCase()))
      throw new Error(`"${name}" cannot be a sheet name here: expected ${SHEET_NAME_RULE}, unique`);
    seen.add(name.toLowerCase());
  }
}

/** Defined names Excel takes, unique ignoring case. */
function checkDefinedNames(model: WorkbookModel): void {
  const seen = new Set<string>();
  for (const name of model.definedNames.keys()) {
    if (!isExcelDefinedName(name) || seen.has(name.toLowerCase()))
      throw new Error(`"${name}" cannot be a defined name in Excel: check the parameter and constant names in data/`);
    seen.add(name.toLowerCase());
  }
}

/** The model's defined names, and each sheet's print area, as workbook XML. */
function definedNamesXml(model: WorkbookModel, extents: readonly { lastRow: number; lastColumn: number }[]): string {
  // Each sheet's print area: its cells, and the rows its print settings add (charts below them).
  const printAreas = model.sheets.map((s, i) => {
    const { lastRow, lastColumn } = extents[i]!;
    return `<definedName name="_xlnm.Print_Area" localSheetId="${i}">${xmlText(`${sheetPrefix(s.name)}$A$1:$${columnLetter(lastColumn)}$${Math.max(lastRow, s.print.lastRow ?? 0)}`)}</definedName>`;
  });
  return [
    ...[...model.definedNames].map(
      ([name, reference]) => `<definedName name="${xmlText(name)}">${xmlText(reference)}</definedName>`,
    ),
    ...printAreas,
  ].join('');
}

function workbookXml(sheetNames: readonly string[], names: string): string {
  const sheets = sheetNames
    .map((name, i) => `<sheet name="${xmlText(name)}" sheetId="${i + 1}" r:id="rIdSheet${i + 1}"/>`)
    .join('');
  return (
    XML_DECLARATION +
    `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${RELATIONSHIP}">` +
    `<bookViews><workbookView activeTab="0"/></bookViews><sheets>${sheets}</sheets>` +
    (names ? `<definedNames>${names}</definedNames>` : '') +
    // Recalculate everything when opened: the cached values are the engine's, the formulas are the truth.
    '<calcPr calcId="191029" fullCalcOnLoad="1"/></workbook>'
  );
}

function documentProperties(sheetNames: readonly string[]): { core: string; app: string } {
  const titles = sheetNames.map((name) => `<vt:lpstr>${xmlText(name)}</vt:lpstr>`).join('');
  return {
    core:
      XML_DECLARATION +
      '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
      `<dc:creator>${AUTHOR}</dc:creator><cp:lastModifiedBy>${AUTHOR}</cp:lastModifiedBy>` +
      `<dcterms:created xsi:type="dcterms:W3CDTF">${DOCUMENT_DATE}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${DOCUMENT_DATE}</dcterms:modified></cp:coreProperties>`,
    app:
      XML_DECLARATION +
      '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
      `<Application>${AUTHOR}</Application><HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant><vt:variant><vt:i4>${sheetNames.length}</vt:i4></vt:variant></vt:vector></HeadingPairs><TitlesOfParts><vt:vector size="${sheetNames.length}" baseType="lpstr">${titles}</vt:vector></TitlesOfParts></Properties>`,
  };
}

/**
 * The parts every package has around its worksheets: styles, shared strings (when its cells share their text),
 * the workbook and its relationships, document properties and the content types, `types` holding the sheets' so far.
 */
function packageParts(
  parts: Map<string, string>,
  types: [string, string][],
  workbook: { sheetNames: readonly string[]; definedNames: string; styles: StyleTable; strings?: SharedStrings },
): void {
  const { sheetNames, strings } = workbook;
  parts.set('xl/styles.xml', workbook.styles.xml());
  types.push(['xl/styles.xml', `${CONTENT_TYPE}.spreadsheetml.styles+xml`]);
  if (strings) {
    parts.set('xl/sharedStrings.xml', strings.xml());
    types.push(['xl/sharedStrings.xml', `${CONTENT_TYPE}.spreadsheetml.sharedStrings+xml`]);
  }
  parts.set('xl/workbook.xml', workbookXml(sheetNames, workbook.definedNames));
  parts.set(
    'xl/_rels/workbook.xml.rels',
    relationships([
      ...sheetNames.map((_, i) => ({
        id: `rIdSheet${i + 1}`,
        type: 'worksheet',
        target: `worksheets/sheet${i + 1}.xml`,
      })),
      { id: 'rIdStyles', type: 'styles', target: 'styles.xml' },
      ...(strings ? [{ id: 'rIdStrings', type: 'sharedStrings', target: 'sharedStrings.xml' }] : []),
    ]),
  );
  const properties = documentProperties(sheetNames);
  parts.set('docProps/core.xml', properties.core);
  parts.set('docProps/app.xml', properties.app);
  types.push(
    ['docProps/core.xml', 'application/vnd.openxmlformats-package.core-properties+xml'],
    ['docProps/app.xml', `${CONTENT_TYPE}.extended-properties+xml`],
  );
  parts.set(
    '_rels/.rels',
    relationships([
      { id: 'rId1', type: 'officeDocument', target: 'xl/workbook.xml' },
      {
        id: 'rId2',
        type: 'http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties',
        target: 'docProps/core.xml',
      },
      { id: 'rId3', type: 'extended-properties', target: 'docProps/app.xml' },
    ]),
  );
  parts.set('[Content_Types].xml', contentTypes(types));
}

/** The parts' names in zip order: [Content_Types].xml first, as some readers expect; the rest sorted. */
function entryOrder(names: Iterable<string>): string[] {
  return [...names].sort((a, b) =>
    a === '[Content_Types].xml' ? -1 : b === '[Content_Types].xml' ? 1 : a < b ? -1 : a > b ? 1 : 0,
  );
}

/** The parts as zip entries, in zip order. */
function entriesOf(parts: ReadonlyMap<string, string>): { name: string; data: Buffer }[] {
  return entryOrder(parts.keys()).map((name) => ({ name, data: Buffer.from(parts.get(name)!, 'utf8') }));
}

/**
 * The workbook model as .xlsx bytes: one worksheet part per sheet (with the native charts it
 * declares), shared strings, styles, defined names and document properties, zipped with sorted
 * entries and a fixed date so the same inputs give the same bytes.
 *
 * @example
 * writeFileSync('comparison.xlsx', writeXlsx(buildWorkbook(evaluated, reference)));
 */
export function writeXlsx(model: WorkbookModel): Buffer {
  return writeZip(entriesOf(xlsxParts(model)));
}

/**
 * writeXlsx's bytes, each part deflated in the platform's thread pool as soon as it is written: the deflating (half
 * of the package's time) runs beside the writing of the later parts and of whatever the caller does next (issue 16).
 * The parts are written before it returns; the promise waits for the deflating.
 *
 * @example
 * const pending = writeXlsxInBackground(buildWorkbook(evaluated, reference)); // then other work, then
 * writeFileSync('comparison.xlsx', await pending);
 */
export function writeXlsxInBackground(model: WorkbookModel): Promise<Buffer> {
  const deflated = new Map<string, Promise<DeflatedEntry>>();
  const parts = xlsxParts(model, (name, xml) =>
    deflated.set(name, deflateEntry({ name, data: Buffer.from(xml, 'utf8') })),
  );
  const zipped = Promise.all(entryOrder(parts.keys()).map((name) => deflated.get(name)!)).then(zipOf);
  // Rejected only with the deflating; the caller's await sees it, no unhandled rejection in between.
  zipped.catch(() => undefined);
  return zipped;
}

/** The parts of a package by name; with `written`, each is handed to it as it is set and only its name kept. */
class Parts extends Map<string, string> {
  constructor(private readonly written?: (name: string, xml: string) => void) {
    super();
  }

  override set(name: string, xml: string): this {
    if (this.written === undefined) return super.set(name, xml);
    this.written(name, xml);
    return super.set(name, '');
  }
}

/** The parts of the package by name, each given to `written` as it is set. */
function xlsxParts(model: WorkbookModel, written?: (name: string, xml: string) => void): Map<string, string> {
  const sheetNames = model.sheets.map((s) => s.name);
  checkSheetNames(sheetNames);
  checkDefinedNames(model);
  const parts = new Parts(written);
  const types: [string, string][] = [['xl/workbook.xml', `${CONTENT_TYPE}.spreadsheetml.sheet.main+xml`]];
  const styles = new StyleTable();
  const strings = new SharedStrings();
  const extents: { lastRow: number; lastColumn: number }[] = [];
  model.sheets.forEach((sheet, i) => {
    const part = `xl/worksheets/sheet${i + 1}.xml`;
    const rows = sheetRows(sheet);
    extents.push(rows);
    parts.set(
      part,
      worksheetXml(
        sheet,
        styles,
        strings,
        { selected: i === 0, ...(sheet.charts.length > 0 ? { drawingId: 'rIdCharts' } : {}) },
        rows,
      ),
    );
    types.push([part, `${CONTENT_TYPE}.spreadsheetml.worksheet+xml`]);
  });
  // The charts a sheet declares, built on its cells so they follow the inputs: one drawing a sheet holds them.
  let chartCount = 0;
  let drawingCount = 0;
  model.sheets.forEach((sheet, i) => {
    if (sheet.charts.length === 0) return;
    const drawing = `xl/drawings/drawing${++drawingCount}.xml`;
    const charts = sheet.charts.map((chart) => ({
      part: `charts/chart${++chartCount}.xml`,
      xml: chartXml(chart, sheet),
    }));
    for (const chart of charts) {
      parts.set(`xl/${chart.part}`, chart.xml);
      types.push([`xl/${chart.part}`, `${CONTENT_TYPE}.drawingml.chart+xml`]);
    }
    parts.set(drawing, drawingXml(sheet.charts));
    types.push([drawing, `${CONTENT_TYPE}.drawing+xml`]);
    parts.set(
      `xl/drawings/_rels/drawing${drawingCount}.xml.rels`,
      relationships(charts.map((chart, c) => ({ id: `rId${c + 1}`, type: 'chart', target: `../${chart.part}` }))),
    );
    parts.set(
      `xl/worksheets/_rels/sheet${i + 1}.xml.rels`,
      relationships([{ id: 'rIdCharts', type: 'drawing', target: `../drawings/drawing${drawingCount}.xml` }]),
    );
  });

  packageParts(parts, types, { sheetNames, definedNames: definedNamesXml(model, extents), styles, strings });
  return parts;
}

/** The rows of a sheet written as they come: each row's values, all its cells of one look (none: the default). */
export interface XlsxRows {
  /** Adds rows below those added so far; waits while the file catches up. */
  add(rows: readonly { readonly values: readonly CellValue[]; readonly style?: CellStyle }[]): Promise<void>;
  /** Completes the workbook. */
  close(): Promise<void>;
  /** Stops after an error elsewhere: the file is left incomplete, for the caller to remove. */
  abort(): void;
}

/** Column widths that fit a header's texts, as the workbook's own columns fit theirs. */
const columnWidths = (header: readonly CellValue[]): number[] =>
  header.map((value) => widthFor(String(value ?? '').length));

/** The most rows an Excel sheet holds. */
const EXCEL_ROWS = 1_048_576;

/**
 * A workbook of one sheet written into a file row by row, through the same package as writeXlsx: the other parts
 * first, then the sheet's rows streamed through deflate into the zip, none kept (a sweep of any length in flat
 * memory), text inline. The looks of its cells are declared up front, since the styles part comes before the rows;
 * the fixed dates make the same rows give the same bytes.
 */
export async function openXlsxRows(
  path: string,
  sheet: { readonly name: string; readonly frozenRows: number; readonly styles: readonly CellStyle[] },
): Promise<XlsxRows> {
  checkSheetNames([sheet.name]);
  const styles = new StyleTable();
  const looks = new Map(sheet.styles.map((style) => [style, styles.indexOf({ value: null, style })]));
  const part = 'xl/worksheets/sheet1.xml';
  const parts = new Map<string, string>();
  const types: [string, string][] = [
    ['xl/workbook.xml', `${CONTENT_TYPE}.spreadsheetml.sheet.main+xml`],
    [part, `${CONTENT_TYPE}.spreadsheetml.worksheet+xml`],
  ];
  packageParts(parts, types, { sheetNames: [sheet.name], definedNames: '', styles });
  const fd = openSync(path, 'w');
  const zip = new ZipFileWriter(fd);
  let closed = false;
  const abort = () => {
    zip.abort();
    if (!closed) closeSync(fd);
    closed = true;
  };
  let row = 0;
  try {
    for (const entry of entriesOf(parts)) zip.add(entry);
    const rows = zip.openEntry(part);
    return {
      add: async (added) => {
        // The columns come before the rows: their widths follow the first row added (the header).
        let xml = row === 0 ? streamedWorksheet.start(sheet.frozenRows, columnWidths(added[0]?.values ?? [])) : '';
        for (const { values, style } of added) {
          const look = style === undefined ? 0 : looks.get(style);
          if (look === undefined) throw new Error(`${sheet.name}: the look ${style} was not declared before the rows`);
          if (++row > EXCEL_ROWS)
            throw new Error(`${sheet.name}: more than the ${EXCEL_ROWS} rows an Excel sheet holds`);
          xml += streamedWorksheet.row(row, values, look);
        }
        await rows.write(Buffer.from(xml, 'utf8'));
      },
      close: async () => {
        const start = row === 0 ? streamedWorksheet.start(sheet.frozenRows) : '';
        await rows.write(Buffer.from(start + streamedWorksheet.end(), 'utf8'));
        await rows.end();
        zip.finish();
        closed = true;
        closeSync(fd);
      },
      abort,
    };
  } catch (error) {
    abort();
    throw error;
  }
}
