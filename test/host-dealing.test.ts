import { describe, expect, it } from 'vitest';
import { compareOptions } from '../src/options/compare-options.js';
import { dealVms } from '../src/options/placement.js';
import { kindFigureId, type VmKindId } from '../src/sizing/vm-kinds.js';
import { reference } from './reference.js';
import { withInputs } from './shipped.js';

const n = (v: unknown) => Number(v);

describe('the VMs dealt round the hosts (src/sizing/host-spreading.ts), where first fit by kind leaves gaps', () => {
  it('the engine deals VM t to host t mod H, and a VM that would overfill its host or meet its group is not placed', () => {
    const vm = (name: string, vcpu: number, group?: string) => ({
      name,
      role: 'mailbox',
      vcpu,
      ramGB: 8,
      ...(group ? { group } : {}),
    });
    const plan = dealVms([vm('A1', 4, 'A'), vm('A2', 4, 'A'), vm('B1', 6), vm('B2', 6)], 2, 2, 12, 94);
    expect(plan.hosts.map((h) => h.vms.map((v) => v.name))).toEqual([
      ['A1', 'B1'],
      ['A2', 'B2'],
    ]);
    expect(plan).toMatchObject({ feasible: true, hostsNeeded: 2 });
    // Three of a group on two hosts: the third meets the first.
    expect(dealVms([vm('A1', 4, 'A'), vm('A2', 4, 'A'), vm('A3', 4, 'A')], 2, 2, 12, 94)).toMatchObject({
      feasible: false,
      unplaced: ['A3'],
    });
    expect(dealVms([vm('B1', 8), vm('B2', 8), vm('B3', 8)], 2, 2, 12, 94)).toMatchObject({
      feasible: false,
      unplaced: ['B3'],
    });
  });

  // 61,510 mailboxes (59,512 at 500 messages a day with 5 GB, 1,998 executives), hosts of 2 x 10 cores with 128 GB:
  // 20 vCPU and 126 GB for VMs. standalone-ha sizes 74 mailbox VMs of 4 vCPU and 32 GB, 28 Client Access VMs of
  // 8 vCPU and 16 GB, 11 Hub Transport of 4 and 4, 10 global catalogs of 4 and 8, and 3 other workload VMs of 2
  // and 8. Lower bound: 610 vCPU / 20 = 30.5, so 31 hosts.
  // First fit by kind (the CAS VMs first in both orders: 28 hosts alone, 0.4 of a host each) opens 28 hosts, fills 24
  // of them with three mailbox VMs (8 + 12 = 20 vCPU) and one with two, and the Hub VMs, one to a host, find room
  // on only four of them: 7 more hosts, 35. Dealt round 32 hosts: 74 = 2 x 32 + 10, so hosts 0-9 take three mailbox
  // VMs and 10-31 two; the 28 CAS VMs start at host 10 and run round to host 5 (hosts 0-5: 12 + 8 = 20 vCPU, 96 +
  // 16 = 112 GB), the Hub VMs take hosts 6-16 (at most 16 + 4 = 20 vCPU), the catalogs 17-26, the workloads 27-29.
  const c = compareOptions(
    withInputs(
      {
        host_cores_per_socket: 10,
        host_specint_rate2006: 380,
        host_ram_gb: 128,
        raid_level: 'RAID5',
        backup_method: 'vdr',
        admission_control_policy: 'percentage',
      },
      [
        { tier: 'Staff', mailboxes: 59512, messages_per_day: 500, mailbox_quota_mb: 5120 },
        { tier: 'Executives', mailboxes: 1998, messages_per_day: 300, mailbox_quota_mb: 5120 },
      ],
    ),
    reference,
    { options: ['standalone-ha'] },
  );
  const o = c.options[0]!;
  const f = o.figures;
  it('the shapes the example works from', () => {
    expect([n(c.scenario.platform.hostVcpu), n(c.scenario.platform.hostRamForVmsGB)]).toEqual([20, 126]);
    const shape = (kind: VmKindId) =>
      (['Vms', 'Vcpu', 'RamGB'] as const).map((what) => n(f[kindFigureId('primary', kind, what)]));
    expect([
      shape('Mailbox'),
      shape('ClientAccess'),
      shape('HubTransport'),
      shape('GlobalCatalog'),
      shape('StackedWorkload'),
    ]).toEqual([
      [74, 4, 32],
      [28, 8, 16],
      [11, 4, 4],
      [10, 4, 8],
      [3, 2, 8],
    ]);
    expect(n(f.primarySpreadLowerBound)).toBe(31);
  });
  it('costs 32 hosts for the VMs (plus one HA spare) where first fit by kind would take 35', () => {
    expect([
      n(f.primaryFirstFitHosts),
      n(f.primaryHostsForPlacement),
      f.primaryPackSpread,
      f.primarySpreadCatalogsFirst,
    ]).toEqual([35, 32, true, false]);
    expect([n(f.primarySpareHosts), n(f.primaryHosts)]).toEqual([1, 33]);
    const hosts = o.placement.primary.hosts.map((h) => h.vms.map((vm) => vm.role));
    expect(hosts).toHaveLength(32);
    expect(hosts[0]).toEqual(['mailbox', 'mailbox', 'mailbox', 'client-access']);
    expect(hosts[6]).toEqual(['mailbox', 'mailbox', 'mailbox', 'hub-transport']);
    expect(hosts[12]).toEqual(['mailbox', 'mailbox', 'client-access', 'hub-transport']);
    expect(hosts[20]).toEqual(['mailbox', 'mailbox', 'client-access', 'global-catalog']);
    expect(hosts[28]).toEqual(['mailbox', 'mailbox', 'client-access', 'File server']);
    expect(o.placement.primary.feasible).toBe(true);
    // The Windows licences count the fullest host: four VMs.
    expect(n(f.primaryMostVmsOnAHost)).toBe(4);
  });
});
