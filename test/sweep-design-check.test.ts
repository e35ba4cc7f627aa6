import { describe, expect, it } from 'vitest';
import { evaluateComparison } from '../src/options/compare-options.js';
import { checkDesign, designContext, designWarnings, figuresOnDemand } from '../src/options/design-checks.js';
import type { FigureValues } from '../src/options/options-model.js';
import { type FootprintRun, placeVms, runsFit, type VmToPlace } from '../src/options/placement.js';
import { reference } from './reference.js';
import { withInputs } from './shipped.js';

// The sweep's design check (issue 16): whether VMs place, from runs of like VMs without a VM object, must be what the
// placement VM by VM says; and the warnings without plans must be the warnings with them, messages included.
const OPTIONS = reference.tables.get('options')!.rows;

/** A small deterministic generator (a linear congruential one): the same cases every run. */
function generator(seed: number) {
  let state = seed;
  const next = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  return <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
}

describe('runsFit: first fit by runs of like VMs', () => {
  it('says what placeVms says of the same VMs, groups member-major, shared and of two sizes included', () => {
    const pick = generator(3);
    let feasible = 0;
    for (let trial = 0; trial < 3000; trial++) {
      const runs: FootprintRun[] = [];
      let nextGroup = 1;
      for (let r = pick([0, 1, 2, 3, 4, 5]); r > 0; r--) {
        const kind = pick(['none', 'one', 'many', 'shared']);
        const groups = kind === 'many' ? pick([2, 3, 5]) : 1;
        // Group 0 is shared by runs of any size (the VM by VM fallback); the others are each run's own.
        const firstGroup = kind === 'none' ? -1 : kind === 'shared' ? 0 : (nextGroup += groups) - groups;
        runs.push({
          count: pick([0, 1, 2, 3, 5, 8, 13]),
          vcpu: pick([1, 2, 4, 6]),
          ramGB: pick([4, 8, 16, 47]),
          firstGroup,
          groups,
        });
      }
      const vms: VmToPlace[] = runs.flatMap((run) =>
        Array.from({ length: run.count }, (_, i) => ({
          name: `VM-${i}`,
          role: 'mailbox',
          vcpu: run.vcpu,
          ramGB: run.ramGB,
          ...(run.firstGroup >= 0 ? { group: `G${run.firstGroup + (i % run.groups)}` } : {}),
        })),
      );
      const available = pick([0, 1, 2, 3, 4, 6, 10, 20, -1, Number.NaN, Number.POSITIVE_INFINITY, 2.5]);
      const [hostVcpu, hostRamGB] = [pick([8, 12, 20]), pick([32, 64, 94])];
      const expected = placeVms(vms, available, hostVcpu, hostRamGB).feasible;
      expect(runsFit(runs, available, hostVcpu, hostRamGB), JSON.stringify({ runs, available })).toBe(expected);
      if (expected) feasible++;
    }
    // Both answers are well represented.
    expect(feasible).toBeGreaterThan(500);
    expect(feasible).toBeLessThan(2500);
  });
});

describe('designWarnings: the warnings of checkDesign without its plans', () => {
  it('gives the same warnings and messages, for every option, where the VMs place and where hosts are short', () => {
    for (const inputs of [
      withInputs({}),
      withInputs({ raid_level: 'JBOD', host_ram_gb: 96 }),
      withInputs({ combined_cas_hub: true }),
    ]) {
      const { evaluation, resolved } = evaluateComparison(inputs, reference);
      const context = designContext(evaluation, resolved, reference);
      for (const row of OPTIONS) {
        const option = String(row.id);
        // A host or two fewer than counted: the placement warning and its message (which builds the plan when read).
        for (const short of [0, 1, 2]) {
          const figures = figuresOnDemand(evaluation, option);
          const values = new Proxy(figures, {
            get: (known, id) =>
              id === 'primaryHosts' || id === 'drHosts' ? Number(known[id]) - short : known[id as never],
          }) as FigureValues;
          const withPlans = checkDesign(values, row, context).warnings.map((w) => ({ ...w }));
          expect(
            designWarnings(values, row, context).map((w) => ({ ...w })),
            `${option} ${short}`,
          ).toEqual(withPlans);
          if (short === 2)
            expect(
              withPlans.some((w) => w.code === 'placement'),
              option,
            ).toBe(true);
        }
      }
    }
  });
});
