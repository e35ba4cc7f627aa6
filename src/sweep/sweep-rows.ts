import { ModelEvaluation } from '../expr/evaluate-model.js';
import { EvaluationError } from '../expr/evaluation-error.js';
import { type FigureValue, figureValue } from '../expr/figure-values.js';
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

const SUMMARY = SUMMARY_ROWS.map((row) => ({ key: row.key, figure: figureOf(row.figure) }));
const SUMMARY_FIGURES = SUMMARY.map((s) => s.figure);

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
  for (let index = from; index < to; index++) {
    const digits = assignment(plan, index);
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
        yield {
          scenario: index,
          values,
          option,
          figures: {},
          warnings: [],
          error: issues.map(describeIssue).join('; '),
        };
      continue;
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
        const evaluated = evaluation.figuresAt(SUMMARY_FIGURES, { option });
        SUMMARY.forEach(({ key, figure }, i) => (figures[key] = figureValue(figure, evaluated[i]!)));
        const warnings = checks.warningCodes(evaluation, option, attributes.get(option)!, context);
        yield { scenario: index, values, totalMailboxes, option, figures, warnings };
      } catch (error) {
        if (!(error instanceof EvaluationError)) throw error;
        yield { scenario: index, values, totalMailboxes, option, figures: {}, warnings: [], error: error.detail };
      }
    }
  }
}
