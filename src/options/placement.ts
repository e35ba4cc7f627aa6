/** A VM to place: its size, and the DAG whose members must not share a host. */
export interface VmToPlace {
  readonly name: string;
  readonly vcpu: number;
  readonly ramGB: number;
  /** VMs with the same group must run on different hosts (DRS anti-affinity). */
  readonly antiAffinityGroup?: string;
}

export interface PlacedHost {
  readonly vms: readonly string[];
  readonly vcpu: number;
  readonly ramGB: number;
}

export interface PlacementPlan {
  /** Hosts the plan may use: the host count less the spares vSphere HA keeps free. */
  readonly hostsAvailable: number;
  readonly hosts: readonly PlacedHost[];
  readonly unplaced: readonly string[];
  readonly feasible: boolean;
  /** Hosts this first-fit decreasing needs: the hosts available when it fits, more when not, NaN when a VM is larger than a host. */
  readonly hostsNeeded: number;
}

function firstFitDecreasing(vms: readonly VmToPlace[], hostCount: number, hostVcpu: number, hostRamGB: number) {
  // A host's anti-affinity groups as a short list: a host holds a few, and a sweep places thousands of times.
  const hosts = Array.from({ length: hostCount }, () => ({ vms: [] as string[], groups: [] as string[], vcpu: 0, ramGB: 0 }));
  const unplaced: string[] = [];
  // Largest first by the scarcer of the two resources, as vector bin packing does; ties by name, in code-unit
  // order (not the locale's), so every machine places alike.
  const ordered = vms
    .map((vm) => ({ vm, size: Math.max(vm.vcpu / hostVcpu, vm.ramGB / hostRamGB) }))
    .sort((a, b) => b.size - a.size || (a.vm.name < b.vm.name ? -1 : a.vm.name > b.vm.name ? 1 : 0))
    .map((entry) => entry.vm);
  for (const vm of ordered) {
    const host = hosts.find(
      (h) => h.vcpu + vm.vcpu <= hostVcpu && h.ramGB + vm.ramGB <= hostRamGB && (vm.antiAffinityGroup === undefined || !h.groups.includes(vm.antiAffinityGroup)),
    );
    if (!host) {
      unplaced.push(vm.name);
      continue;
    }
    host.vms.push(vm.name);
    if (vm.antiAffinityGroup !== undefined) host.groups.push(vm.antiAffinityGroup);
    host.vcpu += vm.vcpu;
    host.ramGB += vm.ramGB;
  }
  return { hosts: hosts.map(({ vms: names, vcpu, ramGB }) => ({ vms: names, vcpu, ramGB })), unplaced };
}

/**
 * First-fit decreasing placement of VMs on identical hosts, members of one DAG on different hosts:
 * a concrete plan proving that the host count is feasible, or the VMs that did not fit and the
 * host count on which they would.
 */
export function placeVms(given: readonly VmToPlace[], hostsAvailable: number, hostVcpu: number, hostRamGB: number): PlacementPlan {
  const vms = [...given]; // hostsNeeded is worked out later: from these VMs, whatever the caller does with its array
  const plan = firstFitDecreasing(vms, hostsAvailable, hostVcpu, hostRamGB);
  let hostsNeeded: number | undefined;
  // Worked out when first read (the warning's message, the JSON): a sweep asks only whether the plan is feasible.
  const neededHosts = () => {
    if (plan.unplaced.length === 0) return hostsAvailable;
    const fits = (vm: VmToPlace) => vm.vcpu <= hostVcpu && vm.ramGB <= hostRamGB;
    let needed = vms.every(fits) ? hostsAvailable + 1 : Number.NaN;
    while (Number.isFinite(needed) && needed < hostsAvailable + vms.length && firstFitDecreasing(vms, needed, hostVcpu, hostRamGB).unplaced.length > 0) needed += 1;
    return needed;
  };
  return {
    hostsAvailable,
    hosts: plan.hosts,
    unplaced: plan.unplaced,
    feasible: plan.unplaced.length === 0,
    get hostsNeeded() {
      return (hostsNeeded ??= neededHosts());
    },
  };
}
