import { isExcelDefinedName, isExcelSheetName, SHEET_NAME_RULE } from '../model/excel-names.js';
import { chartXml, drawingXml } from './chart-xml.js';
import { SharedStrings } from './shared-strings.js';
import { columnLetter, sheetPrefix, type WorkbookModel } from './sheet-model.js';
import { extentOf, worksheetXml } from './worksheet-xml.js';
import { StyleTable } from './xlsx-styles.js';
import { XML_DECLARATION, xmlText } from './xml-text.js';
import { writeZip } from './zip-archive.js';

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
function checkSheetNames(model: WorkbookModel): void {
  const seen = new Set<string>();
  for (const { name } of model.sheets) {
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

function workbookXml(model: WorkbookModel): string {
  const sheets = model.sheets
    .map((s, i) => `<sheet name="${xmlText(s.name)}" sheetId="${i + 1}" r:id="rIdSheet${i + 1}"/>`)
    .join('');
  // Each sheet's print area: its cells, and the rows its print settings add (charts below them).
  const printAreas = model.sheets.map((s, i) => {
    const { lastRow, lastColumn } = extentOf(s);
    return `<definedName name="_xlnm.Print_Area" localSheetId="${i}">${xmlText(`${sheetPrefix(s.name)}$A$1:$${columnLetter(lastColumn)}$${Math.max(lastRow, s.print.lastRow ?? 0)}`)}</definedName>`;
  });
  const names = [
    ...[...model.definedNames].map(
      ([name, reference]) => `<definedName name="${xmlText(name)}">${xmlText(reference)}</definedName>`,
    ),
    ...printAreas,
  ].join('');
  return (
    XML_DECLARATION +
    `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${RELATIONSHIP}">` +
    `<bookViews><workbookView activeTab="0"/></bookViews><sheets>${sheets}</sheets>` +
    (names ? `<definedNames>${names}</definedNames>` : '') +
    // Recalculate everything when opened: the cached values are the engine's, the formulas are the truth.
    '<calcPr calcId="191029" fullCalcOnLoad="1"/></workbook>'
  );
}

function documentProperties(model: WorkbookModel): { core: string; app: string } {
  const titles = model.sheets.map((s) => `<vt:lpstr>${xmlText(s.name)}</vt:lpstr>`).join('');
  return {
    core:
      XML_DECLARATION +
      '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
      `<dc:creator>${AUTHOR}</dc:creator><cp:lastModifiedBy>${AUTHOR}</cp:lastModifiedBy>` +
      `<dcterms:created xsi:type="dcterms:W3CDTF">${DOCUMENT_DATE}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${DOCUMENT_DATE}</dcterms:modified></cp:coreProperties>`,
    app:
      XML_DECLARATION +
      '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
      `<Application>${AUTHOR}</Application><HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant><vt:variant><vt:i4>${model.sheets.length}</vt:i4></vt:variant></vt:vector></HeadingPairs><TitlesOfParts><vt:vector size="${model.sheets.length}" baseType="lpstr">${titles}</vt:vector></TitlesOfParts></Properties>`,
  };
}

/**
 * The workbook model as .xlsx bytes: one worksheet part per sheet (with the native charts it
 * declares), shared strings, styles, defined names and document properties, zipped with sorted
 * entries and a fixed date so the same inputs give the same bytes.
 */
export function writeXlsx(model: WorkbookModel): Buffer {
  checkSheetNames(model);
  checkDefinedNames(model);
  const parts = new Map<string, string>();
  const types: [string, string][] = [['xl/workbook.xml', `${CONTENT_TYPE}.spreadsheetml.sheet.main+xml`]];
  const styles = new StyleTable();
  const strings = new SharedStrings();
  model.sheets.forEach((sheet, i) => {
    const part = `xl/worksheets/sheet${i + 1}.xml`;
    parts.set(
      part,
      worksheetXml(sheet, styles, strings, {
        selected: i === 0,
        ...(sheet.charts.length > 0 ? { drawingId: 'rIdCharts' } : {}),
      }),
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

  parts.set('xl/styles.xml', styles.xml());
  types.push(['xl/styles.xml', `${CONTENT_TYPE}.spreadsheetml.styles+xml`]);
  parts.set('xl/sharedStrings.xml', strings.xml());
  types.push(['xl/sharedStrings.xml', `${CONTENT_TYPE}.spreadsheetml.sharedStrings+xml`]);
  parts.set('xl/workbook.xml', workbookXml(model));
  parts.set(
    'xl/_rels/workbook.xml.rels',
    relationships([
      ...model.sheets.map((_, i) => ({
        id: `rIdSheet${i + 1}`,
        type: 'worksheet',
        target: `worksheets/sheet${i + 1}.xml`,
      })),
      { id: 'rIdStyles', type: 'styles', target: 'styles.xml' },
      { id: 'rIdStrings', type: 'sharedStrings', target: 'sharedStrings.xml' },
    ]),
  );
  const properties = documentProperties(model);
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
  // [Content_Types].xml first, as some readers expect; the rest sorted.
  const names = [...parts.keys()].sort((a, b) =>
    a === '[Content_Types].xml' ? -1 : b === '[Content_Types].xml' ? 1 : a < b ? -1 : a > b ? 1 : 0,
  );
  return writeZip(names.map((name) => ({ name, data: Buffer.from(parts.get(name)!, 'utf8') })));
}
