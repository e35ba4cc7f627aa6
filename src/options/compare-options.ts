import { Decimal } from 'decimal.js';
import { ModelEvaluation } from '../expr/evaluate-model.js';
import { type FigureValue, figureValue } from '../expr/figure-values.js';
import type { Value } from '../expr/value.js';
import { expectedName } from '../model/closest-name.js';
import { toFigureId } from '../model/figure-ids.js';
import { InputError, type InputIssue } from '../model/input-error.js';
import type { ReferenceData } from '../model/reference-data.js';
import { type ResolvedInputs, resolveInputs } from '../model/scenario-inputs.js';
import { originOf, type ScenarioInputs } from '../model/scenario-inputs-types.js';
import type { ScenarioParameterName } from '../model/scenario-parameter-names.js';
import { mailboxRoleFigures } from '../sizing/mailbox-role-model.js';
import { unbuildableReason } from './buildable.js';
import { checkDesign, designContext } from './design-checks.js';
import { type ListItemFigures, listItemFigures } from './list-item-figures.js';
import type { MailboxFigureId } from './mailbox-figure-ids.js';
import type { OptionId } from './option-ids.js';
import { type OptionResult, optionResult } from './option-result.js';
import { type FigureValues, type OptionsEvaluation, optionsModel } from './options-model.js';
import { optionAttributes, optionsModelBindings } from './options-model-bindings.js';
import { requiredPriceItems } from './required-prices.js';

/** The comparison of every option for one scenario: the shape of comparison.json. */
export interface Comparison {
  /** 3: `scenario.tiers` and `scenario.workloads` carry the per-tier and per-workload figures. */
  readonly schemaVersion: 3;
  readonly scenario: {
    readonly name: string;
    readonly currency: string;
    readonly totalMailboxes: number;
    readonly parameters: Readonly<Record<ScenarioParameterName, FigureValue>>;
    /** The figures computed once per scenario (the Sizing sheet), by id. */
    readonly platform: FigureValues;
    /** Each mailbox tier's figures by id (the Tiers sheet): whitespace, dumpster, size on disk, megacycles, cache, IOPS, logs. */
    readonly tiers: readonly ListItemFigures[];
    /** Each workload's figures by id (the Workloads sheet). */
    readonly workloads: readonly ListItemFigures[];
  };
  readonly options: readonly OptionResult[];
}

export interface CompareOptionsSettings {
  /** Option ids to compute (data/options.csv); all by default, always in the table's order. */
  readonly options?: readonly OptionId[];
}

// The model defines them; MailboxFigureId names them for callers (test/typed-keys.test.ts holds the two alike).
const MAILBOX_IDS = mailboxRoleFigures.filter((f) => f.scope === 'option').map((f) => f.id) as MailboxFigureId[];
const OPTION_FIGURES = optionsModel.order.filter((f) => f.scope === 'option');
const SCENARIO_FIGURES = optionsModel.order.filter((f) => f.scope === 'scenario');

function plainValue(value: Value): FigureValue {
  return value instanceof Decimal ? value.toFixed() : value;
}

function priceIssues(resolved: ResolvedInputs, reference: ReferenceData, inputs: ScenarioInputs): InputIssue[] {
  const required = requiredPriceItems(optionsModel, reference);
  const present = new Set(resolved.prices.map((p) => String(p.get('item'))));
  const missing = required
    .filter((item) => !present.has(item))
    .map((item) => ({
      file: inputs.origins?.prices?.file ?? 'prices',
      column: 'item',
      value: item,
      expected: `a row pricing '${item}' (the model prices it)`,
    }));
  // A price the model never reads is a typo or a stale row: costed as nothing, it would go unnoticed.
  const unknown = resolved.prices.flatMap((p, i) => {
    const item = String(p.get('item'));
    if (required.includes(item)) return [];
    const { prefix, ...at } = originOf(inputs.origins?.prices, i, 'prices');
    return [
      {
        ...at,
        column: `${prefix}item`,
        value: item,
        expected: expectedName('price item', item, required, 'the items the model prices'),
      },
    ];
  });
  return [...missing, ...unknown];
}

function workloadIssues(evaluation: OptionsEvaluation, resolved: ResolvedInputs, inputs: ScenarioInputs): InputIssue[] {
  const maxVcpu = evaluation.figure('maxVcpuPerVm', {}) as Decimal;
  const maxRam = evaluation.figure('hostRamForVmsGB', {}) as Decimal;
  return resolved.workloads.flatMap((w, i) => {
    const { prefix, ...at } = originOf(inputs.origins?.workloads, i, 'workloads');
    const issues: InputIssue[] = [];
    const vcpu = w.get('vcpu') as Decimal;
    const ram = w.get('ram_gb') as Decimal;
    if (vcpu.gt(maxVcpu))
      issues.push({
        ...at,
        column: `${prefix}vcpu`,
        value: vcpu.toFixed(),
        expected: `at most ${maxVcpu.toFixed()} vCPU, the largest VM a host holds`,
      });
    if (ram.gt(maxRam))
      issues.push({
        ...at,
        column: `${prefix}ram_gb`,
        value: ram.toFixed(),
        expected: `at most ${maxRam.toFixed()} GB, the host RAM left for VMs`,
      });
    return issues;
  });
}

/**
 * Where growth takes the mailboxes at the end of the TCO horizon past what the sizing keeps exact, one issue per
 * growing tier: the evaluated `totalMailboxes`, so the check reads the one definition of the grown count.
 */
function growthIssues(
  evaluation: OptionsEvaluation,
  resolved: ResolvedInputs,
  inputs: ScenarioInputs,
  reference: ReferenceData,
): InputIssue[] {
  const most = reference.constants.get('mailboxes_total_max')!.value;
  const total = evaluation.figure('totalMailboxes', {}) as Decimal;
  if (total.lte(most)) return [];
  const years = String(resolved.scenario.get('tco_years'));
  return resolved.tiers.flatMap((t, i) => {
    const growth = t.get('mailbox_growth_pct') as Decimal;
    if (growth.isZero()) return [];
    const { prefix, ...at } = originOf(inputs.origins?.tiers, i, 'tiers');
    return [
      {
        ...at,
        column: `${prefix}mailbox_growth_pct`,
        value: growth.toFixed(),
        expected: `a growth that keeps the mailboxes after ${years} years (tco_years) within ${most.toFixed()} in all tiers together (data/constants.csv mailboxes_total_max), not ${total.toFixed()} mailboxes`,
      },
    ];
  });
}

function unbuildable(reason: string, option: string, platform: FigureValues): InputError {
  return new InputError([
    {
      file: 'inputs',
      column: 'host_sockets, host_cores_per_socket, host_specint_rate2006, host_ram_gb, max_vcpu_per_vm',
      value: `${platform.hostCores} cores, ${platform.hostRamForVmsGB} GB for VMs`,
      expected: `a host that holds every VM of option ${option}: ${reason}`,
    },
  ]);
}

/**
 * Sizes and prices every availability option of the brief for one scenario, in the order of
 * data/options.csv. Pure: no I/O. Throws an InputError naming every bad or unbuildable input.
 *
 * @example
 * const reference = readReferenceData();
 * const comparison = compareOptions(readTemplates(reference), reference);
 * comparison.options.map((o) => [o.id, o.hosts.total, o.cost.tco]);
 */
export function compareOptions(
  inputs: ScenarioInputs,
  reference: ReferenceData,
  settings: CompareOptionsSettings = {},
): Comparison {
  return evaluateComparison(inputs, reference, settings).comparison;
}

/** A comparison with the evaluation behind it: every figure at every position, for the workbook. */
export interface EvaluatedComparison {
  readonly comparison: Comparison;
  /** The inputs as given (notes included). */
  readonly inputs: ScenarioInputs;
  readonly evaluation: OptionsEvaluation;
  readonly resolved: ResolvedInputs;
  readonly optionIds: readonly string[];
}

/**
 * Like compareOptions, and also returns the evaluation every workbook cell's cached value comes from.
 *
 * @example
 * const { comparison, evaluation } = evaluateComparison(inputs, reference, { options: ['dag'] });
 * evaluation.figure('megacyclesPerCore', {}); // the Decimal behind every cell that shows it
 */
export function evaluateComparison(
  inputs: ScenarioInputs,
  reference: ReferenceData,
  settings: CompareOptionsSettings = {},
): EvaluatedComparison {
  const resolved = resolveInputs(inputs, reference);
  const optionRows = reference.tables.get('options')?.rows ?? [];
  // Typed for TypeScript callers; checked here for JavaScript callers and the command line.
  const unknown = (settings.options ?? []).filter((id) => !optionRows.some((row) => row.id === id));
  const issues: InputIssue[] = [
    ...unknown.map((id) => ({
      file: 'options',
      column: 'option',
      value: id,
      expected: `one of ${optionRows.map((r) => String(r.id)).join(', ')}`,
    })),
    ...priceIssues(resolved, reference, inputs),
  ];
  if (issues.length > 0) throw new InputError(issues);
  const selected = optionRows.filter(
    (row) => !settings.options || settings.options.includes(String(row.id) as OptionId),
  );
  if (selected.length === 0)
    throw new InputError([
      {
        file: 'options',
        column: 'option',
        value: (settings.options ?? []).join(','),
        expected: 'at least one option id',
      },
    ]);
  const attributes = optionAttributes(reference, selected);
  const evaluation = new ModelEvaluation(optionsModel, optionsModelBindings(resolved, attributes, reference));
  const workloadProblems = [
    ...growthIssues(evaluation, resolved, inputs, reference),
    ...workloadIssues(evaluation, resolved, inputs),
  ];
  if (workloadProblems.length > 0) throw new InputError(workloadProblems);

  const platform = Object.fromEntries(
    SCENARIO_FIGURES.map((f) => [f.id, figureValue(f, evaluation.figure(toFigureId(f.id), {}))]),
  );
  const context = designContext(evaluation, resolved, reference);
  const currency = String(resolved.scenario.get('currency'));
  const tcoYears = Number(String(resolved.scenario.get('tco_years')));

  const options = selected.map((row) => {
    const id = String(row.id);
    const reason = unbuildableReason(evaluation, id);
    if (reason) throw unbuildable(reason, id, platform);
    const evaluated = evaluation.figuresAt(OPTION_FIGURES, { option: id });
    const values = Object.fromEntries(OPTION_FIGURES.map((f, i) => [f.id, figureValue(f, evaluated[i]!)]));
    const { placement, warnings } = checkDesign(values, row, context);
    return optionResult(
      { id: id as OptionId, name: String(row.name), briefSection: String(row.brief_section) },
      values,
      platform,
      MAILBOX_IDS,
      placement,
      warnings,
      currency,
      tcoYears,
    );
  });

  const comparison: Comparison = {
    schemaVersion: 3,
    scenario: {
      name: String(resolved.scenario.get('name')),
      currency,
      totalMailboxes: Number(platform.totalMailboxes),
      parameters: Object.fromEntries([...resolved.scenario].map(([k, v]) => [k, plainValue(v)])) as Record<
        ScenarioParameterName,
        FigureValue
      >,
      platform,
      tiers: listItemFigures(evaluation, 'tier', resolved.tiers),
      workloads: listItemFigures(evaluation, 'workload', resolved.workloads),
    },
    options,
  };
  return { comparison, inputs, evaluation, resolved, optionIds: selected.map((row) => String(row.id)) };
}
