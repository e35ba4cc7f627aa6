import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Dec } from '../src/decimal.js';
import { InputError } from '../src/model/input-error.js';
import { type Comparison, compareOptions } from '../src/options/compare-options.js';
import { randomScenarios } from './oracle/random-scenarios.js';
import { reference } from './reference.js';
import { withInputs } from './shipped.js';

const sum = (values: readonly string[]) => values.reduce((total, v) => total.plus(v), new Dec(0)).toFixed(2);

function expectTotalsAddUp(comparison: Comparison): void {
  for (const o of comparison.options) {
    expect(sum(o.licences.map((l) => l.cost)), `${o.id} licence lines`).toBe(o.cost.licences);
    expect(sum(o.licences.map((l) => l.yearlySupport)), `${o.id} licence support`).toBe(
      String(o.figures.licenceYearlySupport),
    );
    expect(sum([o.cost.hosts, o.cost.storage, o.cost.licences]), `${o.id} capex`).toBe(o.cost.capex);
    expect(new Dec(o.cost.capex).plus(new Dec(o.cost.yearly).times(o.cost.tcoYears)).toFixed(2), `${o.id} tco`).toBe(
      o.cost.tco,
    );
    for (const l of o.licences)
      expect(new Dec(l.unitPrice).times(l.quantity).toFixed(2), `${o.id} ${l.item}`).toBe(l.cost);
  }
}

describe('numbers stay exact', () => {
  it('ten million mailboxes at real prices keep their cents', () => {
    const comparison = compareOptions(
      withInputs(
        {
          host_sockets: 4,
          host_cores_per_socket: 12,
          host_specint_rate2006: 1500,
          host_ram_gb: 512,
          max_vcpu_per_vm: 32,
        },
        [{ tier: 'all', mailboxes: 10_000_000, messages_per_day: 100 }],
      ),
      reference,
    );
    const dag = comparison.options.find((o) => o.id === 'dag')!;
    // 10,000,000 Standard CALs at $67.00 cost exactly $670,000,000.00: no digit lost to floating point.
    expect(dag.licences.find((l) => l.item.endsWith('CAL'))).toMatchObject({
      quantity: 10_000_000,
      cost: '670000000.00',
    });
    expect(dag.cost.tco).toMatch(/^\d{10,}\.\d\d$/);
    expectTotalsAddUp(comparison);
  }, 60_000);

  it('totals equal the sum of their parts across random scenarios', () => {
    fc.assert(
      fc.property(randomScenarios, (inputs) => {
        try {
          expectTotalsAddUp(compareOptions(inputs, reference));
        } catch (error) {
          if (!(error instanceof InputError)) throw error;
        }
      }),
      { numRuns: 60, seed: 6 },
    );
  }, 120_000);
});
