import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { evaluateComparison } from '../src/options/compare-options.js';
import { buildWorkbook } from '../src/output/build-workbook.js';
import type { CellModel, SheetModel, WorkbookModel } from '../src/output/sheet-model.js';
import { writeXlsx } from '../src/output/xlsx-package.js';
import { reference } from './reference.js';
import { shipped } from './shipped.js';
import { WORKBOOK_TIMEOUT } from './timeouts.js';

// The package writer against an independent reader: exceljs (the stack's xlsx library) loads the file
// and must see every cell of the model, as the model says, and nothing else.
let model: WorkbookModel;
let bytes: Buffer;
let workbook: ExcelJS.Workbook;

beforeAll(async () => {
  model = buildWorkbook(evaluateComparison(shipped, reference), reference);
  bytes = writeXlsx(model);
  workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
}, WORKBOOK_TIMEOUT);

describe('the xlsx package read back by exceljs', () => {
  it('holds every cell of the model with its value or formula and cached result, number format and lock', () => {
    let cells = 0;
    for (const sheet of model.sheets) {
      const worksheet = workbook.getWorksheet(sheet.name)!;
      const seen = new Set<string>();
      worksheet.eachRow((row) => row.eachCell((cell) => void seen.add(cell.address)));
      expect(seen, sheet.name).toEqual(
        new Set([...sheet.cells].filter(([, c]) => c.value !== null || c.formula !== undefined).map(([a]) => a)),
      );
      for (const [address, expected] of sheet.cells) {
        const cell = worksheet.getCell(address);
        const where = `${sheet.name}!${address}`;
        if (expected.formula === undefined) expect(cell.value, where).toEqual(expected.value);
        else {
          const value = cell.value as ExcelJS.CellFormulaValue;
          expect(value.formula, where).toBe(expected.formula);
          // exceljs reads a cached 0, FALSE or "" (an empty spare list row, issue 12) back as no result.
          expect(
            value.result ??
              (expected.value === 0 || expected.value === false || expected.value === '' ? expected.value : null),
            where,
          ).toEqual(expected.value);
        }
        expect(cell.numFmt ?? undefined, where).toBe(expected.numFmt);
        expect(cell.protection?.locked ?? true, where).toBe(expected.style !== 'input');
        cells++;
      }
    }
    expect(cells).toBeGreaterThan(10_000);
  });

  it('keeps the sheets in order with their widths, frozen panes, validations and protection', () => {
    expect(workbook.worksheets.map((w) => w.name)).toEqual(model.sheets.map((s) => s.name));
    for (const sheet of model.sheets) {
      const worksheet = workbook.getWorksheet(sheet.name)!;
      sheet.columnWidths.forEach((width, i) =>
        expect(worksheet.getColumn(i + 1).width, `${sheet.name} column ${i + 1}`).toBe(width),
      );
      for (const [row, height] of sheet.rowHeights)
        expect(worksheet.getRow(row).height, `${sheet.name} row ${row}`).toBe(height);
      const view = worksheet.views[0] as ExcelJS.WorksheetViewFrozen | undefined;
      if (sheet.frozenRows + sheet.frozenColumns > 0)
        expect(view, sheet.name).toMatchObject({
          state: 'frozen',
          xSplit: sheet.frozenColumns || undefined,
          ySplit: sheet.frozenRows || undefined,
        });
      for (const validation of sheet.validations) {
        const rule = worksheet.getCell(validation.address).dataValidation;
        expect(rule, `${sheet.name}!${validation.address}`).toMatchObject({
          type: validation.type,
          prompt: validation.prompt,
        });
        if (validation.type === 'list') expect(rule.formulae).toEqual([`"${validation.list!.join(',')}"`]);
        else if (validation.type === 'custom') expect(rule.formulae).toEqual([validation.formula]);
        else
          expect(rule.formulae).toEqual(
            validation.maximum === undefined
              ? [validation.minimum ?? 0]
              : [validation.minimum ?? 0, validation.maximum],
          );
      }
    }
  });

  it('defines the named inputs and constants, and asks for a full recalculation on load', async () => {
    expect(new Map(workbook.definedNames.model.map((n) => [n.name, n.ranges[0]]))).toEqual(
      new Map([...model.definedNames].map(([name, ref]) => [name, ref.replaceAll("'", '')])),
    );
    const zip = await JSZip.loadAsync(bytes);
    expect(await zip.file('xl/workbook.xml')!.async('string')).toContain('fullCalcOnLoad="1"');
    for (const sheet of model.sheets.keys())
      expect(await zip.file(`xl/worksheets/sheet${sheet + 1}.xml`)!.async('string')).toContain(
        '<sheetProtection sheet="1"',
      );
    expect(Object.keys(zip.files)[0]).toBe('[Content_Types].xml');
    expect(Object.keys(zip.files).filter((f) => f.startsWith('xl/charts/'))).toHaveLength(3);
  });

  const oneSheet = (cells: [string, CellModel][], changes: Partial<SheetModel> = {}): WorkbookModel => ({
    ...model,
    sheets: [{ ...model.sheets[0]!, cells: new Map(cells), validations: [], ...changes }],
  });

  it('drops characters XML cannot carry and keeps the rest of the text, line breaks and literal _x0041_ included', async () => {
    const read = new ExcelJS.Workbook();
    await read.xlsx.load(
      writeXlsx(
        oneSheet([
          ['A1', { value: ' a\u0001<b> & "c" ', style: 'label' }],
          ['A2', { value: 'one\r\ntwo\tthree _x0041_', style: 'label' }],
        ]),
      ) as unknown as ExcelJS.Buffer,
    );
    expect(read.worksheets[0]!.getCell('A1').value).toBe(' a<b> & "c" ');
    expect(read.worksheets[0]!.getCell('A2').value).toBe('one\r\ntwo\tthree _x0041_');
  });

  it('refuses what Excel would repair: a number that is not finite, a bad sheet or defined name, an inline list it cannot hold', () => {
    expect(() => writeXlsx(oneSheet([['A1', { value: Number.NaN, style: 'computed' }]]))).toThrow(/NaN/);
    expect(() => writeXlsx(oneSheet([], { name: 'a name longer than thirty-one characters' }))).toThrow(/sheet name/);
    expect(() => writeXlsx(oneSheet([], { name: 'what?' }))).toThrow(/sheet name/);
    expect(() => writeXlsx({ ...model, definedNames: new Map([['in_bad-name', 'Inputs!$B$4']]) })).toThrow(
      /defined name/,
    );
    expect(() =>
      writeXlsx(oneSheet([], { validations: [{ address: 'B4', type: 'list', list: ['a,b', 'c'], prompt: 'p' }] })),
    ).toThrow(/drop-down/);
  });
});
