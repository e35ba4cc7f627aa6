import { Decimal } from 'decimal.js';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { isFigureId, toFigureId } from '../src/model/figure-ids.js';
import { type EvaluatedComparison, evaluateComparison } from '../src/options/compare-options.js';
import { optionsModel } from '../src/options/options-model.js';
import { buildWorkbook } from '../src/output/build-workbook.js';
import { columnLetter } from '../src/output/sheet-model.js';
import { writeXlsx } from '../src/output/xlsx-package.js';
import { reference } from './reference.js';
import { shipped } from './shipped.js';
import { WORKBOOK_TIMEOUT } from './timeouts.js';

let evaluated: EvaluatedComparison;
let workbook: ExcelJS.Workbook;

beforeAll(async () => {
  evaluated = evaluateComparison(shipped, reference);
  workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await writeXlsx(buildWorkbook(evaluated, reference))) as unknown as ExcelJS.Buffer);
}, WORKBOOK_TIMEOUT);

/** exceljs reads a cached 0 back as no result. */
const cached = (cell: ExcelJS.Cell) => (cell.value as ExcelJS.CellFormulaValue).result ?? null;

function expectSameValue(actual: unknown, engine: unknown, where: string): void {
  if (engine instanceof Decimal) {
    const expected = engine.toNumber();
    const got = Number(actual ?? 0);
    expect(Math.abs(got - expected), where).toBeLessThanOrEqual(Math.abs(expected) * 1e-12);
  } else if (typeof engine === 'boolean')
    expect(actual ?? 0, where).toBe(engine ? 1 : 0); // a flag caches 1 or 0
  else expect(actual, where).toBe(engine);
}

describe('comparison.xlsx read back with exceljs', () => {
  it('has the summary, inputs, sizing, one sheet per option, network, licences and assumptions', () => {
    expect(workbook.worksheets.map((w) => w.name)).toEqual([
      'Summary',
      'Inputs',
      'Sizing',
      'Tiers',
      'Workloads',
      ...evaluated.optionIds,
      'Network',
      'Licences',
      'Layout',
      'Assumptions',
    ]);
  });

  it('every option figure is a live formula whose cached value is the engine figure', () => {
    let checked = 0;
    for (const option of evaluated.optionIds) {
      const sheet = workbook.getWorksheet(option)!;
      sheet.eachRow((row) => {
        const id = row.getCell(5).value;
        const figure = typeof id === 'string' && isFigureId(id) ? optionsModel.figures.get(id) : undefined;
        if (figure?.scope !== 'option') return;
        const cell = row.getCell(2);
        expect(cell.formula, `${option} ${figure.id}`).toBeTruthy();
        expect(cell.formula.startsWith('=')).toBe(false);
        expectSameValue(
          cached(cell),
          evaluated.evaluation.figure(toFigureId(figure.id), { option }),
          `${option} ${figure.id}`,
        );
        checked++;
      });
    }
    expect(checked).toBe(
      evaluated.optionIds.length * [...optionsModel.figures.values()].filter((f) => f.scope === 'option').length,
    );
  });

  it('the summary refers to the option sheets, so it recomputes with them', () => {
    const summary = workbook.getWorksheet('Summary')!;
    // The label names its period and is a formula over tco_years (issue 12): exceljs gives it as { formula, result }.
    const tcoRow = summary
      .getColumn(1)
      .values.findIndex(
        (v) => typeof v === 'object' && v !== null && 'result' in v && v.result === 'Total cost of ownership, 3 years',
      );
    const dagColumn = 3 + evaluated.optionIds.indexOf('dag');
    const cell = summary.getCell(tcoRow, dagColumn);
    expect(cell.formula).toMatch(/^'dag'!\$B\$\d+$/);
    expect(cached(cell)).toBe(Number(evaluated.comparison.options.find((o) => o.id === 'dag')!.cost.tco));
  });

  it('inputs are named, editable and validated; every other cell is locked', () => {
    const names = workbook.definedNames.model.map((n) => n.name);
    for (const definition of reference.scenarioParameters) expect(names).toContain(`in_${definition.name}`);
    const inputs = workbook.getWorksheet('Inputs')!;
    const copies = inputs.getCell('B5');
    expect(inputs.getCell('A5').value).toBe('dag_copies');
    expect(copies.protection?.locked).toBe(false);
    // A whole number from 2 to 16, and the copies of a database within the limit (issue 12: the design check's rule);
    // an input left blank counts as its default, as reading the workbook back takes it.
    expect(copies.dataValidation).toMatchObject({
      type: 'custom',
      formulae: [
        'AND(ISNUMBER(B5),B5=INT(B5),B5>=2,B5<=16,IF(\'Inputs\'!$B$5="",3,in_dag_copies)+in_dr_copies+IF(\'Inputs\'!$B$7="",1,in_lagged_copies)<=k_copies_per_database_max)',
      ],
    });
    expect(workbook.getWorksheet('dag')!.getCell('B6').protection?.locked ?? true).toBe(true);
    expect(workbook.getWorksheet('Summary')!.views[0]).toMatchObject({ state: 'frozen', ySplit: 4 });
  });

  it('the candidate rows are laid out and picked with formulas', () => {
    const sheet = workbook.getWorksheet('dag')!;
    const memberServers = sheet.getColumn(5).values.indexOf('memberServers');
    expect(sheet.getCell(memberServers, 2).formula).toContain('INDEX(');
    expect(sheet.getCell(memberServers, 2).formula).toContain('MATCH(');
  });
  it('flags read yes or no in Excel too: a number (1 or 0) in the yes/no format, never a logical value (issue 12)', async () => {
    const bytes = await writeXlsx(buildWorkbook(evaluated, reference));
    const JSZip = (await import('jszip')).default;
    const zip = await JSZip.loadAsync(bytes);
    const sheets = Object.keys(zip.files).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n));
    // A formula cell typed as a logical (t="b") would show TRUE or FALSE in Excel whatever its format.
    for (const name of sheets)
      expect((await zip.file(name)!.async('string')).match(/<c [^>]*t="b"[^>]*><f>/g), name).toBeNull();
    let flags = 0;
    for (const option of evaluated.optionIds) {
      workbook.getWorksheet(option)!.eachRow((row) => {
        const id = String(row.getCell(5).value);
        const figure = isFigureId(id) ? optionsModel.figures.get(id) : undefined;
        if (figure?.kind !== 'flag' || figure.scope !== 'option') return;
        const cell = row.getCell(2);
        expect(cell.numFmt, figure.id).toBe('"yes";"yes";"no"');
        expect(cell.formula, figure.id).toMatch(/^IF\(.*,1,0\)$/);
        expect(cached(cell) ?? 0, figure.id).toBe(
          evaluated.evaluation.figure(toFigureId(figure.id), { option }) ? 1 : 0,
        );
        flags++;
      });
    }
    expect(flags).toBeGreaterThan(evaluated.optionIds.length * 20);
    // The Summary refers to the option sheet's cell: the same 1 or 0, in the same format.
    const summary = workbook.getWorksheet('Summary')!;
    const valid = summary.getColumn(1).values.indexOf('Design valid');
    expect(valid).toBeGreaterThan(0);
    expect(summary.getCell(valid, 3).numFmt).toBe('"yes";"yes";"no"');
    expect(cached(summary.getCell(valid, 3))).toBe(1);
  });
});

describe('decimals by unit, the same on every sheet (issue 12)', () => {
  // Whole gigabytes; terabytes and ratios to two places; money to the cent; counts whole; flags yes/no.
  const FORMATS: Record<string, string> = {
    GB: '#,##0',
    TB: '#,##0.00',
    ':1': '#,##0.00',
    x: '#,##0.00',
    minutes: '#,##0.00',
    currency: '#,##0.00',
    VMs: '#,##0',
    'yes/no': '"yes";"yes";"no"',
  };

  it('the shipped design: every figure cell of these units on the Summary, Sizing, option and Tiers sheets', () => {
    const model = buildWorkbook(evaluated, reference);
    const seen = new Map<string, number>();
    const check = (sheet: string, address: string, id: string) => {
      const figure = optionsModel.figures.get(toFigureId(id))!;
      const expected = FORMATS[figure.unit];
      if (expected === undefined || (figure.unit === 'VMs' && figure.kind !== 'count')) return;
      const cell = model.sheets.find((s) => s.name === sheet)!.cells.get(address)!;
      expect(cell.numFmt, `${sheet}!${address} ${id} (${figure.unit})`).toBe(expected);
      seen.set(figure.unit, (seen.get(figure.unit) ?? 0) + 1);
    };
    for (const sheet of model.sheets) {
      const ids = [...sheet.cells].filter(([, c]) => c.style === 'note' && isFigureId(String(c.value)));
      for (const [address, cell] of ids) {
        const row = Number(/\d+$/.exec(address)![0]);
        const column = address.replace(/\d+$/, '');
        if (sheet.name === 'Summary')
          for (let c = 0; c < model.optionCount; c++)
            check(sheet.name, `${columnLetter(3 + c)}${row}`, String(cell.value));
        else if (column === 'E') check(sheet.name, `B${row}`, String(cell.value));
      }
    }
    // The Tiers sheet: a column per figure, headed by its label and unit.
    const tiers = model.sheets.find((s) => s.name === 'Tiers')!;
    for (const figure of optionsModel.figures.values()) {
      if (figure.scope !== 'tier') continue;
      const heading = [...tiers.cells].find(
        ([a, c]) => /^[A-Z]+3$/.test(a) && c.value === `${figure.label} (${figure.unit})`,
      );
      if (heading) check('Tiers', heading[0].replace('3', '4'), figure.id);
    }
    for (const unit of ['GB', 'TB', ':1', 'x', 'currency', 'VMs', 'yes/no'])
      expect(seen.get(unit), unit).toBeGreaterThan(0);
    // The Summary's storage: whole gigabytes at each site, terabytes to two places in total.
    const summary = model.sheets.find((s) => s.name === 'Summary')!;
    const unitOf = (row: string) =>
      [...summary.cells].find(([a, c]) => a.startsWith('A') && c.value === row)![0].slice(1);
    expect(summary.cells.get(`C${unitOf('Storage, primary site')}`)!.numFmt).toBe('#,##0');
    expect(summary.cells.get(`C${unitOf('Storage, total')}`)!.numFmt).toBe('#,##0.00');
  });
});
