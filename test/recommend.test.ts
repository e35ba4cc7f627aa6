import { describe, expect, it } from 'vitest';
import { Dec } from '../src/decimal.js';
import { InputError } from '../src/model/input-error.js';
import { parseReferenceTable } from '../src/model/reference-data.js';
import { compareOptions } from '../src/options/compare-options.js';
import { meets, type Requirements, recommendDesigns } from '../src/options/recommend.js';
import { runCli } from './cli.js';
import { reference } from './reference.js';
import { shipped } from './shipped.js';
import { PROCESS_TIMEOUT } from './timeouts.js';

const catalog = parseReferenceTable(
  'host-catalog',
  `model,sockets,cores_per_socket,specint_rate2006,ram_gb,price,source,assumption
small,2,4,240,96,9000,test,yes
large,2,6,283,192,13000,test,yes
`,
  'test catalogue',
);

describe('recommend: the cheapest design that meets the requirements', () => {
  for (const requirements of [
    { failures: ['host_failure'] },
    { failures: ['host_failure', 'site_loss'] },
    { failures: ['database_corruption'], maxRecoveryMinutes: 300 },
    { failures: ['site_loss'], maxDataLossMinutes: 5 },
  ] as Requirements[]) {
    it(`is the cheapest of an exhaustive check: ${JSON.stringify(requirements)}`, () => {
      const { designs: recommended, leftOut } = recommendDesigns(shipped, reference, catalog, requirements, [2, 3]);
      let unbuildable = 0;
      let best: Dec | undefined;
      for (const host of catalog.rows) {
        for (const copies of [2, 3]) {
          const parameters = {
            ...shipped.parameters,
            host_sockets: String(host.sockets),
            host_cores_per_socket: String(host.cores_per_socket),
            host_specint_rate2006: String(host.specint_rate2006),
            host_ram_gb: String(host.ram_gb),
            host_price: String(host.price),
            dag_copies: copies,
            mailbox_server_failures: 1,
          };
          for (const option of compareOptions({ ...shipped, parameters }, reference).options) {
            if (!meets(option.protection, requirements)) continue;
            if (option.mailbox.databaseCopiesInSite === 1 && copies !== 2) continue; // a standalone design is one design whatever the copies
            // A design whose VMs do not place whole on its hosts (or that breaks a support rule) is not a real price.
            if (option.warnings.some((w) => w.severity === 'unbuildable')) unbuildable++;
            else if (!best || best.gt(option.cost.tco)) best = new Dec(option.cost.tco);
          }
        }
      }
      if (!best) expect(recommended).toEqual([]);
      else expect(recommended[0]!.tco).toBe(best.toFixed(2));
      expect(leftOut).toBe(unbuildable);
      for (let i = 1; i < recommended.length; i++)
        expect(new Dec(recommended[i]!.tco).gte(recommended[i - 1]!.tco)).toBe(true);
    }, 60_000);
  }

  it('names an unknown failure', () => {
    expect(() => recommendDesigns(shipped, reference, catalog, { failures: ['meteor' as never] })).toThrow(InputError);
  });

  it('from the CLI, with the shipped catalogue', { timeout: PROCESS_TIMEOUT }, () => {
    const run = runCli(['recommend', '--require', 'host-failure,site-loss', '--max-rto-minutes', '120', '--top', '2']);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/designs meet host-failure,site-loss; the cheapest:\n1\. /);
    expect(runCli(['recommend', '--require', 'meteor']).status).toBe(2);
  });
});
