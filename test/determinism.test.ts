import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { runCli, temporaryDirectory } from './cli.js';
import { PROCESS_TIMEOUT } from './timeouts.js';

describe('determinism: the same inputs give byte-identical outputs', () => {
  it(
    'two runs, seconds apart, in different folders',
    async () => {
      const first = join(temporaryDirectory(), 'out');
      const second = join(temporaryDirectory(), 'out');
      expect(runCli(['size', '--out', first]).status).toBe(0);
      await sleep(2100); // zip entries carry two-second timestamps
      expect(runCli(['size', '--out', second]).status).toBe(0);
      // Every output, the deployable plan's included.
      expect(readdirSync(second).sort()).toEqual(readdirSync(first).sort());
      for (const name of readdirSync(first)) {
        expect(readFileSync(join(second, name)).equals(readFileSync(join(first, name))), name).toBe(true);
      }
    },
    PROCESS_TIMEOUT,
  );
});
