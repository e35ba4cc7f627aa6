import type { HyperFormula, RawCellContent } from 'hyperformula';
import { beforeAll, describe, expect, it } from 'vitest';
import type { FigureId } from '../src/model/figure-ids.js';
import type { RawRecord, ScenarioInputs } from '../src/model/scenario-inputs-types.js';
import { evaluateComparison } from '../src/options/compare-options.js';
import { buildWorkbook } from '../src/output/build-workbook.js';
import type { WorkbookModel } from '../src/output/sheet-model.js';
import { mismatches, type RawWorkbook, rawFromModel, recalculate } from './oracle/recalculate.js';
import { reference } from './reference.js';
import { shipped } from './shipped.js';
import { WORKBOOK_TIMEOUT } from './timeouts.js';

/** One edit a finance user makes on the Inputs sheet, and the same edit to the templates. */
interface Edit {
  readonly input: string;
  readonly value: RawCellContent;
}

function applyToInputs(inputs: ScenarioInputs, edits: readonly Edit[]): ScenarioInputs {
  let next = inputs;
  for (const { input, value } of edits) {
    const [list, index, name] = input.split('.') as [string, string, string | undefined];
    if (list === 'scenario') next = { ...next, parameters: { ...next.parameters, [index]: value as never } };
    else {
      const key = list === 'tier' ? 'tiers' : list === 'workload' ? 'workloads' : 'prices';
      const records = [...((next[key] ?? []) as RawRecord[])];
      records[Number(index) - 1] = { ...records[Number(index) - 1], [name!]: value as never };
      next = { ...next, [key]: records };
    }
  }
  return next;
}

function applyToWorkbook(hf: HyperFormula, model: WorkbookModel, edits: readonly Edit[]): void {
  const sheet = hf.getSheetId('Inputs')!;
  // One batch: HyperFormula recalculates once for all the edits, not after each (the same values).
  hf.batch(() => {
    for (const { input, value } of edits) {
      const address = model.inputCells.get(input);
      if (!address) throw new Error(`no input cell ${input}`);
      hf.setCellContents(hf.simpleCellAddressFromString(address, sheet)!, value);
    }
  });
}

/** Changes inputs in the workbook's own engine and checks every output against a fresh engine run. */
function whatIf(
  hf: HyperFormula,
  model: WorkbookModel,
  inputs: ScenarioInputs,
  edits: readonly Edit[],
): { inputs: ScenarioInputs; disagreements: string[] } {
  applyToWorkbook(hf, model, edits);
  const next = applyToInputs(inputs, edits);
  const fresh = rawFromModel(buildWorkbook(evaluateComparison(next, reference), reference));
  return { inputs: next, disagreements: mismatches(hf, fresh.cached) };
}

const EDITS: readonly (readonly [label: string, edits: readonly Edit[], changes?: readonly FigureId[]])[] = [
  ['more mailboxes', [{ input: 'tier.1.mailboxes', value: 24000 }]],
  ['more messages per day (between profile rows)', [{ input: 'tier.1.messages_per_day', value: 225 }]],
  ['a smaller quota', [{ input: 'tier.2.mailbox_quota_mb', value: 3000 }]],
  ['four database copies', [{ input: 'scenario.dag_copies', value: 4 }]],
  [
    'a bigger host',
    [
      { input: 'scenario.host_cores_per_socket', value: 8 },
      { input: 'scenario.host_specint_rate2006', value: 350 },
    ],
  ],
  [
    'new prices',
    [
      { input: 'price.11.price', value: 3100 },
      { input: 'price.8.price', value: 80 },
    ],
  ],
  [
    'protection: array snapshots, no lag, a local replication target, a faster host repair',
    [
      { input: 'scenario.backup_method', value: 'array-snapshot' },
      { input: 'scenario.replay_lag_days', value: 0 },
      { input: 'scenario.replication_target', value: 'local' },
      { input: 'scenario.host_repair_hours', value: 8 },
    ],
  ],
  // Issue 11: edits that change host counts, VM shapes (NUMA nodes) and DR sizing, each checked to change them.
  [
    'hosts with more RAM: larger NUMA nodes, new VM shapes, another packing',
    [{ input: 'scenario.host_ram_gb', value: 192 }],
    ['ramGB', 'primaryHosts', 'primaryMostVmsOnAHost'],
  ],
  [
    'a partial DR site with a non-lagged DR copy',
    [
      { input: 'scenario.dr_capacity_pct', value: 60 },
      { input: 'scenario.dr_copies', value: 1 },
    ],
    ['drMailboxServersPerDag', 'drHosts'],
  ],
  [
    'domain controllers kept beside the global catalogs, three of them apart',
    [
      { input: 'scenario.global_catalogs_replace_domain_controllers', value: false },
      { input: 'workload.1.vms', value: 3 },
    ],
    ['primaryPackSeparatedWorkloadVms', 'primaryHosts'],
  ],
  [
    'the slot admission control policy',
    [{ input: 'scenario.admission_control_policy', value: 'slot' }],
    ['primaryHostsForLoad'],
  ],
  // Issue 13: the backup schedule, window and retention size the backup night, the target and the restore.
  [
    'weekly full with daily differentials, a 6-hour window, 14 days kept, back to in-guest',
    [
      { input: 'scenario.backup_method', value: 'in-guest' },
      { input: 'scenario.backup_schedule', value: 'weekly-full-daily-differential' },
      { input: 'scenario.backup_window_hours', value: 6 },
      { input: 'scenario.backup_retention_days', value: 14 },
    ],
    ['backupThroughputGBPerHour', 'backupStorageGB', 'databaseRestoreMinutes'],
  ],
];

/** The values of some figures of every option, to show an edit changed them. */
const figuresOf = (inputs: ScenarioInputs, ids: readonly FigureId[]) =>
  evaluateComparison(inputs, reference).comparison.options.map((o) => ids.map((id) => o.figures[id]));

describe('what-if inside the workbook: edited inputs recompute to what the engine computes', () => {
  let model: WorkbookModel;
  let hf: HyperFormula;
  let inputs: ScenarioInputs;
  beforeAll(() => {
    inputs = shipped;
    model = buildWorkbook(evaluateComparison(inputs, reference), reference);
    hf = recalculate(rawFromModel(model));
  }, WORKBOOK_TIMEOUT);

  for (const [label, edits, changes = []] of EDITS) {
    it(
      label,
      () => {
        const before = figuresOf(inputs, changes);
        const result = whatIf(hf, model, inputs, edits);
        inputs = result.inputs;
        expect(result.disagreements).toEqual([]);
        const after = figuresOf(inputs, changes);
        changes.forEach((id, i) =>
          expect(
            after.map((o) => o[i]),
            `${label}: ${id} changes`,
          ).not.toEqual(before.map((o) => o[i])),
        );
      },
      WORKBOOK_TIMEOUT,
    );
  }
});

describe('the checks fail when a formula is broken or replaced by a constant', () => {
  const model = buildWorkbook(evaluateComparison(shipped, reference), reference);
  /** The TCO cell of the dag sheet: the row whose Id column (E) says `tco`. */
  const tcoCell = () => {
    const sheet = model.sheets.find((s) => s.name === 'dag')!;
    const [idAddress] = [...sheet.cells].find(([a, c]) => a.startsWith('E') && c.value === 'tco')!;
    return { address: `B${idAddress.slice(1)}` };
  };
  const corrupt = (replace: (formula: string, value: unknown) => RawCellContent): RawWorkbook => {
    const raw = rawFromModel(model);
    const { address } = tcoCell();
    const [, letters, digits] = /^([A-Z]+)(\d+)$/.exec(address)!;
    const grid = raw.sheets.get('dag')!;
    const row = Number(digits) - 1;
    const column = letters!.charCodeAt(0) - 65;
    grid[row]![column] = replace(String(grid[row]![column]), raw.cached.get(`dag!${address}`)?.value);
    return raw;
  };

  it(
    'a broken formula disagrees on recalculation',
    () => {
      const raw = corrupt((formula) => formula.replace('+', '-'));
      expect(mismatches(recalculate(raw), raw.cached).length).toBeGreaterThan(0);
    },
    WORKBOOK_TIMEOUT,
  );
  it(
    'a formula replaced by its own value passes recalculation but fails the what-if',
    () => {
      const raw = corrupt((_, value) => value as RawCellContent);
      const hf = recalculate(raw);
      expect(mismatches(hf, raw.cached)).toEqual([]);
      expect(
        whatIf(hf, model, shipped, [{ input: 'tier.1.mailboxes', value: 24000 }]).disagreements.length,
      ).toBeGreaterThan(0);
    },
    WORKBOOK_TIMEOUT,
  );
  it(
    'a removed formula disagrees on recalculation',
    () => {
      const raw = corrupt(() => null);
      expect(mismatches(recalculate(raw), raw.cached).length).toBeGreaterThan(0);
    },
    WORKBOOK_TIMEOUT,
  );
});
