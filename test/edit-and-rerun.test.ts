import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { packageTemplatesDirectory } from '../src/io/read-templates.js';
import { readWorkbookInputs } from '../src/io/read-workbook-inputs.js';
import { renderTemplates } from '../src/model/render-templates.js';
import { evaluateComparison } from '../src/options/compare-options.js';
import { buildWorkbook } from '../src/output/build-workbook.js';
import { writeXlsx } from '../src/output/xlsx-package.js';
import { runCli, temporaryDirectory } from './cli.js';
import { reference } from './reference.js';
import { shipped } from './shipped.js';
import { PROCESS_TIMEOUT, WORKBOOK_TIMEOUT } from './timeouts.js';

// The shipped comparison.xlsx, written once for the file (the writer is deterministic: every copy has the same bytes).
let written: string;
beforeAll(async () => {
  written = join(temporaryDirectory(), 'comparison.xlsx');
  writeFileSync(written, await writeXlsx(buildWorkbook(evaluateComparison(shipped, reference), reference)));
}, PROCESS_TIMEOUT);

/** A copy of the written workbook, for one test to edit. */
function writtenWorkbook(): string {
  const path = join(temporaryDirectory(), 'comparison.xlsx');
  copyFileSync(written, path);
  return path;
}

async function editInputs(path: string, edit: (sheet: ExcelJS.Worksheet) => void): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  edit(workbook.getWorksheet('Inputs')!);
  await workbook.xlsx.writeFile(path);
}

const rowOf = (sheet: ExcelJS.Worksheet, name: string) => sheet.getColumn(1).values.indexOf(name);

describe('edit and rerun: the workbook carries its inputs', () => {
  it(
    'templates -> workbook -> templates are identical, file for file',
    async () => {
      const inputs = await readWorkbookInputs(writtenWorkbook(), reference);
      for (const [name, text] of Object.entries(renderTemplates(inputs, reference))) {
        expect(text, name).toBe(readFileSync(join(packageTemplatesDirectory, name), 'utf8'));
      }
    },
    PROCESS_TIMEOUT,
  );

  it('a yes/no input stays a logical cell (TRUE or FALSE, from a TRUE,FALSE list) and reads back as edited (issue 12)', {
    timeout: WORKBOOK_TIMEOUT,
  }, async () => {
    const model = buildWorkbook(evaluateComparison(shipped, reference), reference);
    const address = model.inputCells.get('scenario.hub_antivirus')!;
    const inputs = model.sheets.find((s) => s.name === 'Inputs')!;
    expect(inputs.cells.get(address)).toMatchObject({ value: false, style: 'input' });
    expect(inputs.validations.find((v) => v.address === address)).toMatchObject({
      type: 'list',
      list: ['TRUE', 'FALSE'],
    });
    const path = writtenWorkbook();
    await editInputs(path, (sheet) => {
      sheet.getCell(address).value = true;
      // A person may type a word instead of picking from the list: read as data/boolean-words.csv reads it.
      sheet.getCell(model.inputCells.get('tier.2.single_item_recovery')!).value = 'no';
    });
    const edited = await readWorkbookInputs(path, reference);
    expect(edited.parameters?.hub_antivirus).toBe(true);
    expect(edited.tiers[1]!.single_item_recovery).toBe(false);
  });

  it(
    'size --templates comparison.xlsx sizes the inputs as edited in Excel',
    async () => {
      const path = writtenWorkbook();
      await editInputs(path, (sheet) => {
        sheet.getCell(`B${rowOf(sheet, 'dag_copies')}`).value = 4;
        sheet.getCell(`B${rowOf(sheet, 'Staff')}`).value = 24000;
      });
      const out = join(temporaryDirectory(), 'out');
      const run = runCli(['size', '--templates', path, '--out', out, '--format', 'json']);
      expect(run.status, run.stderr).toBe(0);
      const comparison = JSON.parse(readFileSync(join(out, 'comparison.json'), 'utf8'));
      expect(comparison.scenario.totalMailboxes).toBe(24500);
      expect(comparison.options[2].mailbox.databaseCopiesInSite).toBe(4);
    },
    PROCESS_TIMEOUT,
  );

  it(
    'init --from comparison.xlsx writes the edited inputs back as templates',
    async () => {
      const path = writtenWorkbook();
      await editInputs(path, (sheet) => {
        sheet.getCell(`B${rowOf(sheet, 'tco_years')}`).value = 5;
      });
      const dir = join(temporaryDirectory(), 'templates');
      expect(runCli(['init', '--from', path, dir]).status).toBe(0);
      expect(readFileSync(join(dir, 'scenario.csv'), 'utf8')).toContain('\ntco_years,5,years,');
      expect(readFileSync(join(dir, 'prices.csv'), 'utf8')).toBe(
        readFileSync(join(packageTemplatesDirectory, 'prices.csv'), 'utf8'),
      );
    },
    PROCESS_TIMEOUT,
  );

  it(
    'a bad value typed into the workbook names the sheet, row and column, exit code 2',
    async () => {
      const path = writtenWorkbook();
      let row = 0;
      await editInputs(path, (sheet) => {
        row = rowOf(sheet, 'Staff');
        sheet.getCell(`C${row}`).value = 900;
      });
      const run = runCli(['size', '--templates', path, '--out', join(temporaryDirectory(), 'out')]);
      expect(run.status).toBe(2);
      expect(run.stderr).toContain(
        `comparison.xlsx (Inputs sheet):${row}: messages_per_day = "900": expected a number from 50 to 500`,
      );
    },
    PROCESS_TIMEOUT,
  );
  it(
    'a formula typed into an input cell is refused with its cell, not read from its cached value (issue 15)',
    async () => {
      const path = writtenWorkbook();
      let row = 0;
      await editInputs(path, (sheet) => {
        row = rowOf(sheet, 'Staff');
        sheet.getCell(`B${row}`).value = { formula: '16000*2', result: 32000 };
      });
      const run = runCli(['size', '--templates', path, '--out', join(temporaryDirectory(), 'out')]);
      expect(run.status, run.stderr).toBe(2);
      expect(run.stderr).toContain(
        `comparison.xlsx (Inputs sheet):${row}: B${row} = "=16000*2": expected a value typed in, not a formula`,
      );
    },
    PROCESS_TIMEOUT,
  );
  it(
    'a renamed or doubled column of an Inputs list gets the checks a CSV header gets (issue 15)',
    async () => {
      const path = writtenWorkbook();
      let header = 0;
      await editInputs(path, (sheet) => {
        header = rowOf(sheet, 'Staff') - 1;
        sheet.getCell(`C${header}`).value = 'messages_per_dy';
      });
      const run = runCli(['size', '--templates', path, '--out', join(temporaryDirectory(), 'out')]);
      expect(run.status, run.stderr).toBe(2);
      expect(run.stderr).toContain(
        `comparison.xlsx (Inputs sheet):${header}: column 3 = "messages_per_dy": expected a known column (did you mean messages_per_day?)`,
      );
    },
    PROCESS_TIMEOUT,
  );
});
