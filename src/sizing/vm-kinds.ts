import { add, div, type Expr, eq, ge, gt, ifThen, max, mul, num, optionInput, roundUp } from '../expr/expression.js';
import { type Figure, optionFigure } from '../expr/figure.js';
import { ref } from '../model/figure-ref.js';
import { ROLES, type RoleId, type Site } from './role-vms.js';

/** The kinds of VM a site packs, as their figure ids name them: `${site}Pack${kind}Vms`. */
export type VmKindId = 'Mailbox' | RoleId | 'SeparatedWorkload' | 'StackedWorkload';

/** A kind of VM a site packs: VMs of one shape, and at most `perHost` of them on one host (anti-affinity). */
export interface VmKind {
  readonly id: VmKindId;
  readonly label: string;
}

/**
 * The kinds of VM a site packs. The packing places them in the order of the hosts each kind needs on its own
 * (most first; ties in this order): a role kept one VM to a host with many VMs spreads over the hosts first, and
 * the others fill beside it. The engine's placement (src/options/site-vms.ts) orders its VMs the same way.
 */
export const VM_KINDS: readonly VmKind[] = [
  { id: 'Mailbox', label: 'mailbox VMs' },
  ...ROLES.map((role) => ({ id: role.id, label: `${role.label} VMs` })),
  { id: 'SeparatedWorkload', label: 'other workload VMs kept apart' },
  { id: 'StackedWorkload', label: 'other workload VMs' },
];

interface KindDefinition {
  readonly vms: Expr;
  readonly vcpu: Expr;
  readonly ram: Expr;
  readonly perHost: Expr;
}

const roleShape = (site: Site, role: RoleId): KindDefinition => ({
  vms: ref(`${site}${role}Vms`),
  vcpu: ref(`${site}${role}Vcpu`),
  ram: ref(`${site}${role}RamGB`),
  // One Client Access, Hub Transport or global catalog VM on a host: each role's VMs are redundant instances.
  perHost: num(1),
});

const dag = optionInput('dag');

/** What each kind is at each site, before the SRM recovery site copies the primary. */
function ownShapes(site: Site): Record<VmKindId, KindDefinition> {
  const none: KindDefinition = { vms: num(0), vcpu: num(0), ram: num(0), perHost: num(0) };
  const primary = site === 'primary';
  const mailboxVms = ref(primary ? 'primaryMailboxVms' : 'drMailboxServers');
  return {
    Mailbox: {
      vms: mailboxVms,
      vcpu: ref('vcpu'),
      ram: ref('ramGB'),
      // One member of each DAG on a host; a standalone server and its local replica target apart [L:S80].
      perHost: ifThen(
        dag,
        ref('dags'),
        primary ? ifThen(gt(ref('localReplicaTargetVms'), 0), ref('mailboxServers'), mailboxVms) : mailboxVms,
      ),
    },
    ...(Object.fromEntries(ROLES.map((role) => [role.id, roleShape(site, role.id)])) as Record<RoleId, KindDefinition>),
    SeparatedWorkload: primary
      ? {
          vms: ref('separatedWorkloadVms'),
          vcpu: ref('separatedWorkloadVmVcpu'),
          ram: ref('separatedWorkloadVmRamGB'),
          perHost: num(1),
        }
      : none,
    StackedWorkload: primary
      ? {
          vms: ref('stackedWorkloadVms'),
          vcpu: ref('stackedWorkloadVmVcpu'),
          ram: ref('stackedWorkloadVmRamGB'),
          perHost: ref('stackedWorkloadVms'),
        }
      : none,
  };
}

export type KindShape = 'Vms' | 'Vcpu' | 'RamGB' | 'PerHost';
/**
 * The two orders the packing tries, the better one costed: kinds by the hosts each needs on its own (a role kept
 * one VM to a host, with many VMs, spreads first and the others fill beside it), or by VM size, largest first.
 */
export const PACKING_ORDERS = [
  { id: 'ByHosts', label: 'kinds by the hosts each needs alone' },
  { id: 'BySize', label: 'kinds by VM size, largest first' },
] as const;
export type PackingOrder = (typeof PACKING_ORDERS)[number]['id'];
/** What is known of a kind at a site: its shape, the keys it is ordered by, and its place in each order. */
export type KindFigure = KindShape | 'HostsAlone' | 'Size' | `${PackingOrder}Order`;
export const kindFigureId = (site: Site, kind: VmKindId, what: KindFigure) => `${site}Pack${kind}${what}` as const;
/** The places of a packing order, one per kind (1 = placed first), as figure ids name them: `${site}ByHostsPlace1Vms`. */
type Places<N extends number, Counted extends unknown[] = []> = Counted['length'] extends N
  ? never
  : [...Counted, unknown]['length'] | Places<N, [...Counted, unknown]>;
/** The kinds as VM_KINDS lists them, as a tuple type: the mailbox VMs, the roles, two kinds of workload VM. */
type KindTuple = [VmKind, ...typeof ROLES, VmKind, VmKind];
/** 1 to the number of kinds, as a type: a place beyond the last kind does not compile. */
export type KindPosition = Places<KindTuple['length']>;
export const KIND_POSITIONS: readonly KindPosition[] = VM_KINDS.map((_, i) => (i + 1) as KindPosition);
/** The kind placed `position`-th (1 = first) at a site in one order. */
export const positionFigureId = (site: Site, order: PackingOrder, position: KindPosition, what: KindShape) =>
  `${site}${order}Place${position}${what}` as const;
export const KIND_SHAPES: readonly KindShape[] = ['Vms', 'Vcpu', 'RamGB', 'PerHost'];

function kindFigures(site: Site): Figure[] {
  const own = ownShapes(site);
  // The SRM recovery site runs every VM of the primary site after a recovery (brief 5.1.1).
  const shape = (kind: VmKindId, what: 'Vms' | 'Vcpu' | 'RamGB' | 'PerHost', expr: Expr) =>
    site === 'dr' ? ifThen(optionInput('srm'), ref(kindFigureId('primary', kind, what)), expr) : expr;
  return VM_KINDS.flatMap(({ id, label }) => {
    const k = own[id]!;
    const f = (
      what: 'Vms' | 'Vcpu' | 'RamGB' | 'PerHost',
      text: string,
      unit: string,
      expr: Expr,
      kind: 'count' | 'quantity' = 'count',
    ) =>
      optionFigure(
        kindFigureId(site, id, what),
        { label: `${text}, ${label}, ${site} site`, unit, kind, source: '[L:S78] [L:S79] [L:S80]' },
        shape(id, what, expr),
      );
    return [
      f('Vms', 'VMs to place', 'VMs', k.vms),
      f('Vcpu', 'vCPU per VM', 'vCPU', k.vcpu),
      f('RamGB', 'RAM per VM', 'GB', k.ram, 'quantity'),
      f('PerHost', 'Most on one host (anti-affinity)', 'VMs', k.perHost),
    ];
  });
}

/** The keys the kinds are ordered by, each kind's place in each order, and the kind at each place. */
function orderFigures(site: Site): Figure[] {
  const ids = VM_KINDS.map((k) => k.id);
  const k = (kind: VmKindId, what: KindFigure) => ref(kindFigureId(site, kind, what));
  const f = (id: string, label: string, unit: string, expr: Expr, kind: 'count' | 'quantity' = 'count') =>
    optionFigure(id, { label: `${label}, ${site} site`, unit, kind, source: 'method step 7' }, expr);
  const keys: Record<PackingOrder, 'HostsAlone' | 'Size'> = { ByHosts: 'HostsAlone', BySize: 'Size' };
  return [
    ...ids.map((kind) =>
      f(
        kindFigureId(site, kind, 'HostsAlone'),
        `Hosts the ${kind} VMs need on their own`,
        'hosts',
        ifThen(
          gt(k(kind, 'Vms'), 0),
          max(
            roundUp(div(k(kind, 'Vms'), k(kind, 'PerHost'))),
            roundUp(div(mul(k(kind, 'Vms'), k(kind, 'Vcpu')), ref('hostVcpu'))),
            roundUp(div(mul(k(kind, 'Vms'), k(kind, 'RamGB')), ref('hostRamForVmsGB'))),
          ),
          0,
        ),
      ),
    ),
    ...ids.map((kind) =>
      f(
        kindFigureId(site, kind, 'Size'),
        `Share of a host one ${kind} VM takes (the scarcer resource)`,
        'share',
        ifThen(
          gt(k(kind, 'Vms'), 0),
          max(div(k(kind, 'Vcpu'), ref('hostVcpu')), div(k(kind, 'RamGB'), ref('hostRamForVmsGB'))),
          0,
        ),
        'quantity',
      ),
    ),
    ...PACKING_ORDERS.flatMap(({ id: order, label }) => [
      ...ids.map((kind, i) => {
        const key = (of: VmKindId) => k(of, keys[order]);
        return f(
          kindFigureId(site, kind, `${order}Order`),
          `Place of the ${kind} VMs, ${label}`,
          '',
          // 1 + the kinds placed before it: those with a larger key, and those with as large a key listed before it.
          add(
            1,
            ...ids.flatMap((other, j) =>
              j === i ? [] : [ifThen(j < i ? ge(key(other), key(kind)) : gt(key(other), key(kind)), 1, 0)],
            ),
          ),
        );
      }),
      ...KIND_POSITIONS.flatMap((p) =>
        KIND_SHAPES.map((what) =>
          f(
            positionFigureId(site, order, p, what),
            `${what} of the kind in place ${p}, ${label}`,
            what === 'RamGB' ? 'GB' : what === 'Vcpu' ? 'vCPU' : 'VMs',
            ids.reduceRight<Expr>((rest, kind) => ifThen(eq(k(kind, `${order}Order`), p), k(kind, what), rest), num(0)),
            what === 'RamGB' ? 'quantity' : 'count',
          ),
        ),
      ),
    ]),
  ];
}

/** Method step 7 input: the VMs of each site by kind, their shape, the anti-affinity limit per host, and the order they pack in. */
export const vmKindFigures: readonly Figure[] = [
  ...kindFigures('primary'),
  ...orderFigures('primary'),
  ...kindFigures('dr'),
  ...orderFigures('dr'),
];
