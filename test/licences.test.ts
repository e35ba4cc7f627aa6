import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { packageDataDirectory } from '../src/io/read-reference-data.js';
import type { FigureId } from '../src/model/figure-ids.js';
import { parseReferenceData, type ReferenceData } from '../src/model/reference-data.js';
import type { RawRecord } from '../src/model/scenario-inputs-types.js';
import { compareOptions } from '../src/options/compare-options.js';
import type { OptionId } from '../src/options/option-ids.js';
import type { OptionResult } from '../src/options/option-result.js';
import { reference } from './reference.js';
import { withInputs } from './shipped.js';
import { SMALL_PARAMETERS, SMALL_TIERS } from './small-scenario.js';

// The small hand-worked scenario of compare-options.test.ts: 2,000 mailboxes at 100 messages/day, hosts of
// 2 x 4 cores at SPECint_rate2006 150 with 64 GB (62 GB for VMs). Its mailbox VMs have 2 vCPU and 24 GB.
const small = (parameters: RawRecord = {}, workloads: readonly RawRecord[] = []) =>
  withInputs({ ...SMALL_PARAMETERS, ...parameters }, SMALL_TIERS, workloads);

const option = (options: readonly OptionResult[], id: string): OptionResult => options.find((o) => o.id === id)!;
const line = (o: OptionResult, item: string) => o.licences.find((l) => l.item === item);
const figure = (o: OptionResult, id: FigureId) => String(o.figures[id]);
/** One option sized twice, with each of two sets of scenario parameters. */
const sizedTwice = (
  inputs: (p: RawRecord) => ReturnType<typeof withInputs>,
  id: OptionId,
  a: RawRecord,
  b: RawRecord,
): [OptionResult, OptionResult] => {
  const size = (p: RawRecord) => option(compareOptions(inputs(p), reference, { options: [id] }).options, id);
  return [size(a), size(b)];
};

/** The shipped data/ with some text of one file replaced. */
function editedReference(file: string, edit: (text: string) => string): ReferenceData {
  const texts = Object.fromEntries(
    readdirSync(packageDataDirectory)
      .filter((f) => f.endsWith('.csv'))
      .map((f) => [f.slice(0, -4), readFileSync(packageDataDirectory + f, 'utf8')]),
  );
  texts[file] = edit(texts[file]!);
  return parseReferenceData(texts);
}

describe('Windows Server editions carry their limits as data', () => {
  // Design-rules addendum, after Microsoft "Memory Limits for Windows and Windows Server Releases" [L:S1]:
  // "Standard | 32 GB | no | 1"; "Enterprise | 2 TB | yes | 4"; "Datacenter | 2 TB | yes | unlimited per licensed processor".
  it('2008 R2: Standard 32 GB, no clustering, one VM; Enterprise 2 TB, clustering, four VMs; Datacenter 2 TB per processor', () => {
    const rows = reference.tables.get('windows-editions')!.rows;
    const row = (edition: string) => rows.find((r) => r.edition === `Windows Server 2008 R2 ${edition}`)!;
    expect([
      row('Standard').max_memory_gb!.toString(),
      row('Standard').failover_clustering,
      row('Standard').vms_per_licence!.toString(),
    ]).toEqual(['32', false, '1']);
    expect([
      row('Enterprise').max_memory_gb!.toString(),
      row('Enterprise').failover_clustering,
      row('Enterprise').vms_per_licence!.toString(),
    ]).toEqual(['2048', true, '4']);
    expect([
      row('Datacenter').max_memory_gb!.toString(),
      row('Datacenter').failover_clustering,
      row('Datacenter').processors_per_licence!.toString(),
    ]).toEqual(['2048', true, '1']);
  });

  it('never licenses a 64 GB mailbox VM with Standard: the non-DAG options then take Enterprise', () => {
    // Hosts of 192 GB (95 GB a NUMA node) with 2 TB standalone databases: three mailbox VMs of 64 GB (the row whose
    // cache holds the worst-case active mailboxes), above Standard's 32 GB. standalone-ha runs at most 4 VMs on a
    // host: Enterprise covers 4 VMs, 5 hosts x 1 x $2,358 = $11,790.
    const big = withInputs({ host_ram_gb: 192, max_database_size_standalone_gb: 2048 });
    const options = compareOptions(big, reference).options;
    for (const id of ['standalone-ha', 'standalone-app-ha', 'third-party-replication']) {
      const o = option(options, id);
      expect(figure(o, 'largestWindowsVmRamGB'), id).toBe('64');
      expect(line(o, 'Windows Server')!.edition, id).toBe('Windows Server 2008 R2 Enterprise');
    }
    const standalone = option(options, 'standalone-ha');
    expect([standalone.hosts.primary, figure(standalone, 'primaryWindowsVmsPerHost')]).toEqual([5, '4']);
    expect(line(standalone, 'Windows Server')).toMatchObject({ quantity: 5, cost: '11790.00' });
    // The memory limit alone decides: with Standard the only edition it is no edition at all, until it addresses 2 TB.
    const onlyStandard = (maxGB: number) =>
      editedReference('windows-editions', (t) =>
        t
          .replace('2008 R2 Enterprise,yes,', '2008 R2 Enterprise,no,')
          .replace('2008 R2 Datacenter,yes,', '2008 R2 Datacenter,no,')
          .replace(
            'Windows Server 2008 R2 Standard,yes,0,1,no,32,',
            `Windows Server 2008 R2 Standard,yes,0,1,no,${maxGB},`,
          ),
      );
    const limited = option(
      compareOptions(big, onlyStandard(32), { options: ['standalone-ha'] }).options,
      'standalone-ha',
    );
    expect(limited.warnings.map((w) => w.code)).toContain('no-windows-edition');
    expect(
      line(
        option(compareOptions(big, onlyStandard(2048), { options: ['standalone-ha'] }).options, 'standalone-ha'),
        'Windows Server',
      ),
    ).toMatchObject({
      edition: 'Windows Server 2008 R2 Standard',
      quantity: 20,
    });
  });

  it('the largest Windows VM counts the other workloads too: a 48 GB workload VM rules Standard out', () => {
    // With Standard the only edition available, the small scenario (24 GB mailbox VMs, 8 GB Client Access)
    // is valid with a 16 GB workload VM and not with a 48 GB one (48 > 32 GB) [L:S1].
    const onlyStandard = editedReference('windows-editions', (t) =>
      t
        .replace('2008 R2 Enterprise,yes,', '2008 R2 Enterprise,no,')
        .replace('2008 R2 Datacenter,yes,', '2008 R2 Datacenter,no,'),
    );
    const workload = (ramGB: number) => [
      { workload: 'SQL Server', vms: 1, vcpu: 2, ram_gb: ramGB, storage_gb: 100, physical_servers: 1 },
    ];
    const fits = option(
      compareOptions(small({}, workload(16)), onlyStandard, { options: ['standalone-ha'] }).options,
      'standalone-ha',
    );
    expect([figure(fits, 'largestWindowsVmRamGB'), fits.figures.windowsEditionValid]).toEqual(['24', true]);
    const tooLarge = option(
      compareOptions(small({}, workload(48)), onlyStandard, { options: ['standalone-ha'] }).options,
      'standalone-ha',
    );
    expect([figure(tooLarge, 'largestWindowsVmRamGB'), tooLarge.figures.windowsEditionValid]).toEqual(['48', false]);
    expect(tooLarge.warnings.map((w) => w.code)).toContain('no-windows-edition');
  });
});

describe('each host is licensed for the most Windows VMs it may run (one figure per site)', () => {
  it('Windows licences = hosts x licences for primaryWindowsVmsPerHost, plus licensed DR hosts x drLicensedWindowsVmsPerHost', () => {
    // [L:S94]: "every host must be licensed for the peak number of Windows VMs it may run". Small dag-lagged-dr:
    // 2 primary hosts and 1 DR host, each may run 4 VMs: Enterprise (4 VMs a licence) ROUNDUP(4/4) = 1 a host, 3 in all.
    const o = option(compareOptions(small(), reference, { options: ['dag-lagged-dr'] }).options, 'dag-lagged-dr');
    expect([
      o.hosts.primary,
      o.hosts.dr,
      figure(o, 'primaryWindowsVmsPerHost'),
      figure(o, 'drLicensedWindowsVmsPerHost'),
    ]).toEqual([2, 1, '4', '4']);
    expect(line(o, 'Windows Server')).toMatchObject({ edition: 'Windows Server 2008 R2 Enterprise', quantity: 3 });
    // Only 2008 R2 Standard available (1 VM a licence): 4 licences on each of third-party-replication's 3 hosts
    // (one primary, one kept spare for vSphere HA, one DR).
    const onlyStandard = editedReference('windows-editions', (t) =>
      t
        .replace('2008 R2 Enterprise,yes,', '2008 R2 Enterprise,no,')
        .replace('2008 R2 Datacenter,yes,', '2008 R2 Datacenter,no,'),
    );
    const standard = option(
      compareOptions(small(), onlyStandard, { options: ['third-party-replication'] }).options,
      'third-party-replication',
    );
    expect(line(standard, 'Windows Server')).toMatchObject({
      edition: 'Windows Server 2008 R2 Standard',
      quantity: 12,
    });
  });
});

describe('vSphere Essentials Plus kits and vCenter Server Foundation where the option and its hosts allow them', () => {
  // Licensing notes §3.1: "Essentials Plus $2,995 all-in-one for 3 servers" [L:S20]; "Max hosts | 3 hosts (6 CPUs) kit";
  // HA and vMotion, no DRS; §3.3: the Essentials kits bundle vCenter Server Essentials; Foundation "up to 3 hosts" [L:S97].
  it('third-party-replication (HA and vMotion, no DRS) on one host a site: an Essentials Plus kit a site, vCenter included', () => {
    // Kit: 2 sites x $2,995 = $5,990, vCenter Server Essentials included. Standard per processor: 2 hosts x 2
    // x $795 = $3,180, plus vCenter Foundation 2 x $1,495 = $2,990: $6,170. The kit is the cheaper whole.
    // (The primary site is one host and the host vSphere HA keeps spare.)
    const o = option(
      compareOptions(small(), reference, { options: ['third-party-replication'] }).options,
      'third-party-replication',
    );
    expect([o.hosts.primary, o.hosts.dr]).toEqual([2, 1]);
    expect(line(o, 'VMware vSphere')).toMatchObject({
      edition: 'vSphere 4.1 Essentials Plus',
      quantity: 2,
      cost: '5990.00',
    });
    expect([
      figure(o, 'vcenterLicenceEdition'),
      figure(o, 'vcenterLicenceQuantity'),
      line(o, 'VMware vCenter Server'),
    ]).toEqual(['vCenter Server Essentials (in the vSphere kit)', '0', undefined]);
  });

  it('no kit for processors of more than 6 cores [L:S22] or more than 3 hosts a site; no kit where DRS is needed', () => {
    // 8 cores a socket: Standard, 3 hosts (one kept spare) x 2 sockets x ROUNDUP(8/6) = 12 processor licences, and
    // vCenter Foundation a site.
    const wide = option(
      compareOptions(small({ host_cores_per_socket: 8 }), reference, { options: ['third-party-replication'] }).options,
      'third-party-replication',
    );
    expect(line(wide, 'VMware vSphere')).toMatchObject({ edition: 'vSphere 4.1 Standard', quantity: 12 });
    expect(line(wide, 'VMware vCenter Server')).toMatchObject({
      edition: 'vCenter Server Foundation',
      quantity: 2,
      unitPrice: '1495.00',
    });
    // Shipped: third-party-replication runs 4 hosts a site: no kit, and vCenter Server Standard (Foundation stops at 3 hosts).
    const shipped = option(
      compareOptions(withInputs({}), reference, { options: ['third-party-replication'] }).options,
      'third-party-replication',
    );
    expect(shipped.hosts.primary).toBeGreaterThan(3);
    expect(line(shipped, 'VMware vSphere')!.edition).toBe('vSphere 4.1 Standard');
    expect(line(shipped, 'VMware vCenter Server')!.edition).toBe('vCenter Server Standard');
    // A DAG needs DRS anti-affinity: never a kit; on the small scenario's 2 hosts, vCenter Foundation.
    const dag = option(compareOptions(small(), reference, { options: ['dag'] }).options, 'dag');
    expect(line(dag, 'VMware vSphere')!.edition).toBe('vSphere 4.1 Enterprise');
    expect(line(dag, 'VMware vCenter Server')).toMatchObject({ edition: 'vCenter Server Foundation', quantity: 1 });
  });
});

describe('one assumption for a cold-standby DR site, applied alike to Windows, Exchange and vSphere', () => {
  it('licensed as if running by default; with dr_cold_standby_licensed = no, only the live VMs of the DR site', () => {
    // data/scenario-parameters.csv dr_cold_standby_licensed (assumption): Microsoft's SA "cold backup for disaster
    // recovery" benefit lets a server kept turned off until a disaster run unlicensed; whether SRM replicas qualify is UNCONFIRMED.
    // Small dag-srm: 2 primary and 2 DR hosts; the primary runs 2 mailbox, 2 Client Access, 2 Hub and 2 GC VMs.
    const [licensed, cold] = sizedTwice(small, 'dag-srm', {}, { dr_cold_standby_licensed: 'no' });
    // Licensed: Windows 4 hosts x 1 Enterprise; Exchange Standard 6 primary + 6 recovered servers; vSphere 4 hosts x 2 processors.
    expect([
      line(licensed, 'Windows Server')!.quantity,
      line(licensed, 'Exchange Server 2010 Standard')!.quantity,
      line(licensed, 'VMware vSphere')!.quantity,
    ]).toEqual([4, 12, 8]);
    // Cold: the DR site runs no VM before a recovery (no live DC/GC counted there yet): all three drop the DR site alike.
    expect([figure(cold, 'drLicensedHosts'), cold.hosts.dr]).toEqual(['0', 2]);
    expect([
      line(cold, 'Windows Server')!.quantity,
      line(cold, 'Exchange Server 2010 Standard')!.quantity,
      line(cold, 'VMware vSphere')!.quantity,
    ]).toEqual([2, 6, 4]);
    // vCenter Server runs at both sites either way: SRM pairs a vCenter in each.
    expect(line(cold, 'VMware vCenter Server')!.quantity).toBe(2);
  });

  it('a DR site whose servers run (lagged copies, replication targets) is licensed whatever the assumption', () => {
    for (const id of ['dag-lagged-dr', 'third-party-replication'] as const) {
      const [licensed, cold] = sizedTwice(small, id, {}, { dr_cold_standby_licensed: 'no' });
      expect(cold.licences, id).toEqual(licensed.licences);
    }
  });
});

describe('backup agents, domain controllers and global catalogs', () => {
  it('Exchange-aware backup agents on mailbox servers only, whatever the backup method', () => {
    // [L:S103]: database copies are backed up with an Exchange-aware VSS application; Client Access and Hub
    // Transport hold no mailbox database. Shipped standalone-ha: 9 mailbox servers, 9 agents (not 9 + CAS + Hub).
    for (const method of ['in-guest', 'vdr', 'array-snapshot']) {
      const o = option(
        compareOptions(withInputs({ backup_method: method }), reference, { options: ['standalone-ha'] }).options,
        'standalone-ha',
      );
      expect([o.vms.primary.mailbox.vms, line(o, 'Exchange-aware backup agents')!.quantity], method).toEqual([9, 9]);
    }
  });

  it('the Exchange global catalogs replace the workload domain controllers: counted once, their servers still retired', () => {
    // Shipped workloads: 2 domain controllers (marked domain_controller), 2 file servers, 1 BlackBerry server,
    // on 5 physical servers. With the switch on (default) the 2 DCs are left to the Exchange GC VMs.
    const [replaced, kept] = sizedTwice(
      withInputs,
      'dag-srm',
      {},
      { global_catalogs_replace_domain_controllers: 'no' },
    );
    expect(kept.vms.primary.total.vms - replaced.vms.primary.total.vms).toBe(2);
    expect(kept.vms.primary.total.ramGB).toBe(String(Number(replaced.vms.primary.total.ramGB) + 2 * 4));
    // The physical servers of today (the consolidation baseline) are the same either way (dag: no SRM standby servers).
    const [replacedDag, keptDag] = sizedTwice(
      withInputs,
      'dag',
      {},
      { global_catalogs_replace_domain_controllers: 'no' },
    );
    expect(replacedDag.consolidation.physicalServers).toBe(keptDag.consolidation.physicalServers);
    // SRM does not fail over domain controllers or global catalogs (the DR site keeps live ones): protected
    // VMs are the primary VMs less the 2 GC VMs, and less the 2 workload DCs where they are kept.
    expect(replaced.vms.primary.globalCatalog.vms).toBe(2);
    expect(figure(replaced, 'srmProtectedVms')).toBe(String(replaced.vms.primary.total.vms - 2));
    expect(figure(kept, 'srmProtectedVms')).toBe(String(kept.vms.primary.total.vms - 2 - 2));
  });

  it('a workloads template without the domain_controller column reads it as no', () => {
    const dc = (marked?: string) => [
      {
        workload: 'Domain controller',
        vms: 2,
        vcpu: 1,
        ram_gb: 4,
        storage_gb: 60,
        physical_servers: 2,
        ...(marked ? { domain_controller: marked } : {}),
      },
    ];
    const vms = (marked?: string) =>
      option(compareOptions(small({}, dc(marked)), reference, { options: ['dag'] }).options, 'dag').vms.primary.total
        .vms;
    expect([vms(), vms('no'), vms('yes')]).toEqual([10, 10, 8]);
  });
});
