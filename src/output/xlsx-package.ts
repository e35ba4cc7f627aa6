import type { WorkbookModel } from './sheet-model.js';
import { readStoredZip, writeZip } from './zip-archive.js';
import { SUMMARY_ROWS } from '../options/summary-rows.js';
import { chartXml, drawingXml, SUMMARY_CHARTS, SUMMARY_HEADER_ROW } from './summary-charts.js';

const RELATIONSHIP = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

function relationships(entries: readonly { id: string; type: string; target: string }[]): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    entries.map((e) => `<Relationship Id="${e.id}" Type="${RELATIONSHIP}/${e.type}" Target="${e.target}"/>`).join('') +
    '</Relationships>'
  );
}

/**
 * Adds the native charts of the Summary sheet (exceljs writes none) to the package, then zips it
 * once, with sorted entries and a fixed date.
 */
export function finishPackage(bytes: Buffer, model: WorkbookModel): Buffer {
  const parts = new Map<string, string | Buffer>();
  for (const entry of readStoredZip(bytes)) parts.set(entry.name, entry.name.endsWith('.xml') || entry.name.endsWith('.rels') ? entry.data.toString('utf8') : entry.data);
  const charts = SUMMARY_CHARTS.map((chart, i) => ({ name: `xl/charts/chart${i + 1}.xml`, xml: chartXml(chart, model, model.optionCount) }));
  charts.forEach((c) => parts.set(c.name, c.xml));
  parts.set('xl/drawings/drawing1.xml', drawingXml(charts.length, SUMMARY_HEADER_ROW + SUMMARY_ROWS.length + 2));
  parts.set('xl/drawings/_rels/drawing1.xml.rels', relationships(charts.map((c, i) => ({ id: `rId${i + 1}`, type: 'chart', target: `../charts/chart${i + 1}.xml` }))));
  parts.set('xl/worksheets/_rels/sheet1.xml.rels', relationships([{ id: 'rIdCharts', type: 'drawing', target: '../drawings/drawing1.xml' }]));
  const sheet = String(parts.get('xl/worksheets/sheet1.xml'));
  parts.set('xl/worksheets/sheet1.xml', sheet.replace('</worksheet>', '<drawing r:id="rIdCharts"/></worksheet>'));
  const types = String(parts.get('[Content_Types].xml'));
  const overrides =
    '<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>' +
    charts.map((c) => `<Override PartName="/${c.name}" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>`).join('');
  parts.set('[Content_Types].xml', types.replace('</Types>', `${overrides}</Types>`));

  return writeZip([...parts.keys()].sort().map((name) => {
    const part = parts.get(name)!;
    return { name, data: typeof part === 'string' ? Buffer.from(part, 'utf8') : part };
  }));
}
