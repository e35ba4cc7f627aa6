import type { FigureValue } from '../expr/figure-values.js';
import { SPREAD_ORDERS } from '../sizing/host-spreading.js';
import { kindFigureId, VM_KINDS } from '../sizing/vm-kinds.js';
import type { FigureValues } from './options-model.js';
import { dealVms, type PlacementPlan, placeVms, type VmToPlace } from './placement.js';

type Values = FigureValues;
type Site = 'primary' | 'dr';

const n = (value: FigureValue | undefined) => Number(value ?? 0);

/** Kind after kind in `kinds`, the VMs of a kind in the order given. */
function byKind(vms: readonly VmToPlace[], kinds: readonly string[]): VmToPlace[] {
  const rank = (vm: VmToPlace) => kinds.indexOf(vm.kind ?? '');
  return [...vms].sort((a, b) => rank(a) - rank(b));
}

/** Each group's members next to each other, groups in the order their first member comes (dealing keeps a group on consecutive hosts). */
function groupAfterGroup(vms: readonly VmToPlace[]): VmToPlace[] {
  const first = new Map<string, number>();
  vms.forEach((vm, i) => {
    const group = vm.packing ? vm.packing.group : vm.group;
    if (group !== undefined && !first.has(group)) first.set(group, i);
  });
  const key = (vm: VmToPlace, i: number) => {
    const group = vm.packing ? vm.packing.group : vm.group;
    return group === undefined ? i : first.get(group)!;
  };
  return vms
    .map((vm, i) => ({ vm, key: key(vm, i) }))
    .sort((a, b) => a.key - b.key)
    .map(({ vm }) => vm);
}

/**
 * Where a site's VMs go on the hosts it counts, by the packing its formulas costed: dealt round the hosts
 * (src/sizing/host-spreading.ts) or first fit kind after kind (src/sizing/host-packing.ts). The VMs come kind by
 * kind, each group's members in turn, as src/options/site-vms.ts lists them.
 */
export function placeSite(
  values: Values,
  site: Site,
  vms: readonly VmToPlace[],
  hostVcpu: number,
  hostRamGB: number,
): PlacementPlan {
  const available = n(values[`${site}Hosts`]) - n(values[`${site}SpareHosts`]);
  if (values[`${site}PackSpread`] === true) {
    const order = SPREAD_ORDERS[values[`${site}SpreadCatalogsFirst`] === true ? 1 : 0]!;
    const dealt = order.kinds.flatMap((kind) => groupAfterGroup(vms.filter((vm) => vm.kind === kind)));
    return dealVms(dealt, n(values[`${site}HostsForPlacement`]), available, hostVcpu, hostRamGB);
  }
  const packing = values[`${site}PackBySize`] === true ? 'BySize' : 'ByHosts';
  const kinds = [...VM_KINDS]
    .sort(
      (a, b) =>
        n(values[kindFigureId(site, a.id, `${packing}Order`)]) - n(values[kindFigureId(site, b.id, `${packing}Order`)]),
    )
    .map((k) => k.id);
  return placeVms(byKind(vms, kinds), available, hostVcpu, hostRamGB);
}
