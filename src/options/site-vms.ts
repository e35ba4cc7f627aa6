import type { FigureValue } from '../expr/figure-values.js';
import { ROLES, type RoleId } from '../sizing/role-vms.js';
import { kindFigureId } from '../sizing/vm-kinds.js';
import type { FigureValues } from './options-model.js';
import type { VmToPlace } from './placement.js';

type Values = FigureValues;
/** One workload of templates/workloads.csv: its name, VM count, VM size and whether its VMs are kept apart. */
export interface WorkloadVms {
  readonly name: string;
  readonly vms: number;
  readonly vcpu: number;
  readonly ramGB: number;
  readonly antiAffinity: boolean;
}

const n = (value: FigureValue | undefined) => Number(value ?? 0);
const ROLE_NAMES: Readonly<Record<string, string>> = {
  ClientAccess: 'client-access',
  HubTransport: 'hub-transport',
  GlobalCatalog: 'global-catalog',
};

/**
 * Members of `groups` groups in member-major order (the first member of every group, then the second...), so
 * that first fit takes one member of each group on a host, as the packing formulas count them.
 */
function memberMajor(
  count: number,
  groups: number,
  name: (group: number, member: number) => string,
  vm: (group: number) => Omit<VmToPlace, 'name'>,
): VmToPlace[] {
  return Array.from({ length: count }, (_, i) => {
    const group = i % groups;
    return { name: name(group + 1, Math.floor(i / groups) + 1), ...vm(group + 1) };
  });
}

function mailboxVms(values: Values, site: 'primary' | 'dr', isDag: boolean): VmToPlace[] {
  const vcpu = n(values.vcpu);
  const ramGB = n(values.ramGB);
  const count = n(values[kindFigureId(site, 'Mailbox', 'Vms')]);
  if (isDag) {
    const dags = Math.max(1, n(values.dags));
    const tag = site === 'primary' ? 'MBX' : 'MBX-DR';
    return memberMajor(
      count,
      dags,
      (dag, member) => `${tag}-DAG${dag}-${member}`,
      (dag) => ({ role: 'mailbox', kind: 'Mailbox', vcpu, ramGB, group: `DAG${dag}` }),
    );
  }
  if (site === 'dr')
    return Array.from({ length: count }, (_, i) => ({
      name: `MBX-TARGET-${i + 1}`,
      role: 'mailbox',
      kind: 'Mailbox',
      vcpu,
      ramGB,
    }));
  const servers = n(values.mailboxServers);
  if (count === servers)
    return Array.from({ length: count }, (_, i) => ({
      name: `MBX-${i + 1}`,
      role: 'mailbox',
      kind: 'Mailbox',
      vcpu,
      ramGB,
    }));
  // A standalone server and its local replica target are kept apart.
  return memberMajor(
    count,
    servers,
    (pair, member) => (member === 1 ? `MBX-${pair}` : `MBX-TARGET-${pair}`),
    (pair) => ({ role: 'mailbox', kind: 'Mailbox', vcpu, ramGB, group: `PAIR-${pair}` }),
  );
}

function roleVms(values: Values, site: 'primary' | 'dr', tag: string, id: RoleId, combined: boolean): VmToPlace[] {
  const base = ROLES.find((role) => role.id === id)!.vmName;
  // Combined Client Access and Hub Transport VMs carry both roles.
  const [vmName, role] =
    combined && id === 'ClientAccess' ? ['CASHUB', 'client-access+hub-transport'] : [base, ROLE_NAMES[id]!];
  return Array.from({ length: n(values[kindFigureId(site, id, 'Vms')]) }, (_, i) => ({
    name: `${vmName}${tag}-${i + 1}`,
    role,
    kind: id,
    vcpu: n(values[kindFigureId(site, id, 'Vcpu')]),
    ramGB: n(values[kindFigureId(site, id, 'RamGB')]),
    group: `${vmName}${tag}`,
  }));
}

const roleKinds = (values: Values, site: 'primary' | 'dr', tag: string, combined: boolean) =>
  Object.fromEntries(ROLES.map((role) => [role.id, roleVms(values, site, tag, role.id, combined)]));

/** The workloads of one packing kind, each VM reserving the largest VM of its kind, as the packing counts them. */
function workloadVms(
  values: Values,
  workloads: readonly WorkloadVms[],
  kind: 'SeparatedWorkload' | 'StackedWorkload',
): VmToPlace[] {
  const separated = kind === 'SeparatedWorkload';
  const packing = {
    vcpu: n(values[kindFigureId('primary', kind, 'Vcpu')]),
    ramGB: n(values[kindFigureId('primary', kind, 'RamGB')]),
    ...(separated ? { group: 'workloads kept apart' } : {}),
  };
  return workloads
    .filter((w) => w.antiAffinity === separated)
    .flatMap((w) =>
      Array.from({ length: w.vms }, (_, i) => ({
        name: `${w.name}-${i + 1}`,
        role: w.name,
        kind,
        vcpu: w.vcpu,
        ramGB: w.ramGB,
        ...(separated ? { group: w.name } : {}),
        packing,
      })),
    );
}

/** The VMs of the primary site, kind by kind, each group's members in turn (src/options/site-placement.ts orders them for the packing). */
export function primarySiteVms(
  values: Values,
  isDag: boolean,
  workloads: readonly WorkloadVms[],
  combined = false,
): VmToPlace[] {
  return [
    ...mailboxVms(values, 'primary', isDag),
    ...Object.values(roleKinds(values, 'primary', '', combined)).flat(),
    ...workloadVms(values, workloads, 'SeparatedWorkload'),
    ...workloadVms(values, workloads, 'StackedWorkload'),
  ];
}

/** The VMs of the DR site: the whole primary site with SRM, else the DR mailbox servers and roles. */
export function drSiteVms(
  values: Values,
  isSrm: boolean,
  isDag: boolean,
  primary: readonly VmToPlace[],
  combined = false,
): VmToPlace[] {
  // SRM recovers the primary site's VMs; the global catalogs (domain controllers) are not failed over but run live at
  // the DR site, as many as the primary site has (brief 5.1.1).
  if (isSrm)
    return primary.map((vm) => ({
      ...vm,
      name: vm.role === 'global-catalog' ? vm.name.replace(/^GC-/, 'GC-DR-') : `${vm.name}-RECOVERY`,
    }));
  return [...mailboxVms(values, 'dr', isDag), ...Object.values(roleKinds(values, 'dr', '-DR', combined)).flat()];
}
