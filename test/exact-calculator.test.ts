import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Dec } from '../src/decimal.js';
import { type Calculator, decimalCalculator, type Rounding } from '../src/expr/calculator.js';
import { ModelEvaluation } from '../src/expr/evaluate-model.js';
import { asDecimal, type ExactNumber, exactCalculator } from '../src/expr/exact-calculator.js';
import { LIST_NAMES, type ListName } from '../src/expr/figure.js';
import { ScaledDecimal } from '../src/expr/scaled-decimal.js';
import type { Position } from '../src/expr/value.js';
import { resolveInputs } from '../src/model/scenario-inputs.js';
import type { ScenarioInputs } from '../src/model/scenario-inputs-types.js';
import { type OptionsEvaluation, optionsModel } from '../src/options/options-model.js';
import { optionAttributes, optionsModelBindings } from '../src/options/options-model-bindings.js';
import { assignment, planSweep, scenarioInputs } from '../src/sweep/sweep-plan.js';
import { reference } from './reference.js';
import { shipped, withInputs } from './shipped.js';

// The path before the exact calculator: decimal.js for every operation (a copy, so the evaluation does not swap it).
const decimalOnly: Calculator<Dec> = { ...decimalCalculator };

/** A number's identity as decimal.js has it: its digits and the sign of a zero. */
const identity = (value: unknown): string => {
  const v = asDecimal(value);
  return v instanceof Dec ? `${v.toString()}${v.isZero() && v.isNeg() ? ' (-0)' : ''}` : JSON.stringify(v);
};

/** Runs an operation, giving its result's identity or its error. */
const outcome = (run: () => unknown): string => {
  try {
    return identity(run());
  } catch (error) {
    return `error: ${(error as Error).message}`;
  }
};

describe('the exact calculator against decimal.js', () => {
  // Operands of every kind a figure meets: small and large whole numbers, money, fractions of many places,
  // zeros of both signs, values past 2^53 and past 16 digits, and numbers decimal.js itself gave (1/3).
  const operand = fc.oneof(
    fc.integer({ min: -1000, max: 1000 }).map(String),
    fc.integer({ min: -1e9, max: 1e9 }).map(String),
    fc.tuple(fc.integer({ min: -1e7, max: 1e7 }), fc.integer({ min: 0, max: 8 })).map(([m, s]) => `${m}e-${s}`),
    fc
      .tuple(fc.bigInt({ min: -(10n ** 18n), max: 10n ** 18n }), fc.integer({ min: 0, max: 25 }))
      .map(([m, s]) => `${m}e-${s}`),
    fc.constantFrom('0', '-0', '9007199254740991', '9007199254740993', '-9007199254740992', '1e22', '1e-22'),
    fc.constantFrom('0.1', '0.125', '1024', '0.7', '1.07', '100', '3'),
    fc
      .tuple(fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 1, max: 1000 }))
      .map(([a, b]) => new Dec(a).div(b).toString()),
  );
  const both = <T>(run: <N>(calc: Calculator<N>, a: N, b: N) => T) =>
    fc.property(operand, operand, (x, y) => {
      const exact = run(exactCalculator, exactCalculator.from(new Dec(x)), exactCalculator.from(new Dec(y)));
      const decimal = run(decimalCalculator, new Dec(x), new Dec(y));
      expect(
        outcome(() => exact),
        `${x}, ${y}`,
      ).toBe(outcome(() => decimal));
    });
  const binary = (name: 'add' | 'subtract' | 'multiply' | 'divide' | 'compare') =>
    both(<N>(calc: Calculator<N>, a: N, b: N) => {
      try {
        return calc[name](a, b);
      } catch (error) {
        return `error: ${(error as Error).message}`;
      }
    });

  it.each(['add', 'subtract', 'multiply', 'divide', 'compare'] as const)('%s gives decimal.js’s value', (name) => {
    fc.assert(binary(name), { numRuns: 10_000, seed: 16 });
  });

  it('rounding, zero tests, numbers and text give decimal.js’s', () => {
    const modes: Rounding[] = ['up', 'down', 'half-up'];
    fc.assert(
      fc.property(operand, fc.integer({ min: 0, max: 6 }), fc.constantFrom(...modes), (x, digits, mode) => {
        const a = exactCalculator.from(new Dec(x));
        const d = new Dec(x);
        expect(
          outcome(() => exactCalculator.round(a, digits, mode)),
          `${x} ${digits} ${mode}`,
        ).toBe(outcome(() => decimalCalculator.round(d, digits, mode)));
        expect(exactCalculator.isZero(a)).toBe(decimalCalculator.isZero(d));
        expect(Object.is(exactCalculator.toNumber(a), decimalCalculator.toNumber(d)), x).toBe(true);
        expect(exactCalculator.toText(a)).toBe(decimalCalculator.toText(d));
      }),
      { numRuns: 10_000, seed: 16 },
    );
  });

  it('rounds a quotient as decimal.js divides (to 40 digits) then rounds, quotients near a rounding boundary included', () => {
    const modes: Rounding[] = ['up', 'down', 'half-up'];
    // Near a boundary: b·k/2·10^-d ± a little, so the quotient's 40-digit rounding lands as close to it as it can.
    const nearBoundary = fc
      .tuple(
        fc.integer({ min: 1, max: 99_999_999 }),
        fc.integer({ min: -1e6, max: 1e6 }),
        fc.integer({ min: -3, max: 3 }),
        fc.integer({ min: 0, max: 3 }),
      )
      .map(([b, k, nudge, d]) => [
        new Dec(b).times(k).div(2).plus(nudge).div(new Dec(10).pow(d)).toString(),
        String(b),
      ]);
    const pairs = fc.oneof(fc.tuple(operand, operand), nearBoundary);
    let exactly = 0;
    fc.assert(
      fc.property(pairs, fc.integer({ min: 0, max: 8 }), fc.constantFrom(...modes), ([x, y], digits, mode) => {
        const [a, b] = [exactCalculator.from(new Dec(x)), exactCalculator.from(new Dec(y))];
        const fused = exactCalculator.roundQuotient!(a, b, digits, mode);
        if (fused === undefined) return;
        exactly++;
        expect(identity(fused), `ROUND(${x} / ${y}, ${digits}) ${mode}`).toBe(
          outcome(() => decimalCalculator.round(decimalCalculator.divide(new Dec(x), new Dec(y)), digits, mode)),
        );
      }),
      { numRuns: 20_000, seed: 16 },
    );
    expect(exactly).toBeGreaterThan(5_000);
  });

  it('holds small values in doubles and falls back to decimal.js where a double cannot hold the result', () => {
    const third = exactCalculator.divide(exactCalculator.from('1'), exactCalculator.from('3'));
    expect(third).not.toBeInstanceOf(ScaledDecimal);
    expect(identity(third)).toBe('0.3333333333333333333333333333333333333333');
    // 2.5 GB over 1024 MB a GB: 0.00244140625 exactly (a power of two divides into a finite decimal).
    const share = exactCalculator.divide(exactCalculator.from('2.5'), exactCalculator.from('1024')) as ExactNumber;
    expect(share).toBeInstanceOf(ScaledDecimal);
    expect(identity(share)).toBe('0.00244140625');
    // 2^53 + 1 is past a double's integers: decimal.js adds it.
    const big = exactCalculator.add(exactCalculator.from('9007199254740992'), exactCalculator.from('1'));
    expect(identity(big)).toBe('9007199254740993');
    // decimal.js keeps the sign of a negative zero: 0 × -3 and ROUNDUP(-0.3, 0) towards zero.
    expect(identity(exactCalculator.multiply(exactCalculator.from('0'), exactCalculator.from('-3')))).toBe('0 (-0)');
    expect(identity(exactCalculator.round(exactCalculator.from('-0.3'), 0, 'down'))).toBe('0 (-0)');
  });
});

/** Every figure of an evaluation at every position: scenario, each list item, each option, each row. */
function everyCell(evaluation: OptionsEvaluation, options: readonly string[]): Map<string, string> {
  const cells = new Map<string, string>();
  const read = (id: string, at: Position) =>
    cells.set(
      `${id} ${JSON.stringify(at)}`,
      outcome(() => evaluation.figure(id as never, at)),
    );
  for (const figure of optionsModel.order) {
    const scope = figure.scope;
    if (scope === 'scenario') read(figure.id, {});
    else if ((LIST_NAMES as readonly string[]).includes(scope)) {
      const count = evaluation.bindings.lists[scope as ListName].length;
      for (let item = 0; item < count; item++) read(figure.id, { item });
    } else if (scope === 'option') for (const option of options) read(figure.id, { option });
    else {
      const rows = evaluation.rowCount(optionsModel.rowSets.get(scope.slice('rows:'.length))!);
      for (const option of options) for (let row = 0; row < rows; row++) read(figure.id, { option, row });
    }
  }
  return cells;
}

const OPTIONS = optionAttributes(reference);
const OPTION_IDS = [...OPTIONS.keys()];

function evaluate(inputs: ScenarioInputs, calc?: Calculator<Dec>) {
  return new ModelEvaluation(
    optionsModel,
    optionsModelBindings(resolveInputs(inputs, reference), OPTIONS, reference),
    calc,
  );
}

/** The cells where two evaluations differ, as `figure position: exact | decimal.js`. */
function differences(exact: Map<string, string>, decimal: Map<string, string>): string[] {
  return [...decimal]
    .filter(([key, value]) => exact.get(key) !== value)
    .map(([k, v]) => `${k}: ${exact.get(k)} | ${v}`);
}

describe('every figure of the options model, exact calculator against decimal.js alone', () => {
  it('the shipped scenario', () => {
    const exact = everyCell(evaluate(shipped), OPTION_IDS);
    expect(exact.size).toBeGreaterThan(10_000);
    expect(differences(exact, everyCell(evaluate(shipped, decimalOnly), OPTION_IDS))).toEqual([]);
  });

  it('random scenarios (as compareOptions evaluates them)', () => {
    const scenarios = fc.record({
      mailboxes: fc.integer({ min: 50, max: 200_000 }),
      messages: fc.integer({ min: 50, max: 500 }),
      quota: fc.integer({ min: 100, max: 20_000 }),
      copies: fc.integer({ min: 2, max: 4 }),
      ramGB: fc.constantFrom(48, 64, 96, 128, 192, 256, 320),
      growth: fc.constantFrom('0', '5', '7.5', '12.25'),
      years: fc.integer({ min: 1, max: 7 }),
      overhead: fc.constantFrom('0', '10', '20', '33.3'),
    });
    let compared = 0;
    fc.assert(
      fc.property(scenarios, (s) => {
        const inputs = withInputs(
          { dag_copies: s.copies, host_ram_gb: s.ramGB, tco_years: s.years, io_overhead_pct: s.overhead },
          [
            {
              tier: 'a',
              mailboxes: s.mailboxes,
              messages_per_day: s.messages,
              mailbox_quota_mb: s.quota,
              mailbox_growth_pct: s.growth,
            },
            { tier: 'b', mailboxes: Math.ceil(s.mailboxes / 7), messages_per_day: 150, mailbox_quota_mb: 2048 },
          ],
        );
        let exact: Map<string, string>;
        try {
          exact = everyCell(evaluate(inputs), OPTION_IDS);
        } catch {
          return; // inputs the resolver rejects: no evaluation on either path
        }
        expect(differences(exact, everyCell(evaluate(inputs, decimalOnly), OPTION_IDS))).toEqual([]);
        compared++;
      }),
      { numRuns: 6, seed: 16 },
    );
    expect(compared).toBeGreaterThanOrEqual(4);
  });

  it('steps of a sweep that varies the sizing, each reusing the step before, against a fresh decimal.js evaluation', () => {
    const plan = planSweep(shipped, reference, [
      'mailboxes=1000..100000/1000',
      'messages_per_day=50..500/50',
      'mailbox_quota_mb=1024..10240/1024',
      'host_ram_gb=32..320/32',
    ]);
    let previous: { evaluation: OptionsEvaluation; digits: number[] } | undefined;
    // Consecutive steps (the innermost loop), then the turns of the outer loops.
    for (const index of [0, 1, 2, 3, 99, 100, 101, 1000, 1001, 54_321, 54_322, 99_999]) {
      const digits = assignment(plan, index);
      const { scenario, tiers } = scenarioInputs(plan, digits);
      const bindings = optionsModelBindings({ ...plan.base, scenario, tiers }, OPTIONS, reference);
      const changed = new Set(plan.tokens.filter((_, v) => !previous || previous.digits[v] !== digits[v]));
      const evaluation = new ModelEvaluation(
        optionsModel,
        bindings,
        undefined,
        previous && { evaluation: previous.evaluation, changed },
      );
      previous = { evaluation, digits };
      const fresh = new ModelEvaluation(optionsModel, bindings, decimalOnly);
      expect(differences(everyCell(evaluation, OPTION_IDS), everyCell(fresh, OPTION_IDS)), `step ${index}`).toEqual([]);
    }
  });
});
