import { describe, expect, it } from 'vitest';
import { activeServer, dagPreferences, failureSets, leastExcess } from '../src/plan/copy-layout.js';
import { WORKBOOK_TIMEOUT } from './timeouts.js';

/**
 * Every design the sizing can lay out with up to three tolerated failures, checked against every failure set: S = C
 * to 16 servers (members_per_dag_max), C = 2 to 4 copies in the site, F < C and at most 3, N = r x S databases within
 * the 100 copies a server may hold [S6] (r x C <= 100). 4,186 designs, a minute or more on a busy 2-core machine:
 * run with LAYOUT_SWEEP=1 (test/copy-layout.test.ts keeps a random sample of them in the suite).
 */
describe.skipIf(process.env.LAYOUT_SWEEP !== '1')('database copy layout, every design', () => {
  it(
    'keeps every survivor of every tolerated failure within one database of the even share, or the least excess',
    () => {
      const above: string[] = [];
      let slowest = { ms: 0, design: '' };
      for (let C = 2; C <= 4; C++)
        for (let F = 0; F < C && F <= 3; F++)
          for (let S = C; S <= 16; S++)
            for (let r = 1; r * C <= 100; r++) {
              const N = r * S;
              const start = performance.now();
              const preferences = dagPreferences(S, N, C, F);
              const ms = performance.now() - start;
              if (ms > slowest.ms) slowest = { ms, design: `S${S} C${C} F${F} N${N}` };
              expect(preferences).toHaveLength(N);
              const held = new Array<number>(S).fill(0);
              for (const p of preferences) {
                expect(new Set(p).size).toBe(C);
                for (const s of p) held[s]!++;
              }
              expect(held.every((n) => n === r * C)).toBe(true);
              let worst = 0;
              for (const set of failureSets(S, F)) {
                const failed = new Set(set);
                const counts = new Array<number>(S).fill(0);
                for (const p of preferences) counts[activeServer(p, failed)!]!++;
                const share = Math.ceil(N / (S - set.length));
                counts.forEach((n, s) => {
                  if (!failed.has(s)) worst = Math.max(worst, n - share);
                });
              }
              const least = leastExcess(S, N, C, F);
              // Within one database where a layout can be; exactly the least excess where none can.
              if (least > 1) expect(worst, `S${S} C${C} F${F} N${N}`).toBe(least);
              else expect(worst, `S${S} C${C} F${F} N${N}`).toBeLessThanOrEqual(1);
              if (worst > 1) above.push(`S${S} C${C} F${F} r${r}: ${worst}`);
            }
      expect(above).toEqual([
        'S12 C4 F3 r3: 2',
        'S13 C4 F3 r3: 2',
        'S14 C4 F3 r3: 2',
        'S15 C4 F3 r3: 2',
        'S15 C4 F3 r4: 2',
        'S16 C4 F3 r3: 2',
        'S16 C4 F3 r4: 2',
      ]);
      console.log(`slowest layout: ${slowest.design}, ${slowest.ms.toFixed(1)} ms`);
    },
    WORKBOOK_TIMEOUT,
  );
});
