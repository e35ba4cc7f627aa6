import {
  add,
  and,
  constant,
  div,
  type Expr,
  ge,
  gt,
  ifThen,
  le,
  lt,
  max,
  min,
  mul,
  or,
  roundDown,
  roundUp,
  rowKey,
  sub,
} from '../expr/expression.js';
import { type Figure, optionFigure, type RowSet, rowFigure } from '../expr/figure.js';
import { minOf, pick, ref } from '../model/figure-ref.js';
import type { Site } from './role-vms.js';
import { type KindShape, kindFigureId, VM_KINDS, type VmKindId } from './vm-kinds.js';

/**
 * The second packing of a site's VMs, written as formulas: the VMs dealt round H hosts like cards. They are
 * listed kind after kind (an order of SPREAD_ORDERS), the members of one group next to each other, and VM t goes
 * to host t mod H. A kind of V VMs then puts V div H on every host and one more on V mod H hosts in a row, the
 * row starting where the kinds before it ended: a host's load is the sum of those runs, largest at the start of
 * one of them, so each kind's first host is the only place the load need be read. Members of a group sit on
 * different hosts when no group is longer than H. The rows try a few host counts from the lower bound up; the
 * site costs the fewer hosts of this packing and the first fit (host-packing.ts). First fit by kind leaves gaps
 * where large VMs of two kinds cannot share a host; dealing mixes the kinds on every host.
 */
export const spreadCandidates: RowSet = {
  id: 'spreadCandidates',
  label: 'Spreading: host counts tried',
  kind: 'range',
  countConstant: 'spread_candidates_max',
};

/**
 * The orders the VMs are dealt in: the mailbox VMs first, then the roles, then other workloads; the second
 * order deals the global catalogs before the other roles, so that other kinds come round to the hosts holding
 * one more mailbox VM.
 */
export const SPREAD_ORDERS = [
  { id: 'Listed', label: 'kinds as listed', kinds: VM_KINDS.map((k) => k.id) },
  {
    id: 'CatalogsFirst',
    label: 'global catalogs before the other roles',
    kinds: [
      'Mailbox',
      'GlobalCatalog',
      ...VM_KINDS.map((k) => k.id).filter((k) => k !== 'Mailbox' && k !== 'GlobalCatalog'),
    ],
  },
] as const;
export type SpreadOrder = (typeof SPREAD_ORDERS)[number]['id'];

const SOURCE = 'method step 7; [L:S78] [L:S80]';
const KINDS = VM_KINDS.map((k) => k.id);
const row = rowFigure(spreadCandidates.id);
const kind = (site: Site, id: VmKindId, what: KindShape) => ref(kindFigureId(site, id, what));

/** The host count the packing's row tries: the lower bound and the next counts up, the last row the waste bound. */
function candidateHosts(site: Site): Figure {
  const lowerBound = ref(`${site}SpreadLowerBound`);
  const k = rowKey();
  return row(
    `${site}SpreadHosts`,
    { label: `Hosts tried, ${site} site`, unit: 'hosts', kind: 'count', source: SOURCE },
    ifThen(
      lt(k, constant('spread_candidates_max')),
      add(lowerBound, sub(k, 1)),
      max(add(lowerBound, sub(k, 1)), roundDown(mul(lowerBound, constant('spread_last_candidate_ratio')))),
    ),
  );
}

function kindRows(site: Site): Figure[] {
  const hosts = ref(`${site}SpreadHosts`);
  return KINDS.flatMap((id) => [
    row(
      `${site}Spread${id}Each`,
      { label: `${id} VMs on every host, ${site} site`, unit: 'VMs', kind: 'count', source: SOURCE },
      roundDown(div(kind(site, id, 'Vms'), hosts)),
    ),
    row(
      `${site}Spread${id}Extra`,
      { label: `Hosts with one ${id} VM more, ${site} site`, unit: 'hosts', kind: 'count', source: SOURCE },
      sub(kind(site, id, 'Vms'), mul(hosts, ref(`${site}Spread${id}Each`))),
    ),
  ]);
}

function orderFigures(site: Site, order: (typeof SPREAD_ORDERS)[number]): Figure[] {
  const id = <What extends string>(what: What) => `${site}Spread${order.id}${what}` as const;
  const hosts = ref(`${site}SpreadHosts`);
  const f = (what: string, label: string, unit: string, expr: Expr, kindOf: 'count' | 'quantity' | 'flag' = 'count') =>
    row(id(what), { label: `${label}, ${site} site, ${order.label}`, unit, kind: kindOf, source: SOURCE }, expr);
  const from = (k: VmKindId) => ref(id(`${k}From`));
  // The host at `probe`'s first host holds one more VM of kind k when it lies in k's run of extra VMs.
  const extraAt = (probe: VmKindId, k: VmKindId): Expr => {
    const distance = sub(from(probe), from(k));
    const extra = ref(`${site}Spread${k}Extra`);
    return ifThen(or(and(ge(distance, 0), lt(distance, extra)), lt(add(distance, hosts), extra)), 1, 0);
  };
  const load = (probe: VmKindId, size: (k: VmKindId) => Expr | undefined) =>
    add(
      ...KINDS.map((k) => {
        const count = add(ref(`${site}Spread${k}Each`), extraAt(probe, k));
        const each = size(k);
        return each ? mul(count, each) : count;
      }),
    );
  const probes = KINDS.flatMap((p) => [
    f(
      `At${p}Vms`,
      `VMs on the first host of the ${p} run`,
      'VMs',
      load(p, () => undefined),
    ),
    f(
      `At${p}Vcpu`,
      `vCPU on the first host of the ${p} run`,
      'vCPU',
      load(p, (k) => kind(site, k, 'Vcpu')),
    ),
    f(
      `At${p}RamGB`,
      `RAM on the first host of the ${p} run`,
      'GB',
      load(p, (k) => kind(site, k, 'RamGB')),
      'quantity',
    ),
  ]);
  const fits = and(
    ge(hosts, 1),
    ...KINDS.flatMap((k) => [
      le(ref(id(`At${k}Vcpu`)), ref('hostVcpu')),
      le(ref(id(`At${k}RamGB`)), ref('hostRamForVmsGB')),
      // Anti-affinity: at most PerHost of a kind on a host (no group longer than the hosts).
      le(
        add(ref(`${site}Spread${k}Each`), ifThen(gt(ref(`${site}Spread${k}Extra`), 0), 1, 0)),
        kind(site, k, 'PerHost'),
      ),
    ]),
  );
  return [
    // Where the kind's run starts: the VMs listed before it, round the hosts.
    ...order.kinds.map((k) =>
      f(
        `${k}From`,
        `First host (from 0) of the ${k} VMs`,
        'host',
        sub(ref(id(`${k}Before`)), mul(hosts, roundDown(div(ref(id(`${k}Before`)), hosts)))),
      ),
    ),
    ...probes,
    f('Fits', 'Every host within its vCPU and RAM, redundant instances apart', 'yes/no', fits, 'flag'),
    f('MostVms', 'Most VMs on one host', 'VMs', max(...KINDS.map((p) => ref(id(`At${p}Vms`))))),
    // A count that does not fit stands in as the first fit's, so the least of the rows is a count that holds.
    f('HostsIfFits', 'Hosts, where the VMs fit', 'hosts', ifThen(ref(id('Fits')), hosts, ref(`${site}FirstFitHosts`))),
  ];
}

function siteFigures(site: Site): Figure[] {
  const f = (what: string, label: string, unit: string, expr: Expr, kindOf: 'count' | 'flag' = 'count') =>
    optionFigure(`${site}${what}`, { label: `${label}, ${site} site`, unit, kind: kindOf, source: SOURCE }, expr);
  const total = (what: 'Vcpu' | 'RamGB') => add(...KINDS.map((k) => mul(kind(site, k, 'Vms'), kind(site, k, what))));
  const [listed, catalogsFirst] = SPREAD_ORDERS.map((o) => ref(`${site}Spread${o.id}Hosts`));
  return [
    f(
      'SpreadLowerBound',
      'Fewest hosts any packing could use (vCPU, RAM, each kind on its own)',
      'hosts',
      max(
        1,
        roundUp(div(total('Vcpu'), ref('hostVcpu'))),
        roundUp(div(total('RamGB'), ref('hostRamForVmsGB'))),
        // A kind on its own, whole VMs to a host: 24 VMs of 32 GB need 12 hosts of 94 GB, not 9.
        ...KINDS.map((k) =>
          ifThen(
            gt(kind(site, k, 'Vms'), 0),
            roundUp(
              div(
                kind(site, k, 'Vms'),
                max(
                  1,
                  min(
                    kind(site, k, 'PerHost'),
                    roundDown(div(ref('hostVcpu'), kind(site, k, 'Vcpu'))),
                    roundDown(div(ref('hostRamForVmsGB'), kind(site, k, 'RamGB'))),
                  ),
                ),
              ),
            ),
            0,
          ),
        ),
      ),
    ),
    ...SPREAD_ORDERS.flatMap((order) => [
      ...order.kinds.map((k, i) =>
        f(
          `Spread${order.id}${k}Before`,
          `VMs dealt before the ${k} VMs, ${order.label}`,
          'VMs',
          add(0, ...order.kinds.slice(0, i).map((before) => kind(site, before, 'Vms'))),
        ),
      ),
      f(
        `Spread${order.id}Hosts`,
        `Hosts the dealt packing needs, ${order.label}`,
        'hosts',
        minOf(`${site}Spread${order.id}HostsIfFits`),
      ),
    ]),
    f(
      'SpreadCatalogsFirst',
      'Dealing the global catalogs first needs fewer hosts',
      'yes/no',
      lt(catalogsFirst!, listed!),
      'flag',
    ),
    f('SpreadHostsNeeded', 'Hosts the dealt packing needs', 'hosts', min(listed!, catalogsFirst!)),
    f(
      'SpreadMostVmsOnAHost',
      'Most VMs on one host of the dealt packing',
      'VMs',
      ifThen(
        ref(`${site}SpreadCatalogsFirst`),
        pick(`${site}SpreadCatalogsFirstMostVms`, `${site}SpreadCatalogsFirstHostsIfFits`, catalogsFirst!),
        pick(`${site}SpreadListedMostVms`, `${site}SpreadListedHostsIfFits`, listed!),
      ),
    ),
  ];
}

/** Method step 7: the dealt packing of each site, tried at a few host counts in two orders. */
export const hostSpreadingFigures: readonly Figure[] = (['primary', 'dr'] as const).flatMap((site) => [
  candidateHosts(site),
  ...kindRows(site),
  ...SPREAD_ORDERS.flatMap((order) => orderFigures(site, order)),
  ...siteFigures(site),
]);
