/** A VM to place: its size, and the group of redundant instances it must not share a host with. */
export interface VmToPlace {
  readonly name: string;
  /** What the VM is: `mailbox`, `client-access`, `hub-transport`, `global-catalog`, or a workload's name. */
  readonly role: string;
  readonly vcpu: number;
  readonly ramGB: number;
  /** The kind of VM the packing counts it as (src/sizing/vm-kinds.ts): `Mailbox`, `ClientAccess`, ...; none for a VM placed on its own. */
  readonly kind?: string;
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

interface OpenHost {
  readonly vms: PlacedVm[];
  readonly groups: Set<string>;
  vcpu: number;
  ramGB: number;
}

/** What a VM takes of a host, and the group it keeps apart from, as the packing counts them. */
function footprint(vm: VmToPlace): { vcpu: number; ramGB: number; group: string | undefined } {
  return {
    vcpu: vm.packing?.vcpu ?? vm.vcpu,
    ramGB: vm.packing?.ramGB ?? vm.ramGB,
    group: vm.packing ? vm.packing.group : vm.group,
  };
}

/** Whether a host has the room for a VM of this footprint (a host only fills up: once it has not, it never has). */
function hasRoom(
  host: Pick<OpenHost, 'vcpu' | 'ramGB'>,
  vcpu: number,
  ramGB: number,
  hostVcpu: number,
  hostRamGB: number,
) {
  return host.vcpu + vcpu <= hostVcpu * (1 + TOLERANCE) && host.ramGB + ramGB <= hostRamGB * (1 + TOLERANCE);
}

function fits(
  host: Pick<OpenHost, 'groups' | 'vcpu' | 'ramGB'>,
  vm: VmToPlace,
  hostVcpu: number,
  hostRamGB: number,
): boolean {
  const { vcpu, ramGB, group } = footprint(vm);
  return hasRoom(host, vcpu, ramGB, hostVcpu, hostRamGB) && (group === undefined || !host.groups.has(group));
}

function put(host: OpenHost, vm: VmToPlace): void {
  const { vcpu, ramGB, group } = footprint(vm);
  host.vms.push({ name: vm.name, role: vm.role, group: vm.group ?? null, vcpu: vm.vcpu, ramGB: vm.ramGB });
  if (group !== undefined) host.groups.add(group);
  host.vcpu += vcpu;
  host.ramGB += ramGB;
}

const EMPTY = { vcpu: 0, ramGB: 0 } as const;
const emptyHost = (): OpenHost => ({ vms: [], groups: new Set(), vcpu: 0, ramGB: 0 });

function plan(
  hosts: readonly OpenHost[],
  hostsAvailable: number,
  notPlaced: readonly string[],
  hostsNeeded: number,
): PlacementPlan {
  const placed = hosts.map(({ vms: onHost, vcpu, ramGB }) => ({ vms: onHost, vcpu, ramGB }));
  const unplaced = [...placed.slice(hostsAvailable).flatMap((h) => h.vms.map((vm) => vm.name)), ...notPlaced];
  return { hostsAvailable, hosts: placed, unplaced, feasible: unplaced.length === 0, hostsNeeded };
}

/**
 * The first host from `from` on with room for a VM of this size, `hosts.length` if none has. `skip[h]` (-1: not
 * yet known) links a host found without room to a later host, and the links are shortened as they are followed
 * (path halving), so that a full host costs once per size.
 */
function firstWithRoom(
  skip: number[],
  hosts: readonly OpenHost[],
  from: number,
  vcpu: number,
  ramGB: number,
  hostVcpu: number,
  hostRamGB: number,
): number {
  while (skip.length < hosts.length) skip.push(-1);
  let at = from;
  while (at < hosts.length) {
    const next = skip[at]!;
    if (next >= 0) {
      const after = next < hosts.length ? skip[next]! : -1;
      if (after >= 0) skip[at] = after;
      at = next;
    } else if (!hasRoom(hosts[at]!, vcpu, ramGB, hostVcpu, hostRamGB)) skip[at] = at + 1;
    else return at;
  }
  return at;
}

/**
 * First fit in the order given (the packing's order of kinds, src/sizing/vm-kinds.ts), hosts opened as needed,
 * redundant instances on different hosts: the plan proving the host count of the packing formulas, which run
 * this same first fit a group of identical hosts at a time.
 *
 * @example
 * placeVms([{ name: 'MBX-1', role: 'mailbox', vcpu: 6, ramGB: 48, group: 'DAG1' }], 1, 12, 94).feasible; // true
 */
export function placeVms(
  vms: readonly VmToPlace[],
  hostsAvailable: number,
  hostVcpu: number,
  hostRamGB: number,
): PlacementPlan {
  const hosts: OpenHost[] = [];
  const tooLarge: string[] = [];
  // A host that cannot take a VM of some size and group never can again (hosts only fill up, a group stays), so
  // first fit passes it by for good: per size, hosts without room are linked past; per size and group, the search
  // starts at the host the last such VM went to. Each host is passed by once per size and once per group it holds,
  // so the placement is near linear in the VMs however many hosts there are (issue 16).
  const skips = new Map<string, number[]>();
  const lastHost = new Map<string, number>();
  for (const vm of vms) {
    const { vcpu, ramGB, group } = footprint(vm);
    if (!hasRoom(EMPTY, vcpu, ramGB, hostVcpu, hostRamGB)) {
      tooLarge.push(vm.name);
      continue;
    }
    const size = `${vcpu}/${ramGB}`;
    const skip = skips.get(size) ?? skips.set(size, []).get(size)!;
    const room = (h: number) => firstWithRoom(skip, hosts, h, vcpu, ramGB, hostVcpu, hostRamGB);
    const key = group === undefined ? size : `${size}/${group}`;
    let h = room(lastHost.get(key) ?? 0);
    while (group !== undefined && h < hosts.length && hosts[h]!.groups.has(group)) h = room(h + 1);
    lastHost.set(key, h);
    if (h === hosts.length) hosts.push(emptyHost());
    put(hosts[h]!, vm);
  }
  return plan(hosts, hostsAvailable, tooLarge, tooLarge.length > 0 ? Number.NaN : hosts.length);
}

/**
 * The VMs dealt round `hostCount` hosts in the order given, VM t to host t mod hostCount (the dealt packing of
 * src/sizing/host-spreading.ts, which lists each kind's groups member after member): the plan proving its count.
 * A VM that would overfill its host or meet its group there is not placed, and the plan is then not feasible.
 *
 * @example
 * dealVms([{ name: 'CAS-1', role: 'client-access', vcpu: 4, ramGB: 8, group: 'CAS' }, { name: 'CAS-2', role: 'client-access', vcpu: 4, ramGB: 8, group: 'CAS' }], 2, 2, 12, 94).hosts.length; // 2
 */
export function dealVms(
  vms: readonly VmToPlace[],
  hostCount: number,
  hostsAvailable: number,
  hostVcpu: number,
  hostRamGB: number,
): PlacementPlan {
  const hosts = Array.from({ length: hostCount }, emptyHost);
  const notPlaced: string[] = [];
  vms.forEach((vm, t) => {
    const host = hosts[t % hostCount];
    if (host && fits(host, vm, hostVcpu, hostRamGB)) put(host, vm);
    else notPlaced.push(vm.name);
  });
  return plan(hosts, hostsAvailable, notPlaced, hostCount);
}
