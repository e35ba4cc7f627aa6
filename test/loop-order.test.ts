import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loopOrder } from '../src/sweep/loop-order.js';

/** Figures recomputed by a sweep nested in `order` (outermost first): each loop's cost, times how often it steps. */
function recomputed(order: readonly number[], sizes: readonly number[], costs: readonly number[]): number {
  let turns = 1;
  let total = 0;
  for (const v of order) {
    turns *= sizes[v]!;
    total += costs[v]! * turns;
  }
  return total;
}

function permutations(items: readonly number[]): number[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((item, i) =>
    permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]),
  );
}

describe("the order of a sweep's loops", () => {
  it('recomputes no more than the best of every order, on random small sweeps', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 1, max: 50 }), fc.integer({ min: 0, max: 300 })), {
          minLength: 1,
          maxLength: 5,
        }),
        (variations) => {
          const sizes = variations.map(([n]) => n);
          const costs = variations.map(([, c]) => c);
          const best = Math.min(
            ...permutations(sizes.map((_, v) => v)).map((order) => recomputed(order, sizes, costs)),
          );
          expect(recomputed(loopOrder(sizes, costs), sizes, costs)).toBe(best);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('keeps the order given when the costs agree: the last variation turns fastest', () => {
    expect(loopOrder([4, 4, 4], [10, 10, 10])).toEqual([0, 1, 2]);
  });
});
