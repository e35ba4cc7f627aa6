import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { ModelEvaluation } from '../src/expr/evaluate-model.js';
import { add, div, input, mul, ref } from '../src/expr/expression.js';
import { scenarioFigure } from '../src/expr/figure.js';
import { buildModel } from '../src/expr/model.js';
import { reference } from './reference.js';

// Issue 14, "No hidden state": a model keeps its own caches. Building models over and over grows nothing global:
// each model's memo slots are its own, and memory stays flat over 10,000 builds and evaluations.
const figures = [
  scenarioFigure('share', { label: 'share', unit: '' }, div(input('dr_capacity_pct'), 100)),
  scenarioFigure('scaled', { label: 'scaled', unit: '' }, mul(input('dag_copies'), div(input('dr_capacity_pct'), 100))),
  scenarioFigure('total', { label: 'total', unit: '' }, add(ref('share'), ref('scaled'))),
];
const evaluate = () => {
  const model = buildModel(figures, []);
  const evaluation = new ModelEvaluation(model, {
    inputs: new Map([
      ['dr_capacity_pct', new Decimal(50)],
      ['dag_copies', new Decimal(3)],
    ]),
    lists: { tier: [], workload: [] },
    inputTables: new Map(),
    options: new Map(),
    reference,
  });
  return { model, total: evaluation.figure('total') };
};

describe('models keep their own state (issue 14)', () => {
  it('10,000 models built and evaluated: the same memo slots each, the same answer, memory flat', () => {
    const first = evaluate();
    expect(String(first.total)).toBe('2');
    const heapBefore = process.memoryUsage().heapUsed;
    for (let i = 0; i < 10_000; i++) {
      const { model, total } = evaluate();
      expect(model.memoInputTokens.length).toBe(first.model.memoInputTokens.length);
      if (i % 1000 === 0) expect(String(total)).toBe('2');
    }
    (globalThis as { gc?: () => void }).gc?.();
    // Without a global registry nothing survives a build; a registry of a few sets a build grew by megabytes here.
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(64 * 1024 * 1024);
  }, 120_000);
});
