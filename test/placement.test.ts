import { describe, expect, it } from 'vitest';
import { placeVms, type VmToPlace } from '../src/options/placement.js';

// Unit tests of placeVms (src/options/placement.ts), the first fit that proves a host count: small inputs whose plan
// can be worked out by hand. design-rules.test.ts and design-soundness.test.ts check it through whole designs.
const vm = (name: string, vcpu: number, ramGB: number, more: Partial<VmToPlace> = {}): VmToPlace => ({
  name,
  role: 'mailbox',
  vcpu,
  ramGB,
  ...more,
});
const names = (plan: ReturnType<typeof placeVms>) => plan.hosts.map((h) => h.vms.map((v) => v.name));

describe('placeVms: first fit in the order given', () => {
  it('no VMs: no hosts, feasible, none needed', () => {
    expect(placeVms([], 2, 12, 94)).toEqual({
      hostsAvailable: 2,
      hosts: [],
      unplaced: [],
      feasible: true,
      hostsNeeded: 0,
    });
  });

  it('fills the first host that has room before it opens another, and goes back to earlier hosts', () => {
    // A (8) opens host 1; B (6) does not fit beside it and opens host 2; C (4) goes back to host 1; D (6) fills host 2;
    // E (2) finds both full and opens host 3.
    const plan = placeVms([vm('A', 8, 8), vm('B', 6, 8), vm('C', 4, 16), vm('D', 6, 8), vm('E', 2, 8)], 3, 12, 94);
    expect(names(plan)).toEqual([['A', 'C'], ['B', 'D'], ['E']]);
    expect(plan.hosts.map((h) => [h.vcpu, h.ramGB])).toEqual([
      [12, 24],
      [12, 16],
      [2, 8],
    ]);
    expect(plan).toMatchObject({ feasible: true, hostsNeeded: 3, unplaced: [] });
  });

  it('is first fit, not best fit: the order given decides', () => {
    // 7, 5, 5, 7 on 12-vCPU hosts: first fit pairs 7+5 and 5+7 (2 hosts), whatever a sort would do.
    expect(names(placeVms([vm('A', 7, 1), vm('B', 5, 1), vm('C', 5, 1), vm('D', 7, 1)], 2, 12, 94))).toEqual([
      ['A', 'B'],
      ['C', 'D'],
    ]);
    // 5, 5, 7, 7: the two 5s share a host, each 7 then needs one of its own.
    expect(names(placeVms([vm('A', 5, 1), vm('B', 5, 1), vm('C', 7, 1), vm('D', 7, 1)], 3, 12, 94))).toEqual([
      ['A', 'B'],
      ['C'],
      ['D'],
    ]);
  });

  it('memory limits as vCPUs do', () => {
    const plan = placeVms([vm('A', 1, 60), vm('B', 1, 40), vm('C', 1, 34)], 2, 12, 94);
    expect(names(plan)).toEqual([['A', 'C'], ['B']]);
  });

  it('a VM exactly the size of what is left fits, within the floating-point tolerance of sums', () => {
    // 0.1 + 0.2 is 0.30000000000000004 in binary: still within a host of 0.3 GB.
    expect(names(placeVms([vm('A', 1, 0.1), vm('B', 1, 0.2)], 1, 2, 0.3))).toEqual([['A', 'B']]);
    expect(names(placeVms([vm('A', 6, 47), vm('B', 6, 47)], 1, 12, 94))).toEqual([['A', 'B']]);
    expect(names(placeVms([vm('A', 6, 47), vm('B', 6, 47.01)], 2, 12, 94))).toEqual([['A'], ['B']]);
  });

  it('keeps the VMs of one group on different hosts, and lets VMs of other groups or none share', () => {
    const plan = placeVms(
      [
        vm('M1', 2, 8, { group: 'DAG' }),
        vm('M2', 2, 8, { group: 'DAG' }),
        vm('C1', 2, 8, { group: 'CAS' }),
        vm('C2', 2, 8, { group: 'CAS' }),
        vm('X', 2, 8),
        vm('M3', 2, 8, { group: 'DAG' }),
      ],
      3,
      12,
      94,
    );
    expect(names(plan)).toEqual([['M1', 'C1', 'X'], ['M2', 'C2'], ['M3']]);
    expect(plan.hosts[0]!.vms.map((v) => v.group)).toEqual(['DAG', 'CAS', null]);
  });

  it('a packing size reserves more than the VM and packs in its own group; the plan shows the VM as it is', () => {
    // W1 and W2 reserve 6 vCPU each (the largest VM of their kind) and pack apart as kind "F"; their own group is "files".
    const workload = (name: string) =>
      vm(name, 2, 4, { role: 'File server', group: 'files', packing: { vcpu: 6, ramGB: 16, group: 'F' } });
    const plan = placeVms([workload('W1'), vm('M1', 6, 8, { group: 'files' }), workload('W2')], 2, 12, 94);
    // M1 keeps apart from group "files" only as far as VMs that pack in "files" go: W1 packs in "F", so M1 joins it.
    expect(names(plan)).toEqual([['W1', 'M1'], ['W2']]);
    expect(plan.hosts[0]).toEqual({
      vms: [
        { name: 'W1', role: 'File server', group: 'files', vcpu: 2, ramGB: 4 },
        { name: 'M1', role: 'mailbox', group: 'files', vcpu: 6, ramGB: 8 },
      ],
      vcpu: 12,
      ramGB: 24,
    });
    // A packing without a group packs freely, even beside its own group.
    const free = (name: string) => vm(name, 1, 1, { group: 'G', packing: { vcpu: 2, ramGB: 2 } });
    expect(names(placeVms([free('A'), free('B')], 1, 12, 94))).toEqual([['A', 'B']]);
  });

  it('VMs on hosts beyond the ones available are unplaced, in host order, and the plan is not feasible', () => {
    const plan = placeVms([vm('A', 8, 8), vm('B', 8, 8), vm('C', 8, 8), vm('D', 2, 8)], 1, 12, 94);
    expect(names(plan)).toEqual([['A', 'D'], ['B'], ['C']]);
    expect(plan).toMatchObject({ hostsAvailable: 1, feasible: false, hostsNeeded: 3, unplaced: ['B', 'C'] });
  });

  it('a VM larger than an empty host (vCPUs or memory) is unplaced, opens no host, and hostsNeeded is NaN', () => {
    const plan = placeVms(
      [vm('A', 4, 8), vm('TOO-MANY-VCPU', 13, 8), vm('TOO-MUCH-RAM', 1, 95), vm('B', 4, 8)],
      5,
      12,
      94,
    );
    expect(names(plan)).toEqual([['A', 'B']]);
    expect(plan.unplaced).toEqual(['TOO-MANY-VCPU', 'TOO-MUCH-RAM']);
    expect(plan.feasible).toBe(false);
    expect(plan.hostsNeeded).toBeNaN();
    // A packing size counts here too: the VM fits, what it reserves does not.
    expect(placeVms([vm('W', 2, 4, { packing: { vcpu: 16, ramGB: 4 } })], 1, 12, 94).unplaced).toEqual(['W']);
  });

  it('no hosts available: every VM placed is unplaced', () => {
    expect(placeVms([vm('A', 2, 2), vm('B', 2, 2)], 0, 12, 94)).toMatchObject({
      feasible: false,
      hostsNeeded: 1,
      unplaced: ['A', 'B'],
    });
  });

  it('leaves its input alone and gives the same plan for the same input', () => {
    const vms = [vm('A', 8, 8, { group: 'G' }), vm('B', 8, 8, { group: 'G' })];
    const copy = structuredClone(vms);
    const first = placeVms(vms, 2, 12, 94);
    expect(vms).toEqual(copy);
    expect(placeVms(vms, 2, 12, 94)).toEqual(first);
  });
});

describe('placeVms is first fit however many VMs (issue 16: it skips the hosts too full for a size)', () => {
  /** First fit as written: every VM scans the hosts from the first. */
  const naive = (vms: readonly VmToPlace[], hostVcpu: number, hostRamGB: number) => {
    const hosts: { vcpu: number; ram: number; groups: string[]; names: string[] }[] = [];
    for (const v of vms) {
      const vcpu = v.packing?.vcpu ?? v.vcpu;
      const ram = v.packing?.ramGB ?? v.ramGB;
      const group = v.packing ? v.packing.group : v.group;
      if (vcpu > hostVcpu || ram > hostRamGB) continue;
      let host = hosts.find(
        (h) =>
          h.vcpu + vcpu <= hostVcpu * (1 + 1e-9) &&
          h.ram + ram <= hostRamGB * (1 + 1e-9) &&
          (group === undefined || !h.groups.includes(group)),
      );
      if (!host) hosts.push((host = { vcpu: 0, ram: 0, groups: [], names: [] }));
      host.vcpu += vcpu;
      host.ram += ram;
      if (group !== undefined) host.groups.push(group);
      host.names.push(v.name);
    }
    return hosts.map((h) => h.names);
  };

  it('goes back past a full host to an earlier one that a group kept from the last VM of the same size', () => {
    // MBX-B cannot join MBX-A (one DAG) and host 2 is full: it opens host 3. MBX-C, of another DAG, goes back to host 1.
    const vms = [
      vm('MBX-A', 5, 10, { group: 'DAG1' }),
      vm('SQL', 10, 10),
      vm('MBX-B', 5, 10, { group: 'DAG1' }),
      vm('MBX-C', 5, 10, { group: 'DAG2' }),
    ];
    expect(placeVms(vms, 3, 10, 96).hosts.map((h) => h.vms.map((v) => v.name))).toEqual([
      ['MBX-A', 'MBX-C'],
      ['SQL'],
      ['MBX-B'],
    ]);
  });

  it('the same hosts, VM for VM, as a scan from the first host, over 300 random sets of sizes and groups', () => {
    let seed = 2010;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    for (let round = 0; round < 300; round++) {
      const vms = Array.from({ length: 1 + random(120) }, (_, i) =>
        vm(`VM-${i}`, [2, 4, 6, 8][random(4)]!, [8, 16, 24, 48][random(4)]!, {
          // Few groups, so hosts with room but a VM of the group come before hosts too full: first fit goes back.
          ...(random(3) === 0 ? {} : { group: `G${random(1 + (round % 6))}` }),
        }),
      );
      const plan = placeVms(vms, 1000, 16, 96);
      expect(plan.hosts.map((h) => h.vms.map((v) => v.name))).toEqual(naive(vms, 16, 96));
    }
  });

  it('the same plan as a scan from the first host, over 400 random sets of many sizes, groups, packings and hosts', () => {
    // Wider than the sets above: up to 3,000 VMs of six sizes, up to 60 groups (DAGs and roles), packing sizes with
    // and without a group of their own, VMs too large for a host, and small hosts, so that full hosts, hosts a group
    // keeps out and hosts with room interleave. The whole plan is compared: hosts, loads, unplaced and hosts needed.
    let seed = 16;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const sizes = [
      [1, 4],
      [2, 8],
      [4, 16],
      [6, 48],
      [8, 24],
      [13, 8],
    ] as const;
    for (let round = 0; round < 400; round++) {
      const groups = 1 + random(60);
      const count = round % 50 === 0 ? 3000 : 1 + random(400);
      const vms = Array.from({ length: count }, (_, i) => {
        const [vcpu, ramGB] = sizes[random(sizes.length)]!;
        const grouped = random(4) !== 0;
        const packing = random(8) === 0 ? { vcpu: vcpu + 1, ramGB, ...(random(2) ? { group: 'P' } : {}) } : undefined;
        return vm(`VM-${i}`, vcpu, ramGB, {
          ...(grouped ? { group: `G${i % groups}` } : {}),
          ...(packing ? { packing } : {}),
        });
      });
      const [hostVcpu, hostRamGB] = [
        [12, 94],
        [16, 96],
        [8, 48],
      ][round % 3]!;
      const plan = placeVms(vms, 1_000_000, hostVcpu!, hostRamGB!);
      const expected = naive(vms, hostVcpu!, hostRamGB!);
      expect(names(plan)).toEqual(expected);
      const tooLarge = vms.filter(
        (v) => (v.packing?.vcpu ?? v.vcpu) > hostVcpu! || (v.packing?.ramGB ?? v.ramGB) > hostRamGB!,
      );
      expect(plan.unplaced).toEqual(tooLarge.map((v) => v.name));
      expect(plan.hostsNeeded).toBe(tooLarge.length > 0 ? Number.NaN : expected.length);
    }
  });
});
