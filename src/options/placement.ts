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

/**
 * VMs to place in their working form, one entry per VM in placing order: what each takes of a host (the packing's
 * size where it reserves more) and the group it keeps apart from (a small whole number, -1 for none). No object or
 * name per VM: a sweep places thousands of VMs a scenario and reads only whether they fit (issue 16).
 */
export interface VmFootprints {
  readonly count: number;
  readonly vcpu: Float64Array;
  readonly ramGB: Float64Array;
  /** Group ids from 0 up, -1 for none; equal ids for equal group names. */
  readonly group: Int32Array;
}

/** Where the VMs went: each VM's host (-1: not placed), the hosts opened and what each holds. */
export interface HostAssignment {
  readonly host: Int32Array;
  readonly hostCount: number;
  /** Per host: vCPU and RAM taken (sums in placing order), VMs placed. */
  readonly vcpu: readonly number[];
  readonly ramGB: readonly number[];
  readonly vms: readonly number[];
  /** Whether a VM was larger than an empty host (first fit) or could not go to its host (dealing). */
  readonly notPlaced: boolean;
}

/** Whether a host with `vcpu` and `ramGB` taken has room for a VM of this size (a host only fills up: once it has not, it never has). */
function hasRoom(vcpu: number, ramGB: number, vmVcpu: number, vmRamGB: number, hostVcpu: number, hostRamGB: number) {
  return vcpu + vmVcpu <= hostVcpu * (1 + TOLERANCE) && ramGB + vmRamGB <= hostRamGB * (1 + TOLERANCE);
}

/** The first host index `Array.prototype.slice(hostsAvailable)` leaves out of `length` hosts: the hosts from there on are beyond the ones available. */
function firstBeyond(hostsAvailable: number, length: number): number {
  if (Number.isNaN(hostsAvailable)) return 0;
  const start = Math.trunc(hostsAvailable);
  return start < 0 ? Math.max(length + start, 0) : Math.min(start, length);
}

/** The hosts first fit has opened so far: what each has taken, and the VMs on it. */
interface OpenHosts {
  readonly vcpu: number[];
  readonly ramGB: number[];
  readonly vms: number[];
}

/**
 * The first host from `from` on with room for a VM of this size, the hosts' count if none has. `skip[h]` (-1: not
 * yet known) links a host found without room to a later host, and the links are shortened as they are followed
 * (path halving), so that a full host costs once per size.
 */
function firstWithRoom(
  skip: number[],
  usedVcpu: readonly number[],
  usedRamGB: readonly number[],
  count: number,
  from: number,
  vcpu: number,
  ramGB: number,
  hostVcpu: number,
  hostRamGB: number,
): number {
  while (skip.length < count) skip.push(-1);
  let at = from;
  while (at < count) {
    const next = skip[at]!;
    if (next >= 0) {
      const after = next < count ? skip[next]! : -1;
      if (after >= 0) skip[at] = after;
      at = next;
    } else if (!hasRoom(usedVcpu[at]!, usedRamGB[at]!, vcpu, ramGB, hostVcpu, hostRamGB)) skip[at] = at + 1;
    else return at;
  }
  return at;
}

/**
 * First fit in the order given, hosts opened as needed, the VMs of a group on different hosts. `stopBeyond`: stop as
 * soon as a VM is larger than a host or a host opens beyond that many (the answer is then "does not fit").
 */
function firstFitAssignment(
  vms: VmFootprints,
  hostVcpu: number,
  hostRamGB: number,
  stopBeyond = Number.POSITIVE_INFINITY,
): HostAssignment {
  const host = new Int32Array(vms.count).fill(-1);
  const hosts: OpenHosts = { vcpu: [], ramGB: [], vms: [] };
  // Which host holds which group: host * groups + group.
  let groups = 0;
  for (let i = 0; i < vms.count; i++) groups = Math.max(groups, vms.group[i]! + 1);
  const holds = new Set<number>();
  // A host that cannot take a VM of some size and group never can again (hosts only fill up, a group stays), so
  // first fit passes it by for good: per size, hosts without room are linked past; per size and group, the search
  // starts at the host the last such VM went to. Each host is passed by once per size and once per group it holds,
  // so the placement is near linear in the VMs however many hosts there are (issue 16).
  const sizeVcpu: number[] = [];
  const sizeRam: number[] = [];
  const skips: number[][] = [];
  // By size * (groups + 1) + group + 1.
  const lastHost: number[] = [];
  let notPlaced = false;
  let size = -1;
  for (let i = 0; i < vms.count; i++) {
    const vcpu = vms.vcpu[i]!;
    const ramGB = vms.ramGB[i]!;
    const group = vms.group[i]!;
    if (!hasRoom(0, 0, vcpu, ramGB, hostVcpu, hostRamGB)) {
      notPlaced = true;
      if (stopBeyond !== Number.POSITIVE_INFINITY) break;
      continue;
    }
    // VMs of a size mostly come together: the last size first.
    if (!(size >= 0 && sizeVcpu[size] === vcpu && sizeRam[size] === ramGB)) {
      size = 0;
      while (size < sizeVcpu.length && !(sizeVcpu[size] === vcpu && sizeRam[size] === ramGB)) size++;
      if (size === sizeVcpu.length) {
        sizeVcpu.push(vcpu);
        sizeRam.push(ramGB);
        skips.push([]);
      }
    }
    const skip = skips[size]!;
    const key = size * (groups + 1) + group + 1;
    let h = firstWithRoom(
      skip,
      hosts.vcpu,
      hosts.ramGB,
      hosts.vcpu.length,
      lastHost[key] ?? 0,
      vcpu,
      ramGB,
      hostVcpu,
      hostRamGB,
    );
    while (group >= 0 && h < hosts.vcpu.length && holds.has(h * groups + group))
      h = firstWithRoom(skip, hosts.vcpu, hosts.ramGB, hosts.vcpu.length, h + 1, vcpu, ramGB, hostVcpu, hostRamGB);
    lastHost[key] = h;
    if (h === hosts.vcpu.length) {
      if (h >= stopBeyond) {
        notPlaced = true;
        break;
      }
      hosts.vcpu.push(0);
      hosts.ramGB.push(0);
      hosts.vms.push(0);
    }
    host[i] = h;
    if (group >= 0) holds.add(h * groups + group);
    hosts.vcpu[h] = hosts.vcpu[h]! + vcpu;
    hosts.ramGB[h] = hosts.ramGB[h]! + ramGB;
    hosts.vms[h] = hosts.vms[h]! + 1;
  }
  return { host, hostCount: hosts.vcpu.length, vcpu: hosts.vcpu, ramGB: hosts.ramGB, vms: hosts.vms, notPlaced };
}

/** VM t to host t mod hostCount; a VM that would overfill its host or meet its group there is not placed. */
function dealAssignment(vms: VmFootprints, hostCount: number, hostVcpu: number, hostRamGB: number): HostAssignment {
  const hosts = Array.from({ length: hostCount }, () => 0).length;
  const host = new Int32Array(vms.count).fill(-1);
  const usedVcpu = new Array<number>(hosts).fill(0);
  const usedRam = new Array<number>(hosts).fill(0);
  const placed = new Array<number>(hosts).fill(0);
  let groups = 0;
  for (let i = 0; i < vms.count; i++) groups = Math.max(groups, vms.group[i]! + 1);
  const holds = new Set<number>();
  let notPlaced = false;
  for (let t = 0; t < vms.count; t++) {
    const h = t % hostCount;
    const group = vms.group[t]!;
    if (
      Number.isInteger(h) &&
      h >= 0 &&
      h < hosts &&
      hasRoom(usedVcpu[h]!, usedRam[h]!, vms.vcpu[t]!, vms.ramGB[t]!, hostVcpu, hostRamGB) &&
      (group < 0 || !holds.has(h * groups + group))
    ) {
      host[t] = h;
      if (group >= 0) holds.add(h * groups + group);
      usedVcpu[h] = usedVcpu[h]! + vms.vcpu[t]!;
      usedRam[h] = usedRam[h]! + vms.ramGB[t]!;
      placed[h]!++;
    } else notPlaced = true;
  }
  return { host, hostCount: hosts, vcpu: usedVcpu, ramGB: usedRam, vms: placed, notPlaced };
}

/** Whether every VM is placed on the hosts available: none left over, none on a host beyond them. */
function fitsAvailable(assignment: HostAssignment, hostsAvailable: number): boolean {
  if (assignment.notPlaced) return false;
  for (let h = firstBeyond(hostsAvailable, assignment.hostCount); h < assignment.hostCount; h++)
    if (assignment.vms[h]! > 0) return false;
  return true;
}

/** The first host count past which a first fit need not go: a host opened beyond it makes the plan infeasible. */
const stopFor = (hostsAvailable: number) =>
  Number.isNaN(hostsAvailable) || hostsAvailable < 0 ? 0 : Math.trunc(hostsAvailable);

/** Whether first fit in the order given places every VM on the hosts available: placeVms(...).feasible, without the plan. */
export function firstFitFits(vms: VmFootprints, hostsAvailable: number, hostVcpu: number, hostRamGB: number): boolean {
  return fitsAvailable(firstFitAssignment(vms, hostVcpu, hostRamGB, stopFor(hostsAvailable)), hostsAvailable);
}

/** Whether dealing the VMs round `hostCount` hosts places every VM on the hosts available: dealVms(...).feasible, without the plan. */
export function dealFits(
  vms: VmFootprints,
  hostCount: number,
  hostsAvailable: number,
  hostVcpu: number,
  hostRamGB: number,
): boolean {
  return fitsAvailable(dealAssignment(vms, hostCount, hostVcpu, hostRamGB), hostsAvailable);
}

/**
 * A run of like VMs in their working form: `count` VMs of one footprint, VM i in group `firstGroup + i mod groups`
 * (member-major), or in none when `firstGroup` is -1.
 */
export interface FootprintRun {
  readonly count: number;
  readonly vcpu: number;
  readonly ramGB: number;
  readonly firstGroup: number;
  readonly groups: number;
}

/**
 * Whether first fit places the runs' VMs, in the order given, on the hosts available: firstFitFits on the VMs the runs
 * list, VM by VM without a VM array. Where every group holds VMs of one size (a group is one run's, or runs of one
 * size), the VMs of a group go to hosts further and further on (the search for one starts at the host the last
 * went to), so a host holds a group only if it is the host its last VM went to: no set of groups per host.
 */
export function runsFit(
  runs: readonly FootprintRun[],
  hostsAvailable: number,
  hostVcpu: number,
  hostRamGB: number,
): boolean {
  let groupCount = 0;
  for (const run of runs) if (run.firstGroup >= 0) groupCount = Math.max(groupCount, run.firstGroup + run.groups);
  // The size of each group: one per group, or the VM by VM first fit.
  const groupVcpu = new Array<number>(groupCount).fill(Number.NaN);
  const groupRam = new Array<number>(groupCount).fill(0);
  for (const run of runs) {
    if (run.firstGroup < 0 || run.count < 1) continue;
    for (let g = run.firstGroup; g < run.firstGroup + Math.min(run.groups, run.count); g++) {
      if (Number.isNaN(groupVcpu[g]!)) {
        groupVcpu[g] = run.vcpu;
        groupRam[g] = run.ramGB;
      } else if (groupVcpu[g] !== run.vcpu || groupRam[g] !== run.ramGB)
        return firstFitFits(expanded(runs), hostsAvailable, hostVcpu, hostRamGB);
    }
  }
  let total = 0;
  for (const run of runs) total += run.count >= 1 ? Math.trunc(run.count) : 0;
  // Hosts first fit may open before the answer is known: one per VM, or one beyond the hosts available.
  const capacity = Math.min(total, stopFor(hostsAvailable) + 1);
  const stopBeyond = stopFor(hostsAvailable);
  const usedVcpu = new Array<number>(capacity).fill(0);
  const usedRam = new Array<number>(capacity).fill(0);
  let open = 0;
  // The host each group's last VM went to (-1: none yet).
  const groupLast = new Array<number>(groupCount).fill(-1);
  const sizeVcpu: number[] = [];
  const sizeRam: number[] = [];
  const skips: number[][] = [];
  const sizeLast: number[] = [];
  for (const run of runs) {
    const { vcpu, ramGB } = run;
    const count = run.count >= 1 ? Math.trunc(run.count) : 0;
    if (count === 0) continue;
    if (!hasRoom(0, 0, vcpu, ramGB, hostVcpu, hostRamGB)) return false;
    let size = 0;
    while (size < sizeVcpu.length && !(sizeVcpu[size] === vcpu && sizeRam[size] === ramGB)) size++;
    if (size === sizeVcpu.length) {
      sizeVcpu.push(vcpu);
      sizeRam.push(ramGB);
      skips.push(new Array<number>(capacity + 1).fill(-1));
      sizeLast.push(0);
    }
    // Per size, `skip[h]` (-1: not yet known) links a host found without room to a later host, the links halved as
    // they are followed, so that a full host costs once per size (firstWithRoom).
    const skip = skips[size]!;
    const { firstGroup, groups } = run;
    const grouped = firstGroup >= 0;
    for (let i = 0; i < count; i++) {
      const group = grouped ? firstGroup + (i % groups) : -1;
      const last = grouped ? groupLast[group]! : -1;
      let at = grouped ? Math.max(last, 0) : sizeLast[size]!;
      for (;;) {
        at = firstWithRoom(skip, usedVcpu, usedRam, open, at, vcpu, ramGB, hostVcpu, hostRamGB);
        // A host holds a group only if the group's last VM went there.
        if (at === last && at < open) at++;
        else break;
      }
      if (grouped) groupLast[group] = at;
      else sizeLast[size] = at;
      if (at === open) {
        if (at >= stopBeyond) return false;
        open++;
      }
      usedVcpu[at] = usedVcpu[at]! + vcpu;
      usedRam[at] = usedRam[at]! + ramGB;
    }
  }
  return true;
}

/** The runs' VMs one by one. */
function expanded(runs: readonly FootprintRun[]): VmFootprints {
  const lengths = runs.map((run) => (run.count >= 1 ? Math.trunc(run.count) : 0));
  const count = lengths.reduce((a, b) => a + b, 0);
  const vms = { count, vcpu: new Float64Array(count), ramGB: new Float64Array(count), group: new Int32Array(count) };
  let at = 0;
  runs.forEach((run, r) => {
    for (let i = 0; i < lengths[r]!; i++, at++) {
      vms.vcpu[at] = run.vcpu;
      vms.ramGB[at] = run.ramGB;
      vms.group[at] = run.firstGroup < 0 ? -1 : run.firstGroup + (i % run.groups);
    }
  });
  return vms;
}

/** The footprints of VMs given as objects: what each takes of a host, as the packing counts them, and its group. */
export function footprintsOf(vms: readonly VmToPlace[]): VmFootprints {
  const count = vms.length;
  const footprints = {
    count,
    vcpu: new Float64Array(count),
    ramGB: new Float64Array(count),
    group: new Int32Array(count),
  };
  const ids = new Map<string, number>();
  vms.forEach((vm, i) => {
    footprints.vcpu[i] = vm.packing?.vcpu ?? vm.vcpu;
    footprints.ramGB[i] = vm.packing?.ramGB ?? vm.ramGB;
    const group = vm.packing ? vm.packing.group : vm.group;
    footprints.group[i] = group === undefined ? -1 : (ids.get(group) ?? ids.set(group, ids.size).get(group)!);
  });
  return footprints;
}

/** The plan of an assignment: the VMs as placed on each host, and those not placed or beyond the hosts available. */
function planOf(
  vms: readonly VmToPlace[],
  assignment: HostAssignment,
  hostsAvailable: number,
  hostsNeeded: number,
): PlacementPlan {
  const onHost: PlacedVm[][] = Array.from({ length: assignment.hostCount }, () => []);
  const notPlaced: string[] = [];
  vms.forEach((vm, i) => {
    const h = assignment.host[i]!;
    if (h < 0) notPlaced.push(vm.name);
    else onHost[h]!.push({ name: vm.name, role: vm.role, group: vm.group ?? null, vcpu: vm.vcpu, ramGB: vm.ramGB });
  });
  const placed = onHost.map((hostVms, h) => ({
    vms: hostVms,
    vcpu: assignment.vcpu[h]!,
    ramGB: assignment.ramGB[h]!,
  }));
  const unplaced = [...placed.slice(hostsAvailable).flatMap((h) => h.vms.map((vm) => vm.name)), ...notPlaced];
  return { hostsAvailable, hosts: placed, unplaced, feasible: unplaced.length === 0, hostsNeeded };
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
  const assignment = firstFitAssignment(footprintsOf(vms), hostVcpu, hostRamGB);
  return planOf(vms, assignment, hostsAvailable, assignment.notPlaced ? Number.NaN : assignment.hostCount);
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
  return planOf(vms, dealAssignment(footprintsOf(vms), hostCount, hostVcpu, hostRamGB), hostsAvailable, hostCount);
}
