import { eq, gt, ifThen, num, optionInput, ref, type Expr } from '../expr/expression.js';
import { optionFigure, type Figure } from '../expr/figure.js';
import { ROLES, type Site } from './role-vms.js';

/** A kind of VM a site packs: VMs of one shape, and at most `perHost` of them on one host (anti-affinity). */
export interface VmKind {
  readonly id: string;
  readonly label: string;
}

/**
 * The kinds in the order the packing places them, the largest first: mailbox VMs, then the roles, then the
 * other workloads. The engine's placement (src/options/site-vms.ts) lists its VMs in this order too.
 */
export const VM_KINDS: readonly VmKind[] = [
  { id: 'Mailbox', label: 'mailbox VMs' },
  ...ROLES.map((role) => ({ id: role.id, label: `${role.label} VMs` })),
  { id: 'SeparatedWorkload', label: 'other workload VMs kept apart' },
  { id: 'StackedWorkload', label: 'other workload VMs' },
];

interface KindShape {
  readonly vms: Expr;
  readonly vcpu: Expr;
  readonly ram: Expr;
  readonly perHost: Expr;
}

const roleShape = (site: Site, role: string): KindShape => ({
  vms: ref(`${site}${role}Vms`),
  vcpu: ref(`${site}${role}Vcpu`),
  ram: ref(`${site}${role}RamGB`),
  // One Client Access, Hub Transport or global catalog VM on a host: each role's VMs are redundant instances.
  perHost: num(1),
});

const dag = optionInput('dag');

/** What each kind is at each site, before the SRM recovery site copies the primary. */
function ownShapes(site: Site): Record<string, KindShape> {
  const none: KindShape = { vms: num(0), vcpu: num(0), ram: num(0), perHost: num(0) };
  const primary = site === 'primary';
  const mailboxVms = ref(primary ? 'primaryMailboxVms' : 'drMailboxServers');
  return {
    Mailbox: {
      vms: mailboxVms,
      vcpu: ref('vcpu'),
      ram: ref('ramGB'),
      // One member of each DAG on a host; a standalone server and its local replica target apart [L:S80].
      perHost: ifThen(dag, ref('dags'), primary ? ifThen(gt(ref('localReplicaTargetVms'), 0), ref('mailboxServers'), mailboxVms) : mailboxVms),
    },
    ...Object.fromEntries(ROLES.map((role) => [role.id, roleShape(site, role.id)])),
    SeparatedWorkload: primary ? { vms: ref('separatedWorkloadVms'), vcpu: ref('separatedWorkloadVmVcpu'), ram: ref('separatedWorkloadVmRamGB'), perHost: num(1) } : none,
    StackedWorkload: primary ? { vms: ref('stackedWorkloadVms'), vcpu: ref('stackedWorkloadVmVcpu'), ram: ref('stackedWorkloadVmRamGB'), perHost: ref('stackedWorkloadVms') } : none,
  };
}

export const kindFigureId = (site: Site, kind: string, what: 'Vms' | 'Vcpu' | 'RamGB' | 'PerHost') => `${site}Pack${kind}${what}`;

function kindFigures(site: Site): Figure[] {
  const own = ownShapes(site);
  // The SRM recovery site runs every VM of the primary site after a recovery (brief 5.1.1).
  const shape = (kind: string, what: 'Vms' | 'Vcpu' | 'RamGB' | 'PerHost', expr: Expr) =>
    site === 'dr' ? ifThen(optionInput('srm'), ref(kindFigureId('primary', kind, what)), expr) : expr;
  return VM_KINDS.flatMap(({ id, label }) => {
    const k = own[id]!;
    const f = (what: 'Vms' | 'Vcpu' | 'RamGB' | 'PerHost', text: string, unit: string, expr: Expr, kind: 'count' | 'quantity' = 'count') =>
      optionFigure(kindFigureId(site, id, what), { label: `${text}, ${label}, ${site} site`, unit, kind, source: '[L:S78] [L:S79] [L:S80]' }, shape(id, what, expr));
    return [
      f('Vms', 'VMs to place', 'VMs', k.vms),
      f('Vcpu', 'vCPU per VM', 'vCPU', k.vcpu),
      f('RamGB', 'RAM per VM', 'GB', k.ram, 'quantity'),
      f('PerHost', 'Most on one host (anti-affinity)', 'VMs', k.perHost),
    ];
  });
}

/** Method step 7 input: the VMs of each site by kind, their shape and the anti-affinity limit per host. */
export const vmKindFigures: readonly Figure[] = [...kindFigures('primary'), ...kindFigures('dr')];
