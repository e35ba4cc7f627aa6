import { describe, expect, it } from 'vitest';
import { evaluateComparison } from '../src/options/compare-options.js';
import { SUMMARY_ROWS } from '../src/options/summary-rows.js';
import { buildWorkbook } from '../src/output/build-workbook.js';
import { SERIES_COLOURS } from '../src/output/chart-xml.js';
import { writeXlsx } from '../src/output/xlsx-package.js';
import {
  convertWithLibreOffice,
  hasLibreOffice,
  hasPdftoppm,
  pagePixels,
  pixelsOfColour,
} from './oracle/libreoffice.js';
import { cachedDisagreements, rawFromModel, rawFromXlsx } from './oracle/recalculate.js';
import { reference } from './reference.js';
import { shipped, withInputs } from './shipped.js';
import { WORKBOOK_TIMEOUT } from './timeouts.js';

// `npm run verify:libreoffice` sets VERIFY_LIBREOFFICE=1: then a missing LibreOffice is a failure.
const required = process.env.VERIFY_LIBREOFFICE === '1';

describe('a second opinion from LibreOffice', () => {
  it.runIf(hasLibreOffice() || required)(
    'LibreOffice recalculates the shipped workbook to the engine figures',
    async () => {
      const model = buildWorkbook(evaluateComparison(shipped, reference), reference);
      const engine = rawFromModel(model);
      const recalculated = await rawFromXlsx(convertWithLibreOffice(await writeXlsx(model), 'xlsx'));
      const differences = cachedDisagreements(engine.cached, recalculated.cached);
      console.log(
        `LibreOffice recalculated ${engine.cached.size} formula cells; ${differences.length} differ from the engine${differences.length ? `:\n${differences.join('\n')}` : '.'}`,
      );
      expect(differences).toEqual([]);
    },
    240_000,
  );
});

describe('mailbox growth in LibreOffice (issue 13)', () => {
  it.runIf(hasLibreOffice() || required)(
    'LibreOffice recalculates POWER and the end-of-horizon sizing of growing tiers to the engine figures',
    async () => {
      // 10 % and 7 % a year over 5 years: 16,000 x 1.1^5 = 25,768.16 and 500 x 1.07^5 = 701.275..., both rounded up.
      const growing = withInputs(
        { tco_years: 5 },
        shipped.tiers.map((t, i) => ({ ...t, mailbox_growth_pct: i === 0 ? 10 : 7 })),
      );
      const model = buildWorkbook(evaluateComparison(growing, reference), reference);
      const engine = rawFromModel(model);
      const recalculated = await rawFromXlsx(convertWithLibreOffice(await writeXlsx(model), 'xlsx'));
      expect(cachedDisagreements(engine.cached, recalculated.cached)).toEqual([]);
    },
    240_000,
  );
});

describe('native charts on the Summary sheet', () => {
  it(
    'are chart parts over the Summary cells, with cached values',
    async () => {
      const JSZip = (await import('jszip')).default;
      const zip = await JSZip.loadAsync(
        await writeXlsx(buildWorkbook(evaluateComparison(shipped, reference), reference)),
      );
      const charts = Object.keys(zip.files)
        .filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f))
        .sort();
      expect(charts).toEqual(['xl/charts/chart1.xml', 'xl/charts/chart2.xml', 'xl/charts/chart3.xml']);
      const costPerMailbox = await zip.file('xl/charts/chart1.xml')!.async('string');
      const row = 5 + SUMMARY_ROWS.findIndex((r) => r.key === 'costPerMailbox');
      // Eight options: columns C to J.
      expect(costPerMailbox).toContain(`<c:f>'Summary'!$C$${row}:$J$${row}</c:f>`);
      expect(costPerMailbox).toContain("<c:f>'Summary'!$C$3:$J$3</c:f>");
      expect(await zip.file('xl/worksheets/sheet1.xml')!.async('string')).toContain('<drawing r:id="rIdCharts"/>');
      expect(await zip.file('[Content_Types].xml')!.async('string')).toContain('drawingml.chart+xml');
    },
    WORKBOOK_TIMEOUT,
  );

  it.runIf(hasLibreOffice() || required)(
    'LibreOffice opens the workbook with its charts and renders the Summary sheet',
    async () => {
      const JSZip = (await import('jszip')).default;
      const bytes = await writeXlsx(buildWorkbook(evaluateComparison(shipped, reference), reference));
      const pdf = convertWithLibreOffice(bytes, 'pdf');
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      // The bars are drawn: the second page (the table prints on the first, the charts from the next), as pixels,
      // holds every series colour (a series without a fill draws nothing).
      if (hasPdftoppm()) {
        const page = pagePixels(pdf, 2);
        for (const colour of SERIES_COLOURS)
          expect(pixelsOfColour(page, colour), `pixels of #${colour}`).toBeGreaterThan(200);
      }
      const resaved = await JSZip.loadAsync(convertWithLibreOffice(bytes, 'xlsx'));
      expect(Object.keys(resaved.files).filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f))).toHaveLength(3);
    },
    240_000,
  );
});
