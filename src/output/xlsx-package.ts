import JSZip from 'jszip';
import type { WorkbookModel } from './sheet-model.js';
import { SUMMARY_ROWS } from './summary-rows.js';
import { chartXml, drawingXml, SUMMARY_CHARTS, SUMMARY_HEADER_ROW } from './summary-charts.js';

/** The date every zip entry carries, so the same inputs give the same bytes. */
const ZIP_DATE = new Date(Date.UTC(2010, 10, 1));
const RELATIONSHIP = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

function relationships(entries: readonly { id: string; type: string; target: string }[]): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    entries.map((e) => `<Relationship Id="${e.id}" Type="${RELATIONSHIP}/${e.type}" Target="${e.target}"/>`).join('') +
    '</Relationships>'
  );
}

/**
 * Adds the native charts of the Summary sheet (exceljs writes none) to the package, then re-zips it
 * with sorted entries and a fixed date.
 */
export async function finishPackage(bytes: Buffer, model: WorkbookModel): Promise<Buffer> {
  const source = await JSZip.loadAsync(bytes);
  const parts = new Map<string, string | Uint8Array>();
  for (const name of Object.keys(source.files).sort()) {
    const file = source.files[name]!;
    if (!file.dir) parts.set(name, name.endsWith('.xml') || name.endsWith('.rels') ? await file.async('string') : await file.async('uint8array'));
  }
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

  const zip = new JSZip();
  for (const name of [...parts.keys()].sort()) zip.file(name, parts.get(name)!, { date: ZIP_DATE, createFolders: false });
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 3 }, platform: 'DOS' });
}
