import type { ReferenceData } from '../model/reference-data.js';
import type { ScenarioInputs } from '../model/scenario-inputs-types.js';
import { DesignCheckMemo } from './design-check-memo.js';
import { planSweep } from './sweep-plan.js';
import { type SweepCarry, type SweepRow, sweepRows } from './sweep-rows.js';

/**
 * Sizes every option for the cartesian product of the varied inputs (`mailboxes=1000..100000/1000`,
 * `tier1.messages_per_day=50..500/50`, `raid_level=RAID5,RAID10`), one row per scenario and option,
 * as an async iterator: constant memory however long the sweep. The loops are nested so that each step
 * recomputes least (see loopOrder): rows come in that order, each with its varied values in the order
 * given. Throws an InputError for bad inputs before the first row; a scenario that cannot be built gives
 * rows with an `error`.
 *
 * @example
 * for await (const row of sweep(inputs, reference, ['mailboxes=1000..5000/1000'])) console.log(row.option, row.figures.tco);
 */
export async function* sweep(
  inputs: ScenarioInputs,
  reference: ReferenceData,
  variations: readonly string[],
): AsyncGenerator<SweepRow> {
  const plan = planSweep(inputs, reference, variations);
  // Whole turns of the inner loops, evaluated in the plan's cheapest order (SweepPlan.evaluationLoops).
  const batch = 1000;
  const checks = new DesignCheckMemo();
  const carry: SweepCarry = {};
  for (let from = 0; from < plan.scenarios; from += batch) {
    yield* sweepRows(plan, reference, from, Math.min(plan.scenarios, from + batch), checks, carry);
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
}
