import {
  add,
  and,
  div,
  type Expr,
  eq,
  gt,
  ifThen,
  lt,
  max,
  min,
  mul,
  previous,
  roundDown,
  sub,
} from '../expr/expression.js';
import { type Figure, optionFigure, type RowSet, rowFigure } from '../expr/figure.js';
import { maxOf, minOf, ref, sumOf } from '../model/figure-ref.js';
import type { Site } from './role-vms.js';
import {
  KIND_POSITIONS,
  type KindPosition,
  type KindShape,
  kindFigureId,
  PACKING_ORDERS,
  type PackingOrder,
  positionFigureId,
  VM_KINDS,
} from './vm-kinds.js';

/**
 * The packing of a site's VMs on its hosts, written as formulas: first fit, the kinds in their packing order
 * (vm-kinds.ts). Hosts fill one
 * at a time, each taking as many VMs of each kind as fit beside the ones it holds and as anti-affinity allows;
 * identical hosts repeat, so a row is a group of identical hosts and the VMs still to place carry down the rows.
 * The engine's placement (src/options/placement.ts) runs the same first fit VM by VM and must agree.
 */
export const placementPhases: RowSet = {
  id: 'placementPhases',
  label: 'Placement: groups of identical hosts',
  kind: 'range',
  countConstant: 'placement_phases_max',
};

const row = rowFigure(placementPhases.id);
const SOURCE = 'method step 7; [L:S78] [L:S80]';

function siteFigures(site: Site, order: PackingOrder): Figure[] {
  const id = <What extends string>(what: What) => `${site}${order}Phase${what}` as const;
  // Place p holds the kind packed p-th: `Place1` is the kind placed first.
  const kinds = KIND_POSITIONS;
  const kind = (k: KindPosition, what: KindShape) => ref(positionFigureId(site, order, k, what));
  const left = (k: KindPosition) => ref(id(`Place${k}Left`));
  const take = (k: KindPosition) => ref(id(`Place${k}Take`));
  const groupHosts = ref(id('Hosts'));
  // What a host of the group has free for kind i: its capacity less the VMs of the kinds before it.
  const free = (i: number, what: 'Vcpu' | 'RamGB', capacity: Expr): Expr =>
    i === 0 ? capacity : sub(capacity, add(...kinds.slice(0, i).map((k) => mul(take(k), kind(k, what)))));
  const figure = (what: string, label: string, unit: string, expr: Expr) =>
    row(
      id(what),
      {
        label: `${label}, ${site} site, ${order === 'BySize' ? 'by VM size' : 'by hosts alone'}`,
        unit,
        kind: 'count',
        source: SOURCE,
      },
      expr,
    );
  return [
    ...kinds.map((k) =>
      figure(
        `Place${k}Left`,
        `VMs of the kind in place ${k} still to place`,
        'VMs',
        previous(sub(left(k), mul(groupHosts, take(k))), kind(k, 'Vms')),
      ),
    ),
    ...kinds.map((k, i) =>
      figure(
        `Place${k}Take`,
        `VMs of the kind in place ${k} on each host of the group`,
        'VMs',
        ifThen(
          gt(left(k), 0),
          min(
            left(k),
            kind(k, 'PerHost'),
            roundDown(div(free(i, 'Vcpu', ref('hostVcpu')), kind(k, 'Vcpu'))),
            roundDown(div(free(i, 'RamGB', ref('hostRamForVmsGB')), kind(k, 'RamGB'))),
          ),
          0,
        ),
      ),
    ),
    figure('Vms', 'VMs on each host of the group', 'VMs', add(...kinds.map(take))),
    // As many identical hosts as the scarcest kind of the pattern lasts; the next row starts a new pattern.
    figure(
      'Hosts',
      'Identical hosts in the group',
      'hosts',
      ifThen(
        gt(ref(id('Vms')), 0),
        min(...kinds.map((k) => ifThen(gt(take(k), 0), roundDown(div(left(k), take(k))), ref(`${site}PackVms`)))),
        0,
      ),
    ),
    figure(
      'VmsLeftAfter',
      'VMs still to place after the group',
      'VMs',
      sub(add(...kinds.map(left)), mul(groupHosts, ref(id('Vms')))),
    ),
  ];
}

function siteTotals(site: Site): Figure[] {
  const f = (what: string, label: string, unit: string, expr: Expr, kind: 'count' | 'flag' = 'count') =>
    optionFigure(`${site}${what}`, { label: `${label}, ${site} site`, unit, kind, source: SOURCE }, expr);
  const packs = gt(ref(`${site}PackVms`), 0);
  // The second order packs alike when it lists the kinds alike: its rows are then not read.
  const sameOrder = and(
    ...VM_KINDS.map((k) =>
      eq(ref(kindFigureId(site, k.id, 'BySizeOrder')), ref(kindFigureId(site, k.id, 'ByHostsOrder'))),
    ),
  );
  const perOrder = PACKING_ORDERS.flatMap(({ id: order, label }) => {
    const leftOver = minOf(`${site}${order}PhaseVmsLeftAfter`);
    const unlessSame = (expr: Expr, what: 'Hosts' | 'MostVmsOnAHost') =>
      order === 'BySize' ? ifThen(sameOrder, ref(`${site}ByHosts${what}`), expr) : expr;
    return [
      // VMs the rows did not reach (none in practice) take a host each, so the count stays one that holds them.
      // A site without VMs reads no row.
      f(
        `${order}Hosts`,
        `Hosts the packing fills, ${label}`,
        'hosts',
        ifThen(packs, unlessSame(add(sumOf(`${site}${order}PhaseHosts`), leftOver), 'Hosts'), 0),
      ),
      f(
        `${order}MostVmsOnAHost`,
        `Most VMs on one host of the packing, ${label}`,
        'VMs',
        ifThen(
          packs,
          unlessSame(max(maxOf(`${site}${order}PhaseVms`), ifThen(gt(leftOver, 0), 1, 0)), 'MostVmsOnAHost'),
          0,
        ),
      ),
    ];
  });
  return [
    f('PackVms', 'VMs to place', 'VMs', add(...VM_KINDS.map((k) => ref(kindFigureId(site, k.id, 'Vms'))))),
    ...perOrder,
    f(
      'PackBySize',
      'The packing by VM size needs fewer hosts',
      'yes/no',
      lt(ref(`${site}BySizeHosts`), ref(`${site}ByHostsHosts`)),
      'flag',
    ),
    f(
      'FirstFitHosts',
      'Hosts the first fit fills',
      'hosts',
      min(ref(`${site}BySizeHosts`), ref(`${site}ByHostsHosts`)),
    ),
    // The VMs dealt round the hosts (host-spreading.ts) where that takes fewer hosts than first fit.
    f(
      'PackSpread',
      'Dealing the VMs round the hosts needs fewer hosts than first fit',
      'yes/no',
      lt(ref(`${site}SpreadHostsNeeded`), ref(`${site}FirstFitHosts`)),
      'flag',
    ),
    f(
      'HostsForPlacement',
      'Hosts the packing fills',
      'hosts',
      min(ref(`${site}FirstFitHosts`), ref(`${site}SpreadHostsNeeded`)),
    ),
    f(
      'MostVmsOnAHost',
      'Most VMs on one host of the packing',
      'VMs',
      ifThen(
        ref(`${site}PackSpread`),
        ref(`${site}SpreadMostVmsOnAHost`),
        ifThen(ref(`${site}PackBySize`), ref(`${site}BySizeMostVmsOnAHost`), ref(`${site}ByHostsMostVmsOnAHost`)),
      ),
    ),
  ];
}

/** Method step 7: the first fit of each site in both orders, the packing costed (this or the dealt one) and the most VMs one host runs. */
export const hostPackingFigures: readonly Figure[] = [
  ...(['primary', 'dr'] as const).flatMap((site) => PACKING_ORDERS.flatMap(({ id }) => siteFigures(site, id))),
  ...siteTotals('primary'),
  ...siteTotals('dr'),
];
