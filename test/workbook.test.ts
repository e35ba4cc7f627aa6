import { Decimal } from 'decimal.js';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { type EvaluatedComparison, evaluateComparison } from '../src/options/compare-options.js';
import { optionsModel } from '../src/options/options-model.js';
import { buildWorkbook } from '../src/output/build-workbook.js';
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

/** exceljs reads a cached 0 or FALSE back as no result. */
const cached = (cell: ExcelJS.Cell) => (cell.value as ExcelJS.CellFormulaValue).result ?? null;

function expectSameValue(actual: unknown, engine: unknown, where: string): void {
  if (engine instanceof Decimal) {
    const expected = engine.toNumber();
    const got = Number(actual ?? 0);
    expect(Math.abs(got - expected), where).toBeLessThanOrEqual(Math.abs(expected) * 1e-12);
  } else if (typeof engine === 'boolean') expect(actual ?? false, where).toBe(engine);
  else expect(actual, where).toBe(engine);
}

describe('comparison.xlsx read back with exceljs', () => {
  it('has the summary, inputs, sizing, one sheet per option, licences and assumptions', () => {
    expect(workbook.worksheets.map((w) => w.name)).toEqual([
      'Summary',
      'Inputs',
      'Sizing',
      'Tiers',
      'Workloads',
      ...evaluated.optionIds,
      'Licences',
      'Assumptions',
    ]);
  });

  it('every option figure is a live formula whose cached value is the engine figure', () => {
    let checked = 0;
    for (const option of evaluated.optionIds) {
      const sheet = workbook.getWorksheet(option)!;
      sheet.eachRow((row) => {
        const id = row.getCell(5).value;
        const figure = typeof id === 'string' ? optionsModel.figures.get(id) : undefined;
        if (figure?.scope !== 'option') return;
        const cell = row.getCell(2);
        expect(cell.formula, `${option} ${figure.id}`).toBeTruthy();
        expect(cell.formula.startsWith('=')).toBe(false);
        expectSameValue(cached(cell), evaluated.evaluation.figure(figure.id, { option }), `${option} ${figure.id}`);
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
    // A whole number from 2 to 16, and the copies of a database within the limit (issue 12: the design check's rule).
    expect(copies.dataValidation).toMatchObject({
      type: 'custom',
      formulae: [
        'AND(ISNUMBER(B5),B5=INT(B5),B5>=2,B5<=16,in_dag_copies+in_dr_copies+in_lagged_copies<=k_copies_per_database_max)',
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
});
