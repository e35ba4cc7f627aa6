import type { CellValue, ChartModel, SheetModel } from './sheet-model.js';
import { cellAddress, sheetPrefix } from './sheet-model.js';
import { cellPosition } from './worksheet-xml.js';
import { XML_DECLARATION, xmlText } from './xml-text.js';

/**
 * Each series' fill, in order (Office's first accent colours): the package has no theme to take
 * default colours from, and LibreOffice draws a series without a fill as nothing.
 */
export const SERIES_COLOURS = ['4472C4', 'ED7D31', 'A5A5A5'] as const;

/** The addresses of a range of the sheet (`C3:I3`), row by row. */
function addressesOf(sheet: SheetModel, range: string): string[] {
  const [from, to = from] = range.split(':') as [string, string?];
  const first = cellPosition(sheet.name, from);
  const last = cellPosition(sheet.name, to);
  const addresses: string[] = [];
  for (let row = first.row; row <= last.row; row++)
    for (let column = first.column; column <= last.column; column++) addresses.push(cellAddress(row, column));
  return addresses;
}

/** A range of the sheet as a chart refers to it: `'Summary'!$C$3:$I$3`. */
function reference(sheet: SheetModel, range: string): string {
  return sheetPrefix(sheet.name) + range.replace(/([A-Z]+)(\d+)/g, '$$$1$$$2');
}

function cache(kind: 'str' | 'num', values: readonly CellValue[], format?: string): string {
  // A number missing from the sheet is a gap in the chart (dispBlanksAs="gap"), not a zero.
  const points = values
    .map((v, i) =>
      v === null && kind === 'num' ? '' : `<c:pt idx="${i}"><c:v>${xmlText(String(v ?? ''))}</c:v></c:pt>`,
    )
    .join('');
  return `<c:${kind}Cache>${format ? `<c:formatCode>${xmlText(format)}</c:formatCode>` : ''}<c:ptCount val="${values.length}"/>${points}</c:${kind}Cache>`;
}

/** The DrawingML of one chart of `sheet`: its references into the sheet and the values cached from its cells. */
export function chartXml(chart: ChartModel, sheet: SheetModel): string {
  const values = (range: string) => addressesOf(sheet, range).map((a) => sheet.cells.get(a)?.value ?? null);
  const categories = `<c:cat><c:strRef><c:f>${xmlText(reference(sheet, chart.categories))}</c:f>${cache('str', values(chart.categories))}</c:strRef></c:cat>`;
  const series = chart.series
    .map((s, i) => {
      const name = `<c:tx><c:strRef><c:f>${xmlText(reference(sheet, s.name))}</c:f>${cache('str', values(s.name))}</c:strRef></c:tx>`;
      const numbers = `<c:val><c:numRef><c:f>${xmlText(reference(sheet, s.values))}</c:f>${cache('num', values(s.values), chart.numberFormat)}</c:numRef></c:val>`;
      const fill = `<c:spPr><a:solidFill><a:srgbClr val="${SERIES_COLOURS[i % SERIES_COLOURS.length]}"/></a:solidFill></c:spPr>`;
      return `<c:ser><c:idx val="${i}"/><c:order val="${i}"/>${name}${fill}<c:invertIfNegative val="0"/>${categories}${numbers}</c:ser>`;
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

/** The drawing that anchors a sheet's charts where each says, the nth referring to its chart as `rId<n>`. */
export function drawingXml(charts: readonly ChartModel[]): string {
  const anchors = charts
    .map(({ anchor }, i) => {
      const corner = (tag: string, row: number, column: number) =>
        `<xdr:${tag}><xdr:col>${column}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
      return (
        `<xdr:twoCellAnchor editAs="oneCell">${corner('from', anchor.fromRow, anchor.fromColumn)}${corner('to', anchor.toRow, anchor.toColumn)}` +
        `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="Chart ${i + 1}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
        '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">' +
        `<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" r:id="rId${i + 1}"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
      );
    })
    .join('');
  return (
    XML_DECLARATION +
    '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    `${anchors}</xdr:wsDr>`
  );
}
