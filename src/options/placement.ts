/** A VM to place: its size, and the group of redundant instances it must not share a host with. */
export interface VmToPlace {
  readonly name: string;
  /** What the VM is: `mailbox`, `client-access`, `hub-transport`, `global-catalog`, or a workload's name. */
  readonly role: string;
  readonly vcpu: number;
  readonly ramGB: number;
  /** VMs with the same group run on different hosts (DRS anti-affinity): a DAG, a role's VMs, a workload kept apart. */
  readonly group?: string;
  /** What the packing reserves for it when more than its own size (the largest VM of its kind), and the group it packs in. */
  readonly packing?: { readonly vcpu: number; readonly ramGB: number; readonly group?: string };
}

/** A VM as placed, for readers of the plan (comparison.json). */
export interface PlacedVm {
  readonly name: string;
  readonly role: string;
  readonly group: string | null;
  readonly vcpu: number;
  readonly ramGB: number;
}

export interface PlacedHost {
  readonly vms: readonly PlacedVm[];
  readonly vcpu: number;
  readonly ramGB: number;
}

export interface PlacementPlan {
  /** Hosts the plan may use: the host count less the spares vSphere HA keeps free. */
  readonly hostsAvailable: number;
  /** Every host first fit opened, the ones beyond `hostsAvailable` included. */
  readonly hosts: readonly PlacedHost[];
  /** VMs on hosts beyond the ones available, or larger than an empty host. */
  readonly unplaced: readonly string[];
  readonly feasible: boolean;
  /** Hosts first fit needs for every VM: NaN when a VM is larger than a host. */
  readonly hostsNeeded: number;
}

// Sums of VM sizes in binary floating point may land a hair above a capacity they meet exactly in decimals.
const TOLERANCE = 1e-9;

/**
 * First fit in the order given (the packing's order of kinds, src/sizing/vm-kinds.ts), hosts opened as needed,
 * redundant instances on different hosts: the plan proving the host count of the packing formulas, which run
 * this same first fit a group of identical hosts at a time. One pass, whatever the number of hosts.
 *
 * @example
 * placeVms([{ name: 'MBX-1', role: 'mailbox', vcpu: 6, ramGB: 48, group: 'DAG1' }], 1, 12, 94).feasible; // true
 */
export function placeVms(vms: readonly VmToPlace[], hostsAvailable: number, hostVcpu: number, hostRamGB: number): PlacementPlan {
  const hosts: { vms: PlacedVm[]; groups: string[]; vcpu: number; ramGB: number }[] = [];
  const tooLarge: string[] = [];
  const fits = (used: number, size: number, capacity: number) => used + size <= capacity * (1 + TOLERANCE);
  for (const vm of vms) {
    const vcpu = vm.packing?.vcpu ?? vm.vcpu;
    const ramGB = vm.packing?.ramGB ?? vm.ramGB;
    const group = vm.packing ? vm.packing.group : vm.group;
    if (!fits(0, vcpu, hostVcpu) || !fits(0, ramGB, hostRamGB)) {
      tooLarge.push(vm.name);
      continue;
    }
    let host = hosts.find((h) => fits(h.vcpu, vcpu, hostVcpu) && fits(h.ramGB, ramGB, hostRamGB) && (group === undefined || !h.groups.includes(group)));
    if (!host) hosts.push((host = { vms: [], groups: [], vcpu: 0, ramGB: 0 }));
    host.vms.push({ name: vm.name, role: vm.role, group: vm.group ?? null, vcpu: vm.vcpu, ramGB: vm.ramGB });
    if (group !== undefined) host.groups.push(group);
    host.vcpu += vcpu;
    host.ramGB += ramGB;
  }
  const placed = hosts.map(({ vms: onHost, vcpu, ramGB }) => ({ vms: onHost, vcpu, ramGB }));
  const unplaced = [...placed.slice(hostsAvailable).flatMap((h) => h.vms.map((vm) => vm.name)), ...tooLarge];
  return { hostsAvailable, hosts: placed, unplaced, feasible: unplaced.length === 0, hostsNeeded: tooLarge.length > 0 ? Number.NaN : hosts.length };
}
