import { Decimal } from 'decimal.js';
import { ModelEvaluation } from '../expr/evaluate-model.js';
import { allNodes, type Expr } from '../expr/expression.js';
import { scenarioFigure } from '../expr/figure.js';
import { buildModel } from '../expr/model.js';
import type { Value } from '../expr/value.js';
import type { InputIssue } from './input-error.js';
import { INPUT_RULES, type InputRule } from './input-rules.js';
import type { ReferenceData } from './reference-data.js';

const holdsId = (rule: InputRule) => `${rule.id}Holds`;
const shownId = (rule: InputRule) => `${rule.id}Shown`;
const termId = (rule: InputRule, i: number) => `${rule.id}Term${i}`;
const figure = (id: string, expr: Expr) => scenarioFigure(id, { label: id, unit: '' }, expr);

/** The rules as figures of their own small model, so the engine evaluates the very expressions the workbook renders. */
const RULES_MODEL = buildModel(
  INPUT_RULES.flatMap((rule) => [
    figure(holdsId(rule), rule.holds),
    figure(shownId(rule), rule.shown),
    ...rule.terms.map((term, i) => figure(termId(rule, i), term)),
  ]),
);

/** The scenario parameters a rule reads: it is evaluated only where each of them has a value. */
const READS = new Map(
  INPUT_RULES.map((rule) => [
    rule,
    [rule.holds, rule.shown, ...rule.terms].flatMap((expr) =>
      allNodes(expr).flatMap((node) => (node.kind === 'input' ? [node.name] : [])),
    ),
  ]),
);

const shownText = (value: unknown) => (value instanceof Decimal ? value.toFixed() : String(value));

/**
 * The rules between scenario parameters that the inputs break (src/model/input-rules.ts), each as an issue naming
 * the parameter, its value and what was expected. Rules reading a parameter without a value are left to its own issue.
 */
export function inputRuleIssues(
  scenario: ReadonlyMap<string, Value>,
  reference: ReferenceData,
  file: string,
  lineOf: (name: string) => number | undefined = () => undefined,
): InputIssue[] {
  const evaluation = new ModelEvaluation(RULES_MODEL, {
    inputs: scenario,
    lists: { tier: [], workload: [] },
    options: new Map(),
    reference,
  });
  const issues: InputIssue[] = [];
  for (const rule of INPUT_RULES) {
    if (!READS.get(rule)!.every((name) => scenario.get(name) instanceof Decimal)) continue;
    if (evaluation.figure(holdsId(rule)) === true) continue;
    const line = lineOf(rule.guards[rule.guards.length - 1]!);
    issues.push({
      file,
      ...(line === undefined ? {} : { line }),
      column: rule.column,
      value: shownText(evaluation.figure(shownId(rule))),
      expected: rule.expected.replace(/\{(\d+)\}/g, (_, i: string) =>
        shownText(evaluation.figure(termId(rule, Number(i)))),
      ),
    });
  }
  return issues;
}
