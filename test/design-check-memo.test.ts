import { describe, expect, it } from 'vitest';
import type { ScenarioInputs } from '../src/model/scenario-inputs-types.js';
import { evaluateComparison } from '../src/options/compare-options.js';
import { checkDesign, type DesignContext, designContext, figuresOnDemand } from '../src/options/design-checks.js';
import { DesignCheckMemo } from '../src/sweep/design-check-memo.js';
import { reference } from './reference.js';
import { shipped, withInputs } from './shipped.js';

// Unit tests of the sweep's design-check memo (src/sweep/design-check-memo.ts): it gives the codes the check gives,
// and reuses the last result (the same frozen array) only where every value the check read is the same. sweep.test.ts checks
// it through whole sweeps against single runs.
const OPTIONS = reference.tables.get('options')!.rows;

function scenario(inputs: ScenarioInputs, host?: Partial<Pick<DesignContext, 'hostVcpu' | 'hostRamGB'>>) {
  const { evaluation, resolved } = evaluateComparison(inputs, reference);
  return { evaluation, context: { ...designContext(evaluation, resolved, reference), ...host } };
}

/** The codes of the check itself, run afresh: each kind once, as the memo keeps them. */
function checked({ evaluation, context }: ReturnType<typeof scenario>, option: string): string[] {
  const row = OPTIONS.find((r) => r.id === option)!;
  return [...new Set(checkDesign(figuresOnDemand(evaluation, option), row, context).warnings.map((w) => w.code))];
}

const codesOf = (memo: DesignCheckMemo, { evaluation, context }: ReturnType<typeof scenario>, option: string) =>
  memo.warningCodes(evaluation, option, OPTIONS.find((r) => r.id === option)!, context);

describe('DesignCheckMemo', () => {
  const base = scenario(shipped);
  const jbod = scenario(withInputs({ raid_level: 'JBOD' }));

  it('gives, for every option, the warning codes of the check run afresh, frozen', () => {
    const memo = new DesignCheckMemo();
    for (const { id } of OPTIONS) {
      const codes = codesOf(memo, base, String(id));
      expect(codes, String(id)).toEqual(checked(base, String(id)));
      expect(Object.isFrozen(codes)).toBe(true);
    }
    for (const { id } of OPTIONS)
      expect(codesOf(memo, jbod, String(id)), String(id)).toEqual(checked(jbod, String(id)));
    expect(codesOf(memo, jbod, 'standalone-ha')).toContain('jbod-copies');
  });

  it('the same call again is the same result, not a new check', () => {
    const memo = new DesignCheckMemo();
    const first = codesOf(memo, base, 'dag');
    expect(codesOf(memo, base, 'dag')).toBe(first);
  });

  it('another scenario whose values along the path are the same reuses the result; one that reads differently does not', () => {
    const memo = new DesignCheckMemo();
    const first = codesOf(memo, base, 'standalone-ha');
    // The years of the TCO are not read by the check: a new evaluation, the same values read, the same result.
    expect(codesOf(memo, scenario(withInputs({ tco_years: 5 })), 'standalone-ha')).toBe(first);
    // JBOD storage is read by the check and changes its warnings.
    const changed = codesOf(memo, jbod, 'standalone-ha');
    expect(changed).not.toBe(first);
    expect(changed).toEqual(checked(jbod, 'standalone-ha'));
    expect(changed).not.toEqual(first);
    // Back to the first scenario: only the last check is kept (issue 16: a cheap check needs no store of results).
    expect(codesOf(memo, base, 'standalone-ha')).toEqual(first);
  });

  it('a different host is a new check, even with every figure read the same', () => {
    const memo = new DesignCheckMemo();
    const first = codesOf(memo, base, 'dag');
    const smaller = scenario(shipped, { hostRamGB: base.context.hostRamGB - 1 });
    const again = codesOf(memo, smaller, 'dag');
    expect(again).not.toBe(first);
    expect(again).toEqual(checked(smaller, 'dag'));
  });

  it('options are kept apart: one option never answers for another', () => {
    const memo = new DesignCheckMemo();
    const dag = codesOf(memo, jbod, 'dag');
    const standalone = codesOf(memo, jbod, 'standalone-ha');
    expect(standalone).not.toBe(dag);
    expect(dag).toEqual(checked(jbod, 'dag'));
    expect(standalone).toEqual(checked(jbod, 'standalone-ha'));
  });
});
