import { describe, expect, it } from 'vitest';
import { OPTION_IDS } from '../src/options/option-ids.js';
import { DesignCheckMemo } from '../src/sweep/design-check-memo.js';
import { planSweep } from '../src/sweep/sweep-plan.js';
import { type SweepRow, sweepRows } from '../src/sweep/sweep-rows.js';
import { reference } from './reference.js';
import { shipped } from './shipped.js';

// A sweep evaluates a run of scenarios in the order that recomputes fewest cells (SweepPlan.evaluationLoops, issue
// 16) and gives the rows in scenario order: the rows must be those of each scenario evaluated on its own.
describe('the evaluation order of a run of scenarios', () => {
  // The sizing sweep, thinned: the quota's step recomputes fewest cells, so it turns fastest in evaluation
  // while the mailboxes turn fastest in the rows.
  const plan = planSweep(shipped, reference, [
    'mailboxes=20000..60000/20000',
    'messages_per_day=100,300',
    'mailbox_quota_mb=2048,4096',
    'host_ram_gb=128,192',
  ]);

  it('differs from the order of the rows for the issue sweep, the quota innermost', () => {
    expect(plan.evaluationLoops).not.toEqual(plan.loops);
    expect(plan.evaluationLoops.at(-1)).toBe(2);
    expect(plan.loops.at(-1)).toBe(0);
  });

  it('gives every row of every scenario as that scenario evaluated alone, in scenario order', {
    timeout: 120_000,
  }, () => {
    const swept = [...sweepRows(plan, reference, 0, plan.scenarios)];
    const alone: SweepRow[] = [];
    for (let index = 0; index < plan.scenarios; index++)
      alone.push(...sweepRows(plan, reference, index, index + 1, new DesignCheckMemo(), {}));
    expect(swept.map((row) => row.scenario)).toEqual(alone.map((row) => row.scenario));
    expect(swept).toEqual(alone);
    // Chunks as a worker gets them (not adjacent, one memo and carry across them) give the same rows.
    const checks = new DesignCheckMemo();
    const carry = {};
    const chunked = [
      ...sweepRows(plan, reference, 16, 24, checks, carry),
      ...sweepRows(plan, reference, 0, 5, checks, carry),
      ...sweepRows(plan, reference, 5, 16, checks, carry),
    ];
    const rows = 16 * OPTION_IDS.length;
    expect(chunked).toEqual([...alone.slice(rows), ...alone.slice(0, rows)]);
  });
});
