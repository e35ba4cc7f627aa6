import { describe, expect, it } from 'vitest';
import type { RawRecord } from '../src/model/scenario-inputs-types.js';
import { compareOptions } from '../src/options/compare-options.js';
import type { OptionResult } from '../src/options/option-result.js';
import { reference } from './reference.js';
import { withInputs } from './shipped.js';
import { SMALL_PARAMETERS, SMALL_TIERS } from './small-scenario.js';

// The small scenario of compare-options.test.ts: 2,000 mailboxes at 100 messages/day, 1 GB quota, 2 copies in the
// primary site, 1 server failure; hosts of 2 x 4 cores at the baseline SPECint_rate2006 with 62 GB for VMs.
function both(parameters: RawRecord = {}): { dag: OptionResult; resilient: OptionResult } {
  const [dag, resilient] = compareOptions(
    withInputs({ ...SMALL_PARAMETERS, ...parameters }, SMALL_TIERS, []),
    reference,
    { options: ['dag', 'dag-site-resilient'] },
  ).options;
  return { dag: dag!, resilient: resilient! };
}
const line = (o: OptionResult, item: string) => o.licences.find((l) => l.item === item);

describe('a DAG stretched across two sites, DR copies activated by datacenter switchover [S72]', () => {
  it('keeps at least one DR copy where dr_copies is 0, and ignores the lagged copies', () => {
    // SMALL_PARAMETERS: dr_copies 0, lagged_copies 1 (the lagged-copy option's).
    const { resilient } = both();
    expect(resilient.figures.drNonLaggedDatabaseCopies).toBe(1);
    expect(resilient.mailbox.drDatabaseCopies).toBe(1);
    expect(resilient.storage.laggedCopiesGB).toBe('0');
    expect(both({ dr_copies: 2 }).resilient.mailbox.drDatabaseCopies).toBe(2);
  });

  it('says so where it keeps a DR copy dr_copies did not ask for: an advice, not a fault', () => {
    // SMALL_PARAMETERS: dr_copies 0, so drNonLaggedDatabaseCopies = MAX(1, 0) = 1 > 0.
    const { dag, resilient } = both();
    expect(resilient.figures.checkDrCopiesAsAsked).toMatch(
      /^Advice: this option keeps one DR copy of each database: dr_copies is 0/,
    );
    const floor = resilient.warnings.filter((w) => w.code === 'dr-copies-floor');
    expect(floor.map((w) => [w.severity, w.message.slice(0, 61)])).toEqual([
      ['advice', 'Keeps one DR copy of each database: dr_copies is 0, and a sit'],
    ]);
    expect(resilient.figures.designValid).toBe(true);
    // No floor in a DAG without DR copies, nor once dr_copies asks for one or more.
    expect([dag.figures.checkDrCopiesAsAsked, dag.warnings.some((w) => w.code === 'dr-copies-floor')]).toEqual([
      'OK',
      false,
    ]);
    const asked = both({ dr_copies: 1 }).resilient;
    expect([asked.figures.checkDrCopiesAsAsked, asked.warnings.some((w) => w.code === 'dr-copies-floor')]).toEqual([
      'OK',
      false,
    ]);
    // The lagged-copy option takes dr_copies as it is: 0 non-lagged DR copies, no floor.
    const [lagged] = compareOptions(withInputs({ ...SMALL_PARAMETERS }, SMALL_TIERS, []), reference, {
      options: ['dag-lagged-dr'],
    }).options;
    expect([lagged!.figures.drNonLaggedDatabaseCopies, lagged!.figures.checkDrCopiesAsAsked]).toEqual([0, 'OK']);
  });

  it('active/passive: the DR site runs every mailbox; its servers, storage, hosts and licences are costed', () => {
    const { dag, resilient } = both();
    // 2 + 1 copies: active megacycles x 1.2, so 2,000 x 2 x 1.2 = 4,800 megacycles after a failure, ROUNDUP(4,800 /
    // 2,399.76) = 3 vCPU. A DR VM then serves MIN(ROUNDDOWN(3 x 2,399.76 / 2.4), ROUNDDOWN(17.6 x 1,024 / 6)) =
    // MIN(2,999, 3,003) = 2,999 mailboxes: one DR server runs all 2,000, and holds the 2 databases' DR copies.
    expect(resilient.figures.drActiveMailboxesPerServer).toBe(2999);
    expect(resilient.figures.drMailboxServersPerDag).toBe(1);
    expect(resilient.vms.dr.mailbox).toEqual({ vms: 1, vcpuPerVm: 3, ramGBPerVm: '24' });
    expect([resilient.vms.dr.clientAccess.vms, resilient.vms.dr.hubTransport.vms]).toEqual([1, 1]);
    expect(resilient.hosts).toMatchObject({ primary: 2, dr: 1 });
    // DR storage: 2 databases x 1 copy x (1,896.325795 GB database LUN + 87.608292 GB log LUN) = 3,967.868174 GB.
    expect(resilient.figures.drPassiveCopyStorageGB).toBe('3967.868174');
    // Licences cover the DR site as for the other DR options: 3 hosts of Windows, 2 x 3 processors of vSphere,
    // an Exchange licence for each mailbox, Client Access and Hub Transport VM of both sites.
    expect(line(resilient, 'Windows Server')!.quantity).toBe(line(dag, 'Windows Server')!.quantity + 1);
    expect(line(resilient, 'VMware vSphere')!.quantity).toBe(6);
    const exchange = (o: OptionResult) =>
      (line(o, 'Exchange Server 2010 Standard')?.quantity ?? 0) +
      (line(o, 'Exchange Server 2010 Enterprise')?.quantity ?? 0);
    expect(exchange(resilient)).toBe(exchange(dag) + 3);
    expect(Number(resilient.cost.tco)).toBeGreaterThan(Number(dag.cost.tco));
  });

  it('the protection row: a site loss is recovered by a datacenter switchover, an assumption of 60 minutes', () => {
    const { resilient } = both();
    expect(resilient.protection.site_loss).toEqual({
      protected: true,
      mechanism: 'datacenter_switchover',
      // scenario datacenter_switchover_minutes (assumption) and dag_copy_queue_minutes (assumption).
      recoveryMinutes: '60',
      dataLossMinutes: '1',
    });
    expect(resilient.protection.siteLossNote).toBe('the DR site runs every mailbox');
    // Non-lagged copies replay a corruption at once: the backup restores it.
    expect(resilient.protection.database_corruption).toMatchObject({ mechanism: 'backup_restore' });
    const mechanisms = reference.tables.get('recovery-mechanisms')!;
    const row = mechanisms.rows.findIndex((r) => r.mechanism === 'datacenter_switchover');
    expect(mechanisms.sources[row]).toMatch(/Understanding Database Availability Groups/);
  });

  it('active/active: the DR site mirrors the primary site, which is sized for every mailbox already [S71]', () => {
    const { resilient } = both({ user_distribution: 'active-active' });
    // DR members: MAX(1 as above, the 2 primary members) = 2, so both sites run 2 mailbox VMs of 3 vCPU.
    expect(resilient.figures.drMailboxServersPerDag).toBe(2);
    expect(resilient.vms.dr.mailbox).toEqual(resilient.vms.primary.mailbox);
    expect(resilient.hosts).toMatchObject({ primary: 2, dr: 2 });
    // The primary site carries all 2,000 mailboxes with a server down: 2,000 / (2 - 1) active on one server.
    expect(resilient.mailbox.activeMailboxesWorstCase).toBe(2000);
    // Each site holds its own half's 2 copies and the other half's 1: of the primary's 2 databases x 2 copies,
    // 2 x 2 - (1 x 2 + 1 x 1) = 1 copy of 1,983.934087 GB (database and log LUNs) moves to the DR site; the total is the same.
    expect(resilient.figures.activeActiveCopiesMovedToDrGB).toBe('1983.934087');
    // (The DR site's second mailbox VM adds its system disk.)
    const copies = (o: OptionResult) =>
      Number(o.figures.primaryStorageGB) + Number(o.figures.drStorageGB) - Number(o.figures.exchangeSystemDisksDrGB);
    expect(copies(resilient)).toBeCloseTo(copies(both().resilient), 5);
    // The disks follow what each site holds, no mirror term: 1 primary-user database (of ROUNDUP(2 x 0.5) = 1) with
    // 2 copies in the primary site and 1 DR-user database's DR copy: MIN(1, 2) + ROUNDUP(1 x 1 / 2) = 2 copies a
    // server (active/passive 2 x 2 / 2 = 2 as well); the DR site's disks are its pool's and hot spares.
    expect(resilient.figures.databaseCopiesPerServer).toBe(2);
    expect(resilient.figures.drSiteDatabaseCopiesPerServer).toBe(2);
    expect(resilient.figures.drDisks).toBe(
      Number(resilient.figures.drPoolArrayDisks) + Number(resilient.figures.drPoolHotSpares),
    );
  });
});
