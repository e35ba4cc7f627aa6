import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { HyperFormula, RawCellContent } from 'hyperformula';
import { beforeAll, describe, expect, it } from 'vitest';
import { readWorkbookInputs } from '../src/io/read-workbook-inputs.js';
import type { RawRecord, ScenarioInputs } from '../src/model/scenario-inputs-types.js';
import { evaluateComparison } from '../src/options/compare-options.js';
import { buildWorkbook } from '../src/output/build-workbook.js';
import type { WorkbookModel } from '../src/output/sheet-model.js';
import { writeXlsx } from '../src/output/xlsx-package.js';
import { temporaryDirectory } from './cli.js';
import { mismatches, rawFromModel, recalculate, valueAt } from './oracle/recalculate.js';
import { reference } from './reference.js';
import { shipped, withInputs } from './shipped.js';

// Issue 12, "room to grow in the workbook": empty tier and workload rows after the scenario's own, which count zero
// while empty; an analyst who fills one in Excel gets what the engine computes with that tier or workload in the
// templates.
const SPARE = reference.constants.get('workbook_spare_list_rows')!.value.toNumber();
const TIERS = shipped.tiers.length;
const WORKLOADS = (shipped.workloads ?? []).length;

// Filled in part, as an analyst does: the inputs with a default are left blank (average message 75 KB, 14 days of
// retention, single item recovery...), and the workbook computes with the defaults reading it back fills in.
const CONTRACTORS: RawRecord = {
  tier: 'Contractors',
  mailboxes: 2000,
  messages_per_day: 100,
  mailbox_quota_mb: 1024,
  mailbox_growth_pct: 5,
};
const SQL_SERVERS: RawRecord = {
  workload: 'SQL Server',
  vms: 2,
  vcpu: 4,
  ram_gb: 16,
  storage_gb: 200,
  anti_affinity: true,
};

/** Types a record into row `index` (from 1) of an Inputs list, as an analyst does in Excel. */
function fill(hf: HyperFormula, model: WorkbookModel, list: 'tier' | 'workload', index: number, record: RawRecord) {
  const sheet = hf.getSheetId('Inputs')!;
  hf.batch(() => {
    for (const [name, value] of Object.entries(record)) {
      const address = model.inputCells.get(`${list}.${index}.${name}`);
      if (!address) throw new Error(`no input cell ${list}.${index}.${name}`);
      hf.setCellContents(hf.simpleCellAddressFromString(address, sheet)!, value as RawCellContent);
    }
  });
}

/**
 * Every formula cell of `expected` that the edited workbook has too, recalculated, against its cached value. The
 * Inputs sheet holds values; a workbook built with one more tier has its list rows one further down, so the cells
 * only it has (its last spare row) are left out.
 */
function disagreementsWith(hf: HyperFormula, edited: WorkbookModel, expected: WorkbookModel): string[] {
  const shared = rawFromModel(edited).cached;
  const cached = new Map([...rawFromModel(expected).cached].filter(([key]) => shared.has(key)));
  return mismatches(hf, cached);
}

const sizing = (hf: HyperFormula, model: WorkbookModel, id: string) => {
  const sheet = model.sheets.find((s) => s.name === 'Sizing')!;
  const [address] = [...sheet.cells].find(([a, c]) => a.startsWith('E') && c.value === id) ?? [];
  if (!address) throw new Error(`no Sizing row for ${id}`);
  return valueAt(hf, `Sizing!B${address.slice(1)}`);
};

describe('spare tier and workload rows in the workbook (issue 12)', () => {
  let model: WorkbookModel;
  let hf: HyperFormula;
  beforeAll(() => {
    model = buildWorkbook(evaluateComparison(shipped, reference), reference);
    hf = recalculate(rawFromModel(model));
  }, 180_000);

  it(`the Inputs sheet has ${SPARE} empty, editable, validated rows after the tiers and after the workloads`, async () => {
    expect(SPARE).toBeGreaterThanOrEqual(20);
    for (const [list, items] of [
      ['tier', TIERS],
      ['workload', WORKLOADS],
    ] as const) {
      expect(model.inputCells.has(`${list}.${items + SPARE}.notes`), list).toBe(true);
      expect(model.inputCells.has(`${list}.${items + SPARE + 1}.notes`), list).toBe(false);
    }
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await writeXlsx(model)) as unknown as ExcelJS.Buffer);
    const inputs = workbook.getWorksheet('Inputs')!;
    const mailboxes = inputs.getCell(model.inputCells.get(`tier.${TIERS + SPARE}.mailboxes`)!);
    expect(mailboxes.value).toBeNull();
    expect(mailboxes.protection?.locked).toBe(false);
    expect(mailboxes.dataValidation).toMatchObject({ type: 'whole', formulae: [1, 10_000_000] });
    const antiAffinity = inputs.getCell(model.inputCells.get(`workload.${WORKLOADS + 1}.anti_affinity`)!);
    expect(antiAffinity.dataValidation).toMatchObject({ type: 'list', formulae: ['"TRUE,FALSE"'] });
    // Their rows on the Tiers and Workloads sheets show "" while empty, never an error or a 0.
    const tiers = model.sheets.find((s) => s.name === 'Tiers')!;
    const row = (n: number) => [...tiers.cells].filter(([a]) => a.replace(/^[A-Z]+/, '') === String(n));
    const spareRow = row(4 + TIERS);
    expect(spareRow.map(([a]) => a.replace(/\d+$/, ''))).toEqual(row(4).map(([a]) => a.replace(/\d+$/, '')));
    expect(row(4 + TIERS + SPARE - 1)).toHaveLength(spareRow.length);
    expect(row(4 + TIERS + SPARE)).toHaveLength(0);
    for (const [address, cell] of spareRow) {
      expect(cell.value, address).toBe('');
      expect(hf.getCellValue(hf.simpleCellAddressFromString(address, hf.getSheetId('Tiers')!)!), address).toBe('');
    }
  }, 120_000);

  it('a spare tier filled in the workbook recomputes to what the engine computes with that tier in the templates', () => {
    fill(hf, model, 'tier', TIERS + 1, CONTRACTORS);
    const withTier = withInputs({}, [...shipped.tiers, CONTRACTORS]);
    const expected = buildWorkbook(evaluateComparison(withTier, reference), reference);
    expect(disagreementsWith(hf, model, expected)).toEqual([]);
    // Growing 5 % a year over the 3 years of the TCO: 2,000 x 1.05^3 = 2,000 x 1.157625 = 2,315.25, rounded up (issue 13).
    expect(sizing(hf, model, 'totalMailboxesYearOne')).toBe(16_500 + 2000);
    expect(sizing(hf, model, 'totalMailboxes')).toBe(16_500 + 2316);
  }, 180_000);

  it('and a spare workload as well: the VMs to consolidate, the hosts and the costs follow', () => {
    fill(hf, model, 'workload', WORKLOADS + 1, SQL_SERVERS);
    const both: ScenarioInputs = withInputs(
      {},
      [...shipped.tiers, CONTRACTORS],
      [...(shipped.workloads ?? []), SQL_SERVERS],
    );
    const expected = buildWorkbook(evaluateComparison(both, reference), reference);
    expect(disagreementsWith(hf, model, expected)).toEqual([]);
    expect(sizing(hf, model, 'separatedWorkloadVms')).toBe(
      Number(evaluateComparison(shipped, reference).evaluation.figure('separatedWorkloadVms', {})) + 2,
    );
  }, 180_000);

  it('cleared again, the rows count zero: every cell is back to the shipped workbook', () => {
    const cleared = (record: RawRecord) => Object.fromEntries(Object.keys(record).map((k) => [k, null]));
    fill(hf, model, 'tier', TIERS + 1, cleared(CONTRACTORS));
    fill(hf, model, 'workload', WORKLOADS + 1, cleared(SQL_SERVERS));
    expect(mismatches(hf, rawFromModel(model).cached)).toEqual([]);
  }, 180_000);

  it('with no workloads at all, the spare rows alone keep their totals at zero, no error anywhere', () => {
    const none = buildWorkbook(evaluateComparison(withInputs({}, undefined, []), reference), reference);
    const hfNone = recalculate(rawFromModel(none));
    expect(mismatches(hfNone, rawFromModel(none).cached)).toEqual([]);
    expect(sizing(hfNone, none, 'otherWorkloadVms')).toBe(0);
    expect(sizing(hfNone, none, 'largestWorkloadRamGB')).toBe(0);
  }, 180_000);

  it('an edited workbook read back: empty spare rows are ignored, a filled one is a tier or a workload', async () => {
    const path = join(temporaryDirectory(), 'comparison.xlsx');
    writeFileSync(path, await writeXlsx(model));
    expect((await readWorkbookInputs(path, reference)).tiers).toHaveLength(TIERS);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path);
    const inputs = workbook.getWorksheet('Inputs')!;
    // The last spare row of each list, so the rows between stay empty.
    for (const [list, index, record] of [
      ['tier', TIERS + SPARE, CONTRACTORS],
      ['workload', WORKLOADS + SPARE, SQL_SERVERS],
    ] as const) {
      for (const [name, value] of Object.entries(record))
        inputs.getCell(model.inputCells.get(`${list}.${index}.${name}`)!).value = value as ExcelJS.CellValue;
    }
    await workbook.xlsx.writeFile(path);
    const read = await readWorkbookInputs(path, reference);
    expect(read.tiers.map((t) => t.tier)).toEqual(['Staff', 'Executives', 'Contractors']);
    // The blank inputs stay blank: their defaults are filled in as the inputs resolve, as for a template.
    expect(read.tiers[2]).toEqual({
      tier: 'Contractors',
      mailboxes: '2000',
      messages_per_day: '100',
      mailbox_quota_mb: '1024',
      mailbox_growth_pct: '5',
    });
    expect(read.workloads?.map((w) => w.workload)).toEqual([
      ...(shipped.workloads ?? []).map((w) => w.workload),
      'SQL Server',
    ]);
    expect(read.workloads?.at(-1)).toMatchObject({ vms: '2', vcpu: '4', anti_affinity: true });
  }, 120_000);
});
