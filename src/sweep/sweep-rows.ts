import { ModelEvaluation } from '../expr/evaluate-model.js';
import { EvaluationError } from '../expr/evaluation-error.js';
import { type FigureValue, figureValue } from '../expr/figure-values.js';
import type { Value } from '../expr/value.js';
import type { FigureId } from '../model/figure-ids.js';
import { describeIssue, type InputIssue } from '../model/input-error.js';
import { inputRuleIssues } from '../model/input-rule-issues.js';
import type { ReferenceData } from '../model/reference-data.js';
import { unbuildableReason } from '../options/buildable.js';
import { designContext } from '../options/design-checks.js';
import { type FigureValues, figureOf, type OptionsEvaluation, optionsModel } from '../options/options-model.js';
import { optionAttributes, optionsModelBindings } from '../options/options-model-bindings.js';
import { SUMMARY_ROWS } from '../options/summary-rows.js';
import { DesignCheckMemo } from './design-check-memo.js';
import { assignment, type SweepPlan, scenarioInputs } from './sweep-plan.js';

/** One row of a sweep: a scenario (its varied values) and one option's summary figures, or why it has none. */
export interface SweepRow {
  readonly scenario: number;
  readonly values: readonly string[];
  /** Mailboxes of every tier together (a tier column varied without a tier name sets it in every tier); absent before evaluation. */
  readonly totalMailboxes?: number;
  readonly option: string;
  /** Summary figures by id (the columns of summary.csv). */
  readonly figures: FigureValues;
  /** The kinds of the option's warnings, as `size` reports them, each once (`placement`: its VMs do not place whole on the hosts counted). */
  readonly warnings: readonly string[];
  readonly error?: string;
}

const SUMMARY = SUMMARY_ROWS.map((row) => ({
  key: row.key,
  figure: figureOf(row.figure),
  index: optionsModel.index.get(row.figure)!,
}));

/** The last evaluation of a sweep and its assignment, carried from one call of sweepRows to the next. */
export interface SweepCarry {
  previous?: { readonly evaluation: OptionsEvaluation; readonly digits: readonly number[] };
  /** The input rules' issues of the last scenario checked, by the value indices of the scenario parameters varied. */
  rules?: { readonly digits: readonly number[]; readonly issues: readonly InputIssue[] };
}

/**
 * The rows of scenarios `from` to `to` (exclusive), option by option. Each scenario's evaluation
 * reuses the previous one's values wherever the varied inputs do not reach, as a spreadsheet recalculates;
 * pass the same `checks` to consecutive calls of one sweep and its design checks are reused across them, and the
 * same `carry` and the first scenario of a call reuses the last of the call before (any two steps of one plan
 * differ only in the varied inputs whose values differ, so the chunks a worker gets need not be adjacent).
 */
export function* sweepRows(
  plan: SweepPlan,
  reference: ReferenceData,
  from: number,
  to: number,
  checks = new DesignCheckMemo(),
  carry: SweepCarry = {},
): Generator<SweepRow> {
  const optionRows = reference.tables.get('options')?.rows ?? [];
  const options = optionAttributes(reference, optionRows);
  const attributes = new Map(optionRows.map((row) => [String(row.id), row]));
  // What every step binds alike (the workloads, the prices, the options), bound once; a step binds its inputs and tiers.
  const bound = optionsModelBindings(plan.base, options, reference);
  // The input rules read the scenario parameters only: a step that leaves those alone has the last step's issues.
  const scenarioVaried = plan.variations.flatMap((v, i) => (v.target.kind === 'scenario' ? [i] : []));
  // Serialised values by the evaluation's cell objects, per kind of figure (a value serialises by its figure's kind).
  const serialised: Record<string, WeakMap<object, FigureValue>> = {};
  for (const { figure } of SUMMARY) serialised[figure.kind] ??= new WeakMap();
  /** The rows of one scenario, its evaluation reusing the last one evaluated. */
  const scenarioRows = (index: number, digits: readonly number[]): SweepRow[] => {
    const rows: SweepRow[] = [];
    const values = digits.map((d, v) => String(plan.variations[v]!.values[d]));
    const { scenario, tiers } = scenarioInputs(plan, digits);
    const rules = carry.rules;
    const issues =
      rules && scenarioVaried.every((v) => rules.digits[v] === digits[v])
        ? rules.issues
        : inputRuleIssues(scenario, reference, 'sweep');
    carry.rules = { digits, issues };
    if (issues.length > 0) {
      for (const option of options.keys())
        rows.push({
          scenario: index,
          values,
          option,
          figures: {},
          warnings: [],
          error: issues.map(describeIssue).join('; '),
        });
      return rows;
    }
    const previous = carry.previous;
    const changed = new Set(plan.tokens.filter((_, v) => !previous || previous.digits[v] !== digits[v]));
    const evaluation = new ModelEvaluation(
      optionsModel,
      { ...bound, inputs: scenario, lists: { tier: tiers, workload: bound.lists.workload } },
      undefined,
      previous ? { evaluation: previous.evaluation, changed } : undefined,
    );
    carry.previous = { evaluation, digits };
    const context = designContext(evaluation, { scenario, workloads: plan.base.workloads }, reference);
    const totalMailboxes = Number(evaluation.figure('totalMailboxes'));
    for (const option of options.keys()) {
      try {
        const reason = unbuildableReason(evaluation, option);
        if (reason) throw new EvaluationError('#VALUE!', reason);
        const figures: Partial<Record<FigureId, FigureValue>> = {};
        const slot = evaluation.slot({ option });
        // Every summary figure evaluated first, in order (the first error is the row's), then serialised.
        const raws = SUMMARY.map(({ index: at }) => evaluation.value(at, slot));
        SUMMARY.forEach(({ key, figure, index: at }, i) => {
          // A cell the evaluation holds as an object (options sharing it, or a step leaving it alone) is serialised once.
          const raw = raws[i];
          const cell = typeof raw === 'object' && raw !== null ? raw : undefined;
          const cache = cell && serialised[figure.kind];
          let value = cell && cache?.get(cell);
          if (value === undefined) {
            value = figureValue(figure, evaluation.valueAt(at, slot) as Value);
            if (cell) cache?.set(cell, value);
          }
          figures[key] = value;
        });
        const warnings = checks.warningCodes(evaluation, option, attributes.get(option)!, context);
        rows.push({ scenario: index, values, totalMailboxes, option, figures, warnings });
      } catch (error) {
        if (!(error instanceof EvaluationError)) throw error;
        rows.push({ scenario: index, values, totalMailboxes, option, figures: {}, warnings: [], error: error.detail });
      }
    }
    return rows;
  };
  // The scenarios evaluated in the plan's evaluation order (the cheapest variation changing fastest), rows given in
  // scenario order: a run of scenarios is held until its last is evaluated.
  const digitsOf = Array.from({ length: Math.max(0, to - from) }, (_, i) => assignment(plan, from + i));
  const weights = new Array<number>(plan.values.length).fill(0);
  let weight = 1;
  for (let l = plan.evaluationLoops.length - 1; l >= 0; l--) {
    const v = plan.evaluationLoops[l]!;
    weights[v] = weight;
    weight *= plan.values[v]!.length;
  }
  const key = (digits: readonly number[]) => digits.reduce((sum, d, v) => sum + d * weights[v]!, 0);
  const keys = digitsOf.map(key);
  const order = keys.map((_, i) => i).sort((a, b) => keys[a]! - keys[b]!);
  if (order.every((i, position) => i === position)) {
    for (let i = 0; i < digitsOf.length; i++) yield* scenarioRows(from + i, digitsOf[i]!);
    return;
  }
  const held: SweepRow[][] = new Array(digitsOf.length);
  for (const i of order) held[i] = scenarioRows(from + i, digitsOf[i]!);
  for (const rows of held) yield* rows;
}
