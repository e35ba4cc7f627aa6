import { SUMMARY_ROWS } from '../options/summary-rows.js';
import type { WorkbookModel } from './sheet-model.js';
import { columnLetter, sheetPrefix } from './sheet-model.js';
import { SHEETS } from './workbook-layout.js';
import { XML_DECLARATION, xmlText } from './xml-text.js';

/** A native chart of the Summary sheet: bars over rows of the summary, one series per row. */
export interface SummaryChart {
  readonly title: string;
  readonly stacked: boolean;
  /** Figure ids (summary.csv columns) of the rows plotted, one series each. */
  readonly series: readonly string[];
  readonly numberFormat: string;
}

/** The charts on the Summary sheet, built on its cells so they follow the inputs. */
export const SUMMARY_CHARTS: readonly SummaryChart[] = [
  { title: 'TCO per mailbox by option', stacked: false, series: ['costPerMailbox'], numberFormat: '#,##0' },
  {
    title: 'Capital cost by category',
    stacked: true,
    series: ['hostCost', 'storageCost', 'licenceCost'],
    numberFormat: '#,##0',
  },
  { title: 'Hosts per site', stacked: false, series: ['primaryHosts', 'drHosts'], numberFormat: '0' },
];

/**
 * Each series' fill, in order (Office's first accent colours): the package has no theme to take
 * default colours from, and LibreOffice draws a series without a fill as nothing.
 */
export const SERIES_COLOURS = ['4472C4', 'ED7D31', 'A5A5A5'] as const;

/** Summary layout shared with build-workbook: option names in row 4 from column C, figures from row 5. */
export const SUMMARY_HEADER_ROW = 4;
/** Option ids above the names: short labels for the charts' categories. */
export const SUMMARY_ID_ROW = 3;
export const SUMMARY_FIRST_COLUMN = 3;
export function summaryRowOf(key: string): number {
  const index = SUMMARY_ROWS.findIndex((r) => r.key === key);
  if (index < 0) throw new Error(`no summary row ${key}: see src/options/summary-rows.ts`);
  return SUMMARY_HEADER_ROW + 1 + index;
}
/** Rows one chart takes, and the gap under it. */
const CHART_ROWS = 18;
/** The first row (from 0, as the drawing counts) of the charts: two rows under the summary table. */
const CHARTS_FIRST_ROW = SUMMARY_HEADER_ROW + SUMMARY_ROWS.length + 2;
/** How the Summary prints: the table on its own page, the charts from the next one. */
export const SUMMARY_PRINT = {
  breakBeforeRow: CHARTS_FIRST_ROW + 1,
  lastRow: CHARTS_FIRST_ROW + SUMMARY_CHARTS.length * (CHART_ROWS + 1),
} as const;

function cache(kind: 'str' | 'num', values: readonly (string | number | boolean | null)[], format?: string): string {
  // A number missing from the Summary is a gap in the chart (dispBlanksAs="gap"), not a zero.
  const points = values
    .map((v, i) =>
      v === null && kind === 'num' ? '' : `<c:pt idx="${i}"><c:v>${xmlText(String(v ?? ''))}</c:v></c:pt>`,
    )
    .join('');
  return `<c:${kind}Cache>${format ? `<c:formatCode>${xmlText(format)}</c:formatCode>` : ''}<c:ptCount val="${values.length}"/>${points}</c:${kind}Cache>`;
}

/** The DrawingML of one chart, its references into the Summary sheet and their cached values. */
export function chartXml(chart: SummaryChart, model: WorkbookModel, options: number): string {
  const summary = model.sheets.find((s) => s.name === SHEETS.summary)!;
  const last = SUMMARY_FIRST_COLUMN + options - 1;
  const row = (r: number) =>
    Array.from(
      { length: options },
      (_, i) => summary.cells.get(`${columnLetter(SUMMARY_FIRST_COLUMN + i)}${r}`)?.value ?? null,
    );
  const categories = `<c:cat><c:strRef><c:f>${xmlText(rangeAcross(SUMMARY_ID_ROW, last))}</c:f>${cache('str', row(SUMMARY_ID_ROW))}</c:strRef></c:cat>`;
  const series = chart.series
    .map((key, i) => {
      const r = summaryRowOf(key);
      const name = `<c:tx><c:strRef><c:f>${xmlText(`${sheetPrefix(SHEETS.summary)}$A$${r}`)}</c:f>${cache('str', [summary.cells.get(`A${r}`)?.value ?? key])}</c:strRef></c:tx>`;
      const values = `<c:val><c:numRef><c:f>${xmlText(rangeAcross(r, last))}</c:f>${cache('num', row(r), chart.numberFormat)}</c:numRef></c:val>`;
      const fill = `<c:spPr><a:solidFill><a:srgbClr val="${SERIES_COLOURS[i % SERIES_COLOURS.length]}"/></a:solidFill></c:spPr>`;
      return `<c:ser><c:idx val="${i}"/><c:order val="${i}"/>${name}${fill}<c:invertIfNegative val="0"/>${categories}${values}</c:ser>`;
    })
    .join('');
  const title = `<c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>${xmlText(chart.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>`;
  const bars = `<c:barChart><c:barDir val="col"/><c:grouping val="${chart.stacked ? 'stacked' : 'clustered'}"/><c:varyColors val="0"/>${series}<c:gapWidth val="80"/>${chart.stacked ? '<c:overlap val="100"/>' : ''}<c:axId val="1001"/><c:axId val="1002"/></c:barChart>`;
  const axes =
    '<c:catAx><c:axId val="1001"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:numFmt formatCode="General" sourceLinked="0"/><c:tickLblPos val="nextTo"/><c:crossAx val="1002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/></c:catAx>' +
    `<c:valAx><c:axId val="1002"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:majorGridlines/><c:numFmt formatCode="${xmlText(chart.numberFormat)}" sourceLinked="0"/><c:tickLblPos val="nextTo"/><c:crossAx val="1001"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>`;
  return (
    XML_DECLARATION +
    '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    `<c:roundedCorners val="0"/><c:chart>${title}<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>${bars}${axes}</c:plotArea>` +
    `${chart.series.length > 1 ? '<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend>' : ''}<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>`
  );
}

function rangeAcross(row: number, lastColumn: number): string {
  return `${sheetPrefix(SHEETS.summary)}$${columnLetter(SUMMARY_FIRST_COLUMN)}$${row}:$${columnLetter(lastColumn)}$${row}`;
}

/** The drawing that anchors the charts below the summary table, one under the other. */
export function drawingXml(charts: number, firstRow = CHARTS_FIRST_ROW): string {
  const height = CHART_ROWS;
  const anchors = Array.from({ length: charts }, (_, i) => {
    const from = firstRow + i * (height + 1);
    return (
      `<xdr:twoCellAnchor editAs="oneCell"><xdr:from><xdr:col>0</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${from}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>` +
      `<xdr:to><xdr:col>6</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${from + height}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>` +
      `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="Chart ${i + 1}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
      '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">' +
      `<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" r:id="rId${i + 1}"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
    );
  }).join('');
  return (
    XML_DECLARATION +
    '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    `${anchors}</xdr:wsDr>`
  );
}
