import type { FigureValue } from '../expr/figure-values.js';
import { SPREAD_ORDERS } from '../sizing/host-spreading.js';
import { VM_KINDS } from '../sizing/vm-kinds.js';
import type { FigureValues } from './options-model.js';
import {
  dealFits,
  dealVms,
  type FootprintRun,
  firstFitFits,
  footprintsOf,
  type PlacementPlan,
  placeVms,
  runsFit,
  type VmFootprints,
} from './placement.js';
import { kindValue, type VmRun, vmsOfRuns } from './site-vms.js';

type Values = FigureValues;
type Site = 'primary' | 'dr';

const n = (value: FigureValue | undefined) => Number(value ?? 0);

/**
 * The order of VMs that puts each group's members next to each other, groups in the order their first member comes
 * (dealing keeps a group on consecutive hosts): VM positions, from each VM's group (-1 for none).
 */
function groupAfterGroup(groups: Int32Array, count: number): number[] {
  const first = new Map<number, number>();
  for (let i = 0; i < count; i++) if (groups[i]! >= 0 && !first.has(groups[i]!)) first.set(groups[i]!, i);
  const key = (i: number) => (groups[i]! < 0 ? i : first.get(groups[i]!)!);
  const order = Array.from({ length: count }, (_, i) => i);
  // Already in order (one group or none, or groups one after another): no sort.
  for (let i = 1; i < count; i++) if (key(i) < key(i - 1)) return order.sort((a, b) => key(a) - key(b));
  return order;
}

/** How a site places its VMs: dealt round a host count in an order of kinds, or first fit kind after kind. */
type SitePacking =
  | { readonly spread: true; readonly kinds: readonly string[]; readonly hostCount: number; readonly available: number }
  | { readonly spread: false; readonly kinds: readonly string[]; readonly available: number };

/** The packing a site's formulas costed, read from its figures. */
function sitePacking(values: Values, site: Site): SitePacking {
  const id = SITE_IDS[site];
  const available = n(values[id.hosts]) - n(values[id.spareHosts]);
  if (values[id.packSpread] === true) {
    const order = SPREAD_ORDERS[values[id.spreadCatalogsFirst] === true ? 1 : 0]!;
    return { spread: true, kinds: order.kinds, hostCount: n(values[id.hostsForPlacement]), available };
  }
  const packing = values[id.packBySize] === true ? 'BySizeOrder' : 'ByHostsOrder';
  // Each kind's place read once, when the sort first compares it (the order the values are read in is the sort's).
  const places = new Map<string, number>();
  const place = (kind: string) => {
    let value = places.get(kind);
    if (value === undefined) places.set(kind, (value = kindValue(values, site, kind, packing)));
    return value;
  };
  const kinds = [...VM_KINDS].sort((a, b) => place(a.id) - place(b.id)).map((k) => k.id);
  return { spread: false, kinds, available };
}

// The ids of a site's placement figures, built once.
const siteIds = <S extends Site>(site: S) =>
  ({
    hosts: `${site}Hosts`,
    spareHosts: `${site}SpareHosts`,
    packSpread: `${site}PackSpread`,
    spreadCatalogsFirst: `${site}SpreadCatalogsFirst`,
    hostsForPlacement: `${site}HostsForPlacement`,
    packBySize: `${site}PackBySize`,
  }) as const;
const SITE_IDS = { primary: siteIds('primary'), dr: siteIds('dr') };

/** Runs kind after kind in `kinds`, the runs of a kind in the order given (the VMs so ordered, as a stable sort by kind). */
function byKind(runs: readonly VmRun[], kinds: readonly string[]): VmRun[] {
  const rank = (run: VmRun) => kinds.indexOf(run.kind);
  return [...runs].sort((a, b) => rank(a) - rank(b));
}

/**
 * Where a site's VMs go on the hosts it counts, by the packing its formulas costed: dealt round the hosts
 * (src/sizing/host-spreading.ts) or first fit kind after kind (src/sizing/host-packing.ts). The VMs come kind by
 * kind, each group's members in turn, as src/options/site-vms.ts lists them.
 */
export function placeSite(
  values: Values,
  site: Site,
  runs: readonly VmRun[],
  hostVcpu: number,
  hostRamGB: number,
): PlacementPlan {
  const packing = sitePacking(values, site);
  if (packing.spread) {
    const dealt = packing.kinds.flatMap((kind) => {
      const vms = vmsOfRuns(runs.filter((run) => run.kind === kind));
      return groupAfterGroup(footprintsOf(vms).group, vms.length).map((i) => vms[i]!);
    });
    return dealVms(dealt, packing.hostCount, packing.available, hostVcpu, hostRamGB);
  }
  return placeVms(vmsOfRuns(byKind(runs, packing.kinds)), packing.available, hostVcpu, hostRamGB);
}

/** Group ids of the runs' VMs, shared by runs with the same group name. */
class GroupIds {
  private readonly byName = new Map<string, number>();
  private next = 0;
  of(name: string): number {
    let id = this.byName.get(name);
    if (id === undefined) this.byName.set(name, (id = this.next++));
    return id;
  }
  /** `count` new ids: a run's member-major groups, which no other run of a site names (only the mailbox VMs have them). */
  fresh(count: number): number {
    const first = this.next;
    this.next += count;
    return first;
  }
}

/** The footprints of the runs' VMs in the order the runs list them (as footprintsOf(vmsOfRuns(runs)), without the objects). */
function footprintsOfRuns(runs: readonly VmRun[], ids = new GroupIds()): VmFootprints {
  const lengths = runs.map((run) => toLength(run.count));
  const count = lengths.reduce((a, b) => a + b, 0);
  const footprints = {
    count,
    vcpu: new Float64Array(count),
    ramGB: new Float64Array(count),
    group: new Int32Array(count),
  };
  let at = 0;
  runs.forEach((run, r) => {
    const length = lengths[r]!;
    const end = at + length;
    footprints.vcpu.fill(run.packing?.vcpu ?? run.vcpu, at, end);
    footprints.ramGB.fill(run.packing?.ramGB ?? run.ramGB, at, end);
    const groups = run.groups;
    if (run.packing) footprints.group.fill(run.packing.group === undefined ? -1 : ids.of(run.packing.group), at, end);
    else if (!groups) footprints.group.fill(-1, at, end);
    else if (groups.count === 1) footprints.group.fill(ids.of(groups.name(0)), at, end);
    else if (Number.isInteger(groups.count) && groups.count > 1) {
      const first = ids.fresh(groups.count);
      for (let i = 0; i < length; i++) footprints.group[at + i] = first + (i % groups.count);
    } else for (let i = 0; i < length; i++) footprints.group[at + i] = ids.of(groups.name(i % groups.count));
    at = end;
  });
  return footprints;
}

/** The runs in their working form, or undefined where a run's groups are not a whole number of them (VM by VM then). */
function footprintRunsOf(runs: readonly VmRun[]): FootprintRun[] | undefined {
  const ids = new GroupIds();
  const out: FootprintRun[] = [];
  // Object literals, not spreads: a spread of a small object costs microseconds here (V8, Node 20).
  for (const run of runs) {
    const { count, groups, packing } = run;
    const vcpu = packing?.vcpu ?? run.vcpu;
    const ramGB = packing?.ramGB ?? run.ramGB;
    let firstGroup = -1;
    let groupCount = 1;
    if (packing) firstGroup = packing.group === undefined ? -1 : ids.of(packing.group);
    else if (!groups) firstGroup = -1;
    else if (groups.count === 1) firstGroup = ids.of(groups.name(0));
    else if (Number.isInteger(groups.count) && groups.count > 1) {
      firstGroup = ids.fresh(groups.count);
      groupCount = groups.count;
    } else return undefined;
    out.push({ count, vcpu, ramGB, firstGroup, groups: groupCount });
  }
  return out;
}

/** The length Array.from gives `{ length: count }`: whole, from 0 up. */
function toLength(count: number): number {
  if (!(count > 0)) return 0;
  return Math.min(Math.trunc(count), Number.MAX_SAFE_INTEGER);
}

/** The footprints in a new order: position p holds the VM at `order[p]`. */
function reordered(footprints: VmFootprints, order: readonly number[]): VmFootprints {
  const out = {
    count: order.length,
    vcpu: new Float64Array(order.length),
    ramGB: new Float64Array(order.length),
    group: new Int32Array(order.length),
  };
  order.forEach((from, to) => {
    out.vcpu[to] = footprints.vcpu[from]!;
    out.ramGB[to] = footprints.ramGB[from]!;
    out.group[to] = footprints.group[from]!;
  });
  return out;
}

/**
 * Whether a site's VMs place whole on the hosts it counts: placeSite(...).feasible, read the same way, without a VM
 * object, a name or a plan (a sweep reads only this).
 */
export function siteFits(
  values: Values,
  site: Site,
  runs: readonly VmRun[],
  hostVcpu: number,
  hostRamGB: number,
): boolean {
  const packing = sitePacking(values, site);
  if (packing.spread) {
    const ids = new GroupIds();
    const parts = packing.kinds.map((kind) => {
      const footprints = footprintsOfRuns(
        runs.filter((run) => run.kind === kind),
        ids,
      );
      return reordered(footprints, groupAfterGroup(footprints.group, footprints.count));
    });
    return dealFits(concatenated(parts), packing.hostCount, packing.available, hostVcpu, hostRamGB);
  }
  const ordered = byKind(runs, packing.kinds);
  const footprintRuns = footprintRunsOf(ordered);
  return footprintRuns
    ? runsFit(footprintRuns, packing.available, hostVcpu, hostRamGB)
    : firstFitFits(footprintsOfRuns(ordered), packing.available, hostVcpu, hostRamGB);
}

function concatenated(parts: readonly VmFootprints[]): VmFootprints {
  const count = parts.reduce((sum, part) => sum + part.count, 0);
  const out = { count, vcpu: new Float64Array(count), ramGB: new Float64Array(count), group: new Int32Array(count) };
  let at = 0;
  for (const part of parts) {
    out.vcpu.set(part.vcpu, at);
    out.ramGB.set(part.ramGB, at);
    out.group.set(part.group, at);
    at += part.count;
  }
  return out;
}
