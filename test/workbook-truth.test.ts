import type { HyperFormula, RawCellContent } from 'hyperformula';
import { beforeAll, describe, expect, it } from 'vitest';
import { INPUT_RULES } from '../src/model/input-rules.js';
import { compareOptions, evaluateComparison } from '../src/options/compare-options.js';
import { SUMMARY_ROWS } from '../src/options/summary-rows.js';
import { buildWorkbook } from '../src/output/build-workbook.js';
import { formattedNumber } from '../src/output/number-formats.js';
import type { WorkbookModel } from '../src/output/sheet-model.js';
import { SUMMARY_FIRST_COLUMN, summaryRowOf } from '../src/output/summary-charts.js';
import { inputIssuesOf } from './input-issues.js';
import { rawFromModel, recalculate } from './oracle/recalculate.js';
import { reference } from './reference.js';
import { shipped, withInputs } from './shipped.js';
import { WORKBOOK_TIMEOUT } from './timeouts.js';

// Issue 12, "The workbook says when a design is not valid": four inputs the engine refuses (exit 2) are typed into
// the workbook, which an independent engine (HyperFormula) recalculates; the Summary's "Design valid" row then says
// no for every option, and the option sheet's check says why.
const EDITS: readonly (readonly [label: string, input: string, value: RawCellContent, check: string])[] = [
  ['as many server failures as copies', 'scenario.mailbox_server_failures', 3, 'checkFailuresBelowCopies'],
  ['two members for three copies', 'scenario.dag_member_servers', 2, 'checkMembersHoldCopies'],
  ['eighteen copies of a database', 'scenario.dr_copies', 14, 'checkCopiesPerDatabase'],
  ['3 GB hosts (1 GB for VMs, below the smallest mailbox server of 2 GB)', 'scenario.host_ram_gb', 3, 'checkHostRam'],
];

// The shipped workbook and an independent engine's recalculation of it, once for the file: a test that edits an
// input puts it back, as a person would, so the next test starts from the shipped workbook.
let model: WorkbookModel;
let hf: HyperFormula;
beforeAll(() => {
  model = buildWorkbook(evaluateComparison(shipped, reference), reference);
  hf = recalculate(rawFromModel(model));
}, WORKBOOK_TIMEOUT);

/** Types `value` into an input cell of the recalculated workbook, runs `check`, and types the old value back. */
function withInput(input: string, value: RawCellContent, check: () => void): void {
  const cell = hf.simpleCellAddressFromString(model.inputCells.get(input)!, hf.getSheetId('Inputs')!)!;
  const before = hf.getCellValue(cell);
  hf.setCellContents(cell, value);
  try {
    check();
  } finally {
    hf.setCellContents(cell, before as RawCellContent);
  }
}

describe('design checks live in the workbook (issue 12)', () => {
  const summaryRow = (hf: HyperFormula, key: string) => {
    const sheet = hf.getSheetId('Summary')!;
    return Array.from({ length: model.optionCount }, (_, c) =>
      hf.getCellValue({ sheet, row: summaryRowOf(key) - 1, col: SUMMARY_FIRST_COLUMN - 1 + c }),
    );
  };
  const checkOf = (hf: HyperFormula, option: string, id: string) => {
    const sheet = hf.getSheetId(option)!;
    const ids = hf.getSheetValues(sheet).map((row) => row[4]);
    return hf.getCellValue({ sheet, row: ids.indexOf(id), col: 1 });
  };

  it(
    'the shipped designs are valid, every check OK, and the cheapest valid TCO is the one highlighted',
    () => {
      expect(summaryRow(hf, 'designValid')).toEqual(Array(model.optionCount).fill(1));
      expect(checkOf(hf, 'dag', 'checkFailuresBelowCopies')).toBe('OK');
      const summary = model.sheets.find((s) => s.name === 'Summary')!;
      expect(summary.highlights).toHaveLength(1);
      expect(summary.highlights[0]!.range).toMatch(new RegExp(`^C${summaryRowOf('tco')}:`));
      // The highlight's own formula in a spare cell under the first option, copied across the options as Excel
      // applies it: it marks standalone-ha alone (the lowest TCO of the valid designs).
      const sheet = hf.getSheetId('Summary')!;
      const first = { sheet, row: 199, col: SUMMARY_FIRST_COLUMN - 1 };
      hf.setCellContents(first, `=${summary.highlights[0]!.formula}`);
      hf.copy({ start: first, end: first });
      for (let c = 1; c < model.optionCount; c++) hf.paste({ ...first, col: first.col + c });
      const marked = Array.from({ length: model.optionCount }, (_, c) =>
        hf.getCellValue({ ...first, col: first.col + c }),
      );
      expect(marked).toEqual([true, ...Array(model.optionCount - 1).fill(false)]);
    },
    WORKBOOK_TIMEOUT,
  );

  for (const [label, input, value, check] of EDITS) {
    it(
      `${label}: the engine refuses it, the workbook recalculates "Design valid" to no and says why`,
      () => {
        const [, name] = input.split('.') as [string, string];
        // One rule, two readers: the engine's issue names the very rule the workbook's check evaluates.
        const rule = INPUT_RULES.find((r) => r.id === check)!;
        const issues = inputIssuesOf(() => compareOptions(withInputs({ [name]: value as never }), reference));
        expect(issues.map((i) => i.column)).toContain(rule.column);
        const cell = hf.simpleCellAddressFromString(model.inputCells.get(input)!, hf.getSheetId('Inputs')!)!;
        const before = hf.getCellValue(cell);
        hf.setCellContents(cell, value);
        expect(summaryRow(hf, 'designValid')).toEqual(Array(model.optionCount).fill(0));
        expect(String(checkOf(hf, 'dag', check))).toMatch(/^Not valid: /);
        hf.setCellContents(cell, before as RawCellContent);
        expect(summaryRow(hf, 'designValid')).toEqual(Array(model.optionCount).fill(1));
      },
      WORKBOOK_TIMEOUT,
    );
  }

  it('the rule between inputs guards their cells at entry: the same formula as the check', () => {
    const inputs = model.sheets.find((s) => s.name === 'Inputs')!;
    const failures = inputs.validations.find(
      (v) => v.address === model.inputCells.get('scenario.mailbox_server_failures'),
    )!;
    expect(failures).toMatchObject({ type: 'custom' });
    expect(failures.formula).toContain(
      `IF('Inputs'!$B$10="",1,in_mailbox_server_failures)<IF('Inputs'!$B$5="",3,in_dag_copies)`,
    );
  });
});

describe('labels follow the inputs (issue 12)', () => {
  it(
    'a new currency on the Inputs sheet changes every currency label: units, headers, the licences table',
    () => {
      const labels = model.sheets.flatMap((s) =>
        [...s.cells]
          .filter(([, c]) => c.formula?.includes('in_currency'))
          .map(([address]) => ({ sheet: s.name, address })),
      );
      expect(labels.length).toBeGreaterThan(300);
      const texts = () =>
        labels.map(({ sheet, address }) =>
          String(hf.getCellValue(hf.simpleCellAddressFromString(address, hf.getSheetId(sheet)!)!)),
        );
      withInput('scenario.currency', 'EUR', () => {
        expect(texts().filter((t) => t.includes('USD'))).toEqual([]);
        expect(texts().every((t) => t.includes('EUR'))).toBe(true);
        expect(texts()).toContain('Unit price (EUR)');
      });
      expect(texts()).toContain('Unit price (USD)');
    },
    WORKBOOK_TIMEOUT,
  );
});

describe('every sheet prints (issue 12)', () => {
  it(
    'landscape, one page wide, within its print area; the Summary table and its charts on separate pages',
    async () => {
      const { writeXlsx } = await import('../src/output/xlsx-package.js');
      const JSZip = (await import('jszip')).default;
      const zip = await JSZip.loadAsync(await writeXlsx(model));
      const workbook = await zip.file('xl/workbook.xml')!.async('string');
      const areas = [
        ...workbook.matchAll(/<definedName name="_xlnm.Print_Area" localSheetId="(\d+)">([^<]+)<\/definedName>/g),
      ];
      expect(areas.map((a) => Number(a[1]))).toEqual(model.sheets.map((_, i) => i));
      for (const [i, sheet] of model.sheets.entries()) {
        const xml = await zip.file(`xl/worksheets/sheet${i + 1}.xml`)!.async('string');
        expect(xml, sheet.name).toContain('<pageSetUpPr fitToPage="1"/>');
        expect(xml, sheet.name).toContain('<pageSetup orientation="landscape" fitToWidth="1" fitToHeight="0"/>');
      }
      // The Summary: a break under the table, the print area down to the last chart.
      const summary = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
      const lastTableRow = summaryRowOf(SUMMARY_ROWS.at(-1)!.key);
      const [, breakAfter] = /<brk id="(\d+)"/.exec(summary)!;
      expect(Number(breakAfter)).toBeGreaterThan(lastTableRow);
      expect(Number(/\$(\d+)$/.exec(areas[0]![2]!)![1])).toBeGreaterThan(Number(breakAfter) + 18);
    },
    WORKBOOK_TIMEOUT,
  );
});

describe('labels name their period (issue 12)', () => {
  it(
    'the TCO rows say over how many years, and follow tco_years when it is edited',
    () => {
      const summary = model.sheets.find((s) => s.name === 'Summary')!;
      const label = summary.cells.get(`A${summaryRowOf('tco')}`)!;
      expect(label.value).toBe('Total cost of ownership, 3 years');
      expect(summary.cells.get(`A${summaryRowOf('costPerMailbox')}`)!.value).toBe('TCO per mailbox, 3 years');
      const tcoLabel = () =>
        hf.getCellValue({ sheet: hf.getSheetId('Summary')!, row: summaryRowOf('tco') - 1, col: 0 });
      expect(tcoLabel()).toBe('Total cost of ownership, 3 years');
      withInput('scenario.tco_years', 5, () => expect(tcoLabel()).toBe('Total cost of ownership, 5 years'));
    },
    WORKBOOK_TIMEOUT,
  );
});

describe('numbers fit their columns (issue 12: no ### in Excel)', () => {
  const tooNarrow = (inputs: Parameters<typeof evaluateComparison>[0]) => {
    const model = buildWorkbook(evaluateComparison(inputs, reference), reference);
    return model.sheets.flatMap((sheet) =>
      [...sheet.cells].flatMap(([address, cell]) => {
        if (typeof cell.value !== 'number') return [];
        const column = address
          .replace(/\d+$/, '')
          .split('')
          .reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
        const shown = formattedNumber(cell.value, cell.numFmt);
        // Excel's column width counts characters of the default font's digits; a cell needs one more for its padding.
        return shown.length + 1 > (sheet.columnWidths[column - 1] ?? 8.43)
          ? [`${sheet.name}!${address} ${shown} in ${sheet.columnWidths[column - 1]}`]
          : [];
      }),
    );
  };
  it(
    'every number, as its format shows it, fits its written column width: the shipped design and 10 million mailboxes',
    () => {
      expect(tooNarrow(shipped)).toEqual([]);
      expect(
        tooNarrow(
          withInputs({}, [{ tier: 'Staff', mailboxes: 10_000_000, messages_per_day: 150, mailbox_quota_mb: 2048 }]),
        ),
      ).toEqual([]);
      expect(formattedNumber(2395854.1, '#,##0.00')).toBe('2,395,854.10');
      expect(formattedNumber(0.125, '0.0%')).toBe('12.5%');
      expect(formattedNumber(94.5, '#,##0.00##')).toBe('94.50');
    },
    WORKBOOK_TIMEOUT,
  );
});
