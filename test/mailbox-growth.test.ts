import { describe, expect, it } from 'vitest';
import { Dec } from '../src/decimal.js';
import { decimalCalculator, numberCalculator } from '../src/expr/calculator.js';
import { EvaluationError } from '../src/expr/evaluation-error.js';
import { input, power } from '../src/expr/expression.js';
import { renderFormula } from '../src/expr/render-formula.js';
import type { RawRecord } from '../src/model/scenario-inputs-types.js';
import { evaluateComparison } from '../src/options/compare-options.js';
import { OPTION_SECTIONS } from '../src/options/options-model.js';
import { buildWorkbook } from '../src/output/build-workbook.js';
import { inputIssuesOf } from './input-issues.js';
import { mismatches, rawFromModel, recalculate } from './oracle/recalculate.js';
import { reference } from './reference.js';
import { shipped, withInputs } from './shipped.js';
import { WORKBOOK_TIMEOUT } from './timeouts.js';

// Issue 13, "Mailbox growth": a yearly growth of the number of mailboxes per tier (the Exchange 2010 calculator's
// "Projected Mailbox Number Growth Percentage" [S13], UNCONFIRMED), compounded over tco_years; the design is sized
// for the mailboxes at the end of the TCO horizon and shows year 1 beside them.
const tier = (name: string, mailboxes: number, growth: number): RawRecord => ({
  tier: name,
  mailboxes,
  messages_per_day: 150,
  mailbox_growth_pct: growth,
});

const tierFigures = (tiers: readonly RawRecord[], years: number) =>
  evaluateComparison(withInputs({ tco_years: years }, tiers), reference).comparison.scenario;

describe('mailboxes at the end of the TCO horizon', () => {
  it('1,000 mailboxes growing 10 % a year for 3 years: the design holds 1,331', () => {
    // 1,000 x (1 + 10/100)^3 = 1,000 x 1.1 x 1.1 x 1.1 = 1,000 x 1.331 = 1,331 exactly: nothing to round up.
    const scenario = tierFigures([tier('Growing', 1000, 10)], 3);
    const figures = scenario.tiers[0]!.figures;
    expect(Number(figures.tierMailboxesYearOne)).toBe(1000);
    expect(Number(figures.tierMailboxes)).toBe(1331);
    expect(Number(scenario.platform.totalMailboxesYearOne)).toBe(1000);
    expect(Number(scenario.platform.totalMailboxes)).toBe(1331);
    // Mailbox data: the mailboxes of each date times the same mailbox size on disk [S3] (exact, from the engine).
    const { evaluation } = evaluateComparison(withInputs({ tco_years: 3 }, [tier('Growing', 1000, 10)]), reference);
    const exact = (id: 'mailboxSizeOnDiskMB' | 'tierMailboxDataYearOneMB' | 'tierMailboxDataMB') =>
      evaluation.figure(id, { item: 0 }) as Dec;
    const size = exact('mailboxSizeOnDiskMB');
    expect(exact('tierMailboxDataYearOneMB').eq(size.times(1000))).toBe(true);
    expect(exact('tierMailboxDataMB').eq(size.times(1331))).toBe(true);
    expect((evaluation.figure('totalMailboxDataGB', {}) as Dec).eq(size.times(1331).div(1024))).toBe(true);
  });

  it('a fraction of a mailbox rounds up: 1,000 at 7 % for 3 years is 1,226', () => {
    // 1.07^3 = 1.07 x 1.07 x 1.07 = 1.1449 x 1.07 = 1.225043; 1,000 x 1.225043 = 1,225.043, rounded up to 1,226.
    // Two tiers: 1,331 (the case above) + 1,226 = 2,557 in all, from 2,000 in year 1.
    const scenario = tierFigures([tier('Growing', 1000, 10), tier('Slower', 1000, 7)], 3);
    expect(scenario.tiers.map((t) => Number(t.figures.tierMailboxes))).toEqual([1331, 1226]);
    expect(Number(scenario.platform.totalMailboxesYearOne)).toBe(2000);
    expect(Number(scenario.platform.totalMailboxes)).toBe(2557);
  });

  it('the horizon is tco_years of growth: 1 year of 10 % is 1,100, 5 years 1,611', () => {
    // 1,000 x 1.1 = 1,100; 1,000 x 1.1^5 = 1,000 x 1.61051 = 1,610.51, rounded up to 1,611.
    expect(Number(tierFigures([tier('Growing', 1000, 10)], 1).platform.totalMailboxes)).toBe(1100);
    expect(Number(tierFigures([tier('Growing', 1000, 10)], 5).platform.totalMailboxes)).toBe(1611);
  });
});

describe('zero growth, the default, leaves the design as it was', () => {
  it('the shipped tiers: the mailboxes sized for are the mailboxes entered', () => {
    const { scenario } = evaluateComparison(shipped, reference).comparison;
    for (const t of scenario.tiers) expect(t.figures.tierMailboxes).toBe(t.figures.tierMailboxesYearOne);
    expect(scenario.totalMailboxes).toBe(16_500);
    expect(scenario.platform.totalMailboxDataGB).toBe(scenario.platform.totalMailboxDataYearOneGB);
  });

  it('without growth, tco_years changes no sizing figure: growth is its only way into the design', () => {
    const sized = OPTION_SECTIONS.filter((s) => ['Mailbox role', 'VMs', 'Hosts', 'Storage'].includes(s.section))
      .flatMap((s) => s.figures)
      .filter((f) => f.scope === 'option');
    const at = (years: number) => {
      const result = evaluateComparison(withInputs({ tco_years: years }), reference);
      return result.optionIds.map((option) =>
        sized.map((f) => String(result.evaluation.figure(f.id as never, { option }))),
      );
    };
    expect(at(10)).toEqual(at(1));
  });
});

describe('growth sizes the whole design', () => {
  const grown = withInputs(
    { tco_years: 3 },
    shipped.tiers.map((t) => ({ ...t, mailbox_growth_pct: 10 })),
  );
  const before = evaluateComparison(shipped, reference);
  const after = evaluateComparison(grown, reference);

  it('more mailboxes at the end, so at least as many databases, servers and gigabytes, and CALs for every one', () => {
    // 16,000 x 1.331 = 21,296 staff and 500 x 1.331 = 665.5, rounded up to 666, executives: 21,962 in all.
    expect(after.comparison.scenario.totalMailboxes).toBe(21_962);
    for (const option of after.optionIds) {
      for (const id of ['databases', 'mailboxServers', 'primaryStorageGB', 'totalHosts'] as const) {
        const was = new Dec(String(before.evaluation.figure(id, { option })));
        expect(new Dec(String(after.evaluation.figure(id, { option }))).gte(was), `${option} ${id}`).toBe(true);
      }
      // CALs are bought once per user and kept: over the horizon, one for every mailbox at its end.
      expect(Number(after.evaluation.figure('exchangeCalLicenceQuantity', { option }))).toBe(21_962);
    }
  });

  it(
    'the workbook recalculates to the engine figures (HyperFormula, POWER included)',
    () => {
      const model = buildWorkbook(after, reference);
      const raw = rawFromModel(model);
      expect(mismatches(recalculate(raw), raw.cached)).toEqual([]);
    },
    WORKBOOK_TIMEOUT,
  );
});

describe("the cost per mailbox divides the TCO by the mailbox-months served, not by the last day's mailboxes", () => {
  // Assumption (the figure's source): each year serves the mailboxes of its start for 12 months, over whole tco_years.
  it('1,000 mailboxes growing 10 % a year for 3 years serve 39,720 mailbox-months', () => {
    // Year 1: 1,000; year 2: 1,000 x 1.1 = 1,100; year 3: 1,000 x 1.1^2 = 1,210; 3,310 mailbox-years x 12 = 39,720.
    // Closed form: 1,000 x (1.1^3 - 1) / 0.1 = 1,000 x 0.331 / 0.1 = 3,310.
    const scenario = tierFigures([tier('Growing', 1000, 10)], 3);
    expect(Number(scenario.tiers[0]!.figures.tierMailboxMonths)).toBe(39_720);
    expect(Number(scenario.platform.totalMailboxMonths)).toBe(39_720);
  });

  it('a fraction of a mailbox-year rounds up: 1,000 at 7 % for 3 years serve 38,580 mailbox-months', () => {
    // 1,000 + 1,070 + 1,144.9 = 3,214.9 mailbox-years (1,000 x (1.225043 - 1) / 0.07 = 3,214.9), rounded up to 3,215;
    // x 12 = 38,580. With the 10 % tier above: 39,720 + 38,580 = 78,300 in all.
    const scenario = tierFigures([tier('Growing', 1000, 10), tier('Slower', 1000, 7)], 3);
    expect(scenario.tiers.map((t) => Number(t.figures.tierMailboxMonths))).toEqual([39_720, 38_580]);
    expect(Number(scenario.platform.totalMailboxMonths)).toBe(78_300);
  });

  it('with 10 % growth the TCO is shared by 39,720 mailbox-months, not 1,331 x 36 = 47,916', () => {
    const { evaluation, optionIds } = evaluateComparison(
      withInputs({ tco_years: 3 }, [tier('Growing', 1000, 10)]),
      reference,
    );
    for (const option of optionIds) {
      const tco = new Dec(String(evaluation.figure('tco', { option })));
      const cents = (value: Dec) => value.toDecimalPlaces(2, Dec.ROUND_HALF_UP).toString();
      // Per month: TCO / 39,720. Per mailbox over the horizon: TCO x 36 months / 39,720 (the average 1,103.33 served).
      expect(String(evaluation.figure('costPerMailboxPerMonth', { option })), option).toBe(cents(tco.div(39_720)));
      expect(String(evaluation.figure('costPerMailbox', { option })), option).toBe(cents(tco.times(36).div(39_720)));
      // More than the end-of-horizon count gave (TCO / 47,916 a month): growth no longer makes a mailbox look cheaper.
      expect(tco.div(39_720).gt(tco.div(1331 * 36))).toBe(true);
    }
  });

  it('without growth the figures are the TCO over the mailboxes entered, as before', () => {
    const { comparison, evaluation, optionIds } = evaluateComparison(shipped, reference);
    // 16,500 mailboxes x 3 years x 12 months = 594,000 mailbox-months.
    expect(Number(comparison.scenario.platform.totalMailboxMonths)).toBe(594_000);
    for (const option of optionIds) {
      const tco = new Dec(String(evaluation.figure('tco', { option })));
      const cents = (value: Dec) => value.toDecimalPlaces(2, Dec.ROUND_HALF_UP).toString();
      expect(String(evaluation.figure('costPerMailbox', { option })), option).toBe(cents(tco.div(16_500)));
      expect(String(evaluation.figure('costPerMailboxPerMonth', { option })), option).toBe(
        cents(tco.div(16_500 * 3 * 12)),
      );
    }
  });
});

describe('bad growth is an input error naming the tier and the column', () => {
  const issuesFor = (growth: number | string, years = 3) =>
    inputIssuesOf(() =>
      evaluateComparison(
        withInputs({ tco_years: years }, [{ ...tier('Staff', 16000, 0), mailbox_growth_pct: growth }]),
        reference,
      ),
    ).map((i) => `${i.column} = ${i.value}: ${i.expected}`);

  it('below 0, above 100 % a year, or not a number', () => {
    expect(issuesFor(-1)).toEqual(['tiers[0].mailbox_growth_pct = -1: a number from 0 to 100 %/year']);
    expect(issuesFor(101)).toEqual(['tiers[0].mailbox_growth_pct = 101: a number from 0 to 100 %/year']);
    expect(issuesFor('ten')).toEqual(['tiers[0].mailbox_growth_pct = ten: a number from 0 to 100 %/year']);
  });

  it('or growth past the mailboxes the sizing keeps exact', () => {
    // 16,000 x 2^10 = 16,384,000 > 10,000,000 (mailboxes_total_max).
    expect(issuesFor(100, 10)).toEqual([
      'tiers[0].mailbox_growth_pct = 100: a growth that keeps the mailboxes after 10 years (tco_years) within 10000000 in all tiers together (data/constants.csv mailboxes_total_max), not 16384000 mailboxes',
    ]);
  });
});

describe('POWER: exact in the engine, POWER() in the workbook', () => {
  it('renders as Excel POWER', () => {
    const addresses = { input: (name: string) => `in_${name}` } as unknown as Parameters<typeof renderFormula>[1];
    expect(renderFormula(power(1.1, input('tco_years')), addresses, {})).toBe('POWER(1.1,in_tco_years)');
  });

  it('a whole exponent is exact to the engine digits; a fractional one is refused', () => {
    expect(decimalCalculator.power(new Dec('1.1'), 3).toFixed()).toBe('1.331');
    expect(decimalCalculator.power(new Dec('1.07'), 3).toFixed()).toBe('1.225043');
    expect(decimalCalculator.power(new Dec('2'), 0).toFixed()).toBe('1');
    // Binary floating point misses it: 1.1^3 is 1.3310000000000004 as a double, which is why counts round explicitly.
    expect(numberCalculator.power(1.1, 3)).not.toBe(1.331);
    expect(() => decimalCalculator.power(new Dec('2'), 0.5)).toThrow(EvaluationError);
    expect(() => decimalCalculator.power(new Dec('0'), -1)).toThrow(EvaluationError);
  });
});
