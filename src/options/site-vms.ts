import type { FigureValue } from '../expr/figure-values.js';
import { ROLES, type RoleId } from '../sizing/role-vms.js';
import { type KindFigure, kindFigureId, VM_KINDS, type VmKindId } from '../sizing/vm-kinds.js';
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

const KIND_FIGURES: readonly KindFigure[] = ['Vms', 'Vcpu', 'RamGB', 'BySizeOrder', 'ByHostsOrder'];
// The ids of the kinds' figures, built once: a sweep reads them for every option of every scenario (issue 16).
type KindIds = ReadonlyMap<string, Readonly<Record<string, ReturnType<typeof kindFigureId>>>>;
const kindIds = (site: 'primary' | 'dr'): KindIds =>
  new Map(
    VM_KINDS.map((kind) => [
      kind.id,
      Object.fromEntries(KIND_FIGURES.map((what) => [what, kindFigureId(site, kind.id as VmKindId, what)])),
    ]),
  );
const KIND_IDS = { primary: kindIds('primary'), dr: kindIds('dr') };

/** A kind's figure at a site (kindFigureId's), as a number: its id looked up, not built. */
export const kindValue = (values: Values, site: 'primary' | 'dr', kind: string, what: KindFigure): number =>
  n(values[KIND_IDS[site].get(kind)![what]!]);
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
export interface VmRun {
  /** What the VMs are (VmToPlace's role and kind) and their size. */
  readonly kind: string;
  readonly role: string;
  readonly vcpu: number;
  readonly ramGB: number;
  /** The VMs, as Array.from counts a length. */
  readonly count: number;
  readonly name: (index: number) => string;
  /** The run's groups: how many, and the name of group g (0 up); none for VMs without a group. */
  readonly groups: { readonly count: number; readonly name: (group: number) => string } | undefined;
  /** What the packing reserves for each VM, as VmToPlace's. */
  readonly packing: VmToPlace['packing'] | undefined;
}

/** The VMs of runs, one object each, in the order the runs list them. */
export function vmsOfRuns(runs: readonly VmRun[]): VmToPlace[] {
  const vms: VmToPlace[] = [];
  for (const { count, name, role, kind, vcpu, ramGB, groups, packing } of runs) {
    for (let i = 0; i < toLength(count); i++) {
      const vm: { -readonly [K in keyof VmToPlace]: VmToPlace[K] } = { name: name(i), role, kind, vcpu, ramGB };
      if (groups) vm.group = groups.name(i % groups.count);
      if (packing) vm.packing = packing;
      vms.push(vm);
    }
  }
  return vms;
}

/** The length Array.from gives `{ length: count }`: whole, from 0 up. */
function toLength(count: number): number {
  if (!(count > 0)) return 0;
  return Math.min(Math.trunc(count), Number.MAX_SAFE_INTEGER);
}

/** One group for every VM of a run. */
const oneGroup = (name: string) => ({ count: 1, name: () => name });

// Object literals, not spreads, in the runs below: a spread of a small object costs microseconds (V8, Node 20) and a
// sweep lists the runs of every option of every scenario (issue 16).
const run = (
  kind: string,
  role: string,
  count: number,
  size: { readonly vcpu: number; readonly ramGB: number },
  name: (index: number) => string,
  groups?: VmRun['groups'],
  packing?: VmRun['packing'],
): VmRun => ({ kind, role, count, vcpu: size.vcpu, ramGB: size.ramGB, name, groups, packing });

function mailboxRuns(values: Values, site: 'primary' | 'dr', isDag: boolean): VmRun[] {
  const size = { vcpu: n(values.vcpu), ramGB: n(values.ramGB) };
  const count = kindValue(values, site, 'Mailbox', 'Vms');
  const mailbox = (name: (index: number) => string, groups?: VmRun['groups']) =>
    run('Mailbox', 'mailbox', count, size, name, groups);
  if (isDag) {
    const dags = Math.max(1, n(values.dags));
    const tag = site === 'primary' ? 'MBX' : 'MBX-DR';
    return [
      mailbox((i) => `${tag}-DAG${(i % dags) + 1}-${Math.floor(i / dags) + 1}`, {
        count: dags,
        name: (g) => `DAG${g + 1}`,
      }),
    ];
  }
  if (site === 'dr') return [mailbox((i) => `MBX-TARGET-${i + 1}`)];
  const servers = n(values.mailboxServers);
  if (count === servers) return [mailbox((i) => `MBX-${i + 1}`)];
  // A standalone server and its local replica target are kept apart.
  return [
    mailbox(
      (i) => (Math.floor(i / servers) + 1 === 1 ? `MBX-${(i % servers) + 1}` : `MBX-TARGET-${(i % servers) + 1}`),
      { count: servers, name: (g) => `PAIR-${g + 1}` },
    ),
  ];
}

function roleRun(values: Values, site: 'primary' | 'dr', tag: string, id: RoleId, combined: boolean): VmRun {
  const base = ROLES.find((role) => role.id === id)!.vmName;
  // Combined Client Access and Hub Transport VMs carry both roles.
  const [vmName, role] =
    combined && id === 'ClientAccess' ? ['CASHUB', 'client-access+hub-transport'] : [base, ROLE_NAMES[id]!];
  const count = kindValue(values, site, id, 'Vms');
  // The size is read only for VMs there are (an empty run reads no size).
  const some = count >= 1;
  const size = {
    vcpu: some ? kindValue(values, site, id, 'Vcpu') : 0,
    ramGB: some ? kindValue(values, site, id, 'RamGB') : 0,
  };
  return run(id, role, count, size, (i) => `${vmName}${tag}-${i + 1}`, oneGroup(`${vmName}${tag}`));
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
  const vcpu = kindValue(values, 'primary', kind, 'Vcpu');
  const ramGB = kindValue(values, 'primary', kind, 'RamGB');
  const packing = separated ? { vcpu, ramGB, group: 'workloads kept apart' } : { vcpu, ramGB };
  return workloads
    .filter((w) => w.antiAffinity === separated)
    .map((w) =>
      run(kind, w.name, w.vms, w, (i) => `${w.name}-${i + 1}`, separated ? oneGroup(w.name) : undefined, packing),
    );
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
    return primary.map((vms) =>
      run(
        vms.kind,
        vms.role,
        vms.count,
        vms,
        vms.role === 'global-catalog'
          ? (i: number) => vms.name(i).replace(/^GC-/, 'GC-DR-')
          : (i: number) => `${vms.name(i)}-RECOVERY`,
        vms.groups,
        vms.packing,
      ),
    );
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
