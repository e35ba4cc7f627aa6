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
 * A run of like VMs a site lists: `count` VMs of one kind and size, named by their index in the run. Its groups, if
 * any, take the VMs member-major (VM i in group i mod groups: the first member of every group, then the second...),
 * so that first fit takes one member of each group on a host, as the packing formulas count them. A sweep places
 * the runs without an object or a name per VM (issue 16); `size` expands them (vmsOfRuns).
 */
export interface VmRun extends Omit<VmToPlace, 'name' | 'group'> {
  readonly kind: string;
  /** The VMs, as Array.from counts a length. */
  readonly count: number;
  readonly name: (index: number) => string;
  /** The run's groups: how many, and the name of group g (0 up); none for VMs without a group. */
  readonly groups?: { readonly count: number; readonly name: (group: number) => string };
}

/** The VMs of runs, one object each, in the order the runs list them. */
export function vmsOfRuns(runs: readonly VmRun[]): VmToPlace[] {
  return runs.flatMap((run) =>
    Array.from({ length: run.count }, (_, i) => ({
      name: run.name(i),
      role: run.role,
      kind: run.kind,
      vcpu: run.vcpu,
      ramGB: run.ramGB,
      ...(run.groups ? { group: run.groups.name(i % run.groups.count) } : {}),
      ...(run.packing ? { packing: run.packing } : {}),
    })),
  );
}

/** One group for every VM of a run. */
const oneGroup = (name: string) => ({ count: 1, name: () => name });

function mailboxRuns(values: Values, site: 'primary' | 'dr', isDag: boolean): VmRun[] {
  const vcpu = n(values.vcpu);
  const ramGB = n(values.ramGB);
  const count = n(values[kindFigureId(site, 'Mailbox', 'Vms')]);
  const mailbox = { role: 'mailbox', kind: 'Mailbox', vcpu, ramGB, count };
  if (isDag) {
    const dags = Math.max(1, n(values.dags));
    const tag = site === 'primary' ? 'MBX' : 'MBX-DR';
    return [
      {
        ...mailbox,
        name: (i) => `${tag}-DAG${(i % dags) + 1}-${Math.floor(i / dags) + 1}`,
        groups: { count: dags, name: (g) => `DAG${g + 1}` },
      },
    ];
  }
  if (site === 'dr') return [{ ...mailbox, name: (i) => `MBX-TARGET-${i + 1}` }];
  const servers = n(values.mailboxServers);
  if (count === servers) return [{ ...mailbox, name: (i) => `MBX-${i + 1}` }];
  // A standalone server and its local replica target are kept apart.
  return [
    {
      ...mailbox,
      name: (i) => (Math.floor(i / servers) + 1 === 1 ? `MBX-${(i % servers) + 1}` : `MBX-TARGET-${(i % servers) + 1}`),
      groups: { count: servers, name: (g) => `PAIR-${g + 1}` },
    },
  ];
}

function roleRun(values: Values, site: 'primary' | 'dr', tag: string, id: RoleId, combined: boolean): VmRun {
  const base = ROLES.find((role) => role.id === id)!.vmName;
  // Combined Client Access and Hub Transport VMs carry both roles.
  const [vmName, role] =
    combined && id === 'ClientAccess' ? ['CASHUB', 'client-access+hub-transport'] : [base, ROLE_NAMES[id]!];
  const count = n(values[kindFigureId(site, id, 'Vms')]);
  // The size is read only for VMs there are (an empty run reads no size).
  const some = count >= 1;
  return {
    role,
    kind: id,
    count,
    vcpu: some ? n(values[kindFigureId(site, id, 'Vcpu')]) : 0,
    ramGB: some ? n(values[kindFigureId(site, id, 'RamGB')]) : 0,
    name: (i) => `${vmName}${tag}-${i + 1}`,
    groups: oneGroup(`${vmName}${tag}`),
  };
}

const roleRuns = (values: Values, site: 'primary' | 'dr', tag: string, combined: boolean) =>
  ROLES.map((role) => roleRun(values, site, tag, role.id, combined));

/** The workloads of one packing kind, each VM reserving the largest VM of its kind, as the packing counts them. */
function workloadRuns(
  values: Values,
  workloads: readonly WorkloadVms[],
  kind: 'SeparatedWorkload' | 'StackedWorkload',
): VmRun[] {
  const separated = kind === 'SeparatedWorkload';
  const packing = {
    vcpu: n(values[kindFigureId('primary', kind, 'Vcpu')]),
    ramGB: n(values[kindFigureId('primary', kind, 'RamGB')]),
    ...(separated ? { group: 'workloads kept apart' } : {}),
  };
  return workloads
    .filter((w) => w.antiAffinity === separated)
    .map((w) => ({
      role: w.name,
      kind,
      count: w.vms,
      vcpu: w.vcpu,
      ramGB: w.ramGB,
      name: (i: number) => `${w.name}-${i + 1}`,
      ...(separated ? { groups: oneGroup(w.name) } : {}),
      packing,
    }));
}

/** The VM runs of the primary site, kind by kind (src/options/site-placement.ts orders them for the packing). */
export function primarySiteRuns(
  values: Values,
  isDag: boolean,
  workloads: readonly WorkloadVms[],
  combined = false,
): VmRun[] {
  return [
    ...mailboxRuns(values, 'primary', isDag),
    ...roleRuns(values, 'primary', '', combined),
    ...workloadRuns(values, workloads, 'SeparatedWorkload'),
    ...workloadRuns(values, workloads, 'StackedWorkload'),
  ];
}

/** The VM runs of the DR site: the whole primary site with SRM, else the DR mailbox servers and roles. */
export function drSiteRuns(
  values: Values,
  isSrm: boolean,
  isDag: boolean,
  primary: readonly VmRun[],
  combined = false,
): VmRun[] {
  // SRM recovers the primary site's VMs; the global catalogs (domain controllers) are not failed over but run live at
  // the DR site, as many as the primary site has (brief 5.1.1).
  if (isSrm)
    return primary.map((run) => ({
      ...run,
      name:
        run.role === 'global-catalog'
          ? (i: number) => run.name(i).replace(/^GC-/, 'GC-DR-')
          : (i: number) => `${run.name(i)}-RECOVERY`,
    }));
  return [...mailboxRuns(values, 'dr', isDag), ...roleRuns(values, 'dr', '-DR', combined)];
}

/** The VMs of the primary site, kind by kind, each group's members in turn (src/options/site-placement.ts orders them for the packing). */
export function primarySiteVms(
  values: Values,
  isDag: boolean,
  workloads: readonly WorkloadVms[],
  combined = false,
): VmToPlace[] {
  return vmsOfRuns(primarySiteRuns(values, isDag, workloads, combined));
}

/** The VMs of the DR site: the whole primary site with SRM, else the DR mailbox servers and roles. */
export function drSiteVms(
  values: Values,
  isSrm: boolean,
  isDag: boolean,
  primary: readonly VmToPlace[],
  combined = false,
): VmToPlace[] {
  if (isSrm)
    return primary.map((vm) => ({
      ...vm,
      name: vm.role === 'global-catalog' ? vm.name.replace(/^GC-/, 'GC-DR-') : `${vm.name}-RECOVERY`,
    }));
  return vmsOfRuns(drSiteRuns(values, isSrm, isDag, [], combined));
}
