import type { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { Dec } from '../src/decimal.js';
import { type Calculator, decimalCalculator } from '../src/expr/calculator.js';
import { ModelEvaluation } from '../src/expr/evaluate-model.js';
import { add, div, input, mul, num, previous, ref, rowKey, sumOf } from '../src/expr/expression.js';
import { optionFigure, rowFigure, scenarioFigure } from '../src/expr/figure.js';
import { buildModel } from '../src/expr/model.js';
import { reference } from './reference.js';

// Issue 16: the engine marks cells in progress only for figures on a cycle of references (found when the model is
// built), and an arithmetic node keeps its last decimal operands and result. Neither may change a value or an error.
const spec = (id: string) => ({ label: id, unit: '' });
const candidates = {
  id: 'candidates',
  label: 'candidates',
  kind: 'range',
  countConstant: 'members_per_dag_max',
} as const;
const model = buildModel(
  [
    scenarioFigure('self', spec('self'), add(ref('self'), 1)),
    scenarioFigure('ping', spec('ping'), add(ref('pong'), 1)),
    scenarioFigure('pong', spec('pong'), add(ref('ping'), 1)),
    scenarioFigure('third', spec('third'), div(input('x'), 3)),
    scenarioFigure('thirdTimesX', spec('thirdTimesX'), mul(ref('third'), input('x'))),
    rowFigure('candidates')('runningTotal', spec('runningTotal'), add(previous(ref('runningTotal'), 0), rowKey())),
    optionFigure('total', spec('total'), sumOf('runningTotal')),
  ],
  [candidates],
);
const decimalOnly: Calculator<Decimal> = { ...decimalCalculator };
const evaluate = (x: number, calc?: Calculator<Decimal>, previousStep?: ModelEvaluation) =>
  new ModelEvaluation(
    model,
    {
      inputs: new Map([['x', new Dec(x)]]),
      lists: { tier: [], workload: [] },
      inputTables: new Map(),
      options: new Map([['a', new Map()]]),
      reference,
    },
    calc,
    previousStep && { evaluation: previousStep, changed: new Set(['scenario.x']) },
  );

describe('cycles and running states (issue 16)', () => {
  it('the model knows which figures are on a cycle of references: a running state down rows is one', () => {
    const cyclic = model.order.filter((_, i) => model.cyclic[i]).map((f) => f.id);
    expect(cyclic).toEqual(['self', 'ping', 'pong', 'runningTotal']);
  });

  it('a figure that needs itself fails as before, every time it is read, and leaves no mark behind', () => {
    const evaluation = evaluate(3);
    for (let i = 0; i < 2; i++) {
      expect(() => evaluation.figure('self')).toThrow('figure self depends on itself');
      expect(() => evaluation.figure('ping')).toThrow('figure ping depends on itself');
      expect(() => evaluation.figure('pong')).toThrow('figure pong depends on itself');
    }
  });

  it('a running state adds the row keys down the rows: 1 + 2 + ... + 16 on the last row', () => {
    const evaluation = evaluate(3);
    const rows = evaluation.rowCount(candidates);
    expect(rows).toBe(16);
    // Read from the last row first: each row reads the one above (a chain 16 deep), then the column is cached.
    expect(String(evaluation.figure('runningTotal', { option: 'a', row: rows - 1 }))).toBe('136');
    // The sum of the running totals: sum over n of n(n+1)/2 = 16 * 17 * 18 / 6 = 816.
    expect(String(evaluation.figure('total', { option: 'a' }))).toBe('816');
  });
});

describe('an arithmetic node keeps its last decimal operands and result (issue 16)', () => {
  it('steps that change the operands get the new result, steps that repeat them the same, as decimal.js alone', () => {
    let previousStep: ModelEvaluation | undefined;
    for (const x of [1, 7, 7, 2, 7, 11, 1]) {
      const step = evaluate(x, undefined, previousStep);
      previousStep = step;
      const alone = evaluate(x, decimalOnly);
      // x/3 × x: a 40-digit Decimal times a whole number, the operation the node may skip.
      expect(String(step.figure('thirdTimesX'))).toBe(String(alone.figure('thirdTimesX')));
      expect(String(alone.figure('thirdTimesX'))).toBe(new Dec(x).div(3).times(x).toString());
    }
  });

  it('0 × -1 is -0, as decimal.js gives it', () => {
    const zeroTimes = buildModel([scenarioFigure('z', spec('z'), mul(num(0), input('x')))]);
    const evaluation = new ModelEvaluation(zeroTimes, {
      inputs: new Map([['x', new Dec(-1)]]),
      lists: { tier: [], workload: [] },
      options: new Map(),
      reference,
    });
    expect((evaluation.figure('z') as Decimal).isNegative()).toBe(true);
  });
});
