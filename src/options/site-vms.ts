import type { FigureValue } from '../expr/figure-values.js';
import { ROLES } from '../sizing/role-vms.js';
import type { VmToPlace } from './placement.js';

type Values = Readonly<Record<string, FigureValue>>;
/** One workload of templates/workloads.csv: its name, VM count and VM size. */
export interface WorkloadVms {
  readonly name: string;
  readonly vms: number;
  readonly vcpu: number;
  readonly ramGB: number;
}

const n = (value: FigureValue | undefined) => Number(value ?? 0);

function group(prefix: string, count: number, vcpu: number, ramGB: number, antiAffinity?: (i: number) => string): VmToPlace[] {
  return Array.from({ length: count }, (_, i) => ({ name: `${prefix}-${i + 1}`, vcpu, ramGB, ...(antiAffinity ? { antiAffinityGroup: antiAffinity(i) } : {}) }));
}

/** Members of consecutive DAGs, named `MBX-DAG2-3` and kept apart from the other members of their DAG. */
function dagMembers(prefix: string, count: number, perDag: number, vcpu: number, ramGB: number): VmToPlace[] {
  return Array.from({ length: count }, (_, i) => {
    const dag = `DAG${Math.floor(i / perDag) + 1}`;
    return { name: `${prefix}-${dag}-${(i % perDag) + 1}`, vcpu, ramGB, antiAffinityGroup: dag };
  });
}

function roles(values: Values, site: 'primary' | 'dr', tag: string): VmToPlace[] {
  return ROLES.flatMap(({ id: role, vmName }) => group(`${vmName}${tag}`, n(values[`${site}${role}Vms`]), n(values[`${site}${role}Vcpu`]), n(values[`${site}${role}RamGB`])));
}

/** The VMs of the primary site, DAG members tagged so that no two of one DAG share a host. */
export function primarySiteVms(values: Values, isDag: boolean, workloads: readonly WorkloadVms[]): VmToPlace[] {
  const perDag = n(values.memberServers);
  const vcpu = n(values.vcpu);
  const ram = n(values.ramGB);
  const members = isDag ? dagMembers('MBX', n(values.mailboxServers), perDag, vcpu, ram) : group('MBX', n(values.mailboxServers), vcpu, ram, (i) => `PAIR-${i + 1}`);
  return [
    ...members,
    ...group('MBX-TARGET', n(values.localReplicaTargetVms), vcpu, ram, (i) => `PAIR-${i + 1}`),
    ...roles(values, 'primary', ''),
    ...workloads.flatMap((w) => group(w.name, w.vms, w.vcpu, w.ramGB)),
  ];
}

/** The VMs of the DR site: the whole primary site with SRM, else the DR mailbox servers and roles. */
export function drSiteVms(values: Values, isSrm: boolean, primary: readonly VmToPlace[]): VmToPlace[] {
  if (isSrm) return primary.map((vm) => ({ ...vm, name: `${vm.name}-RECOVERY` }));
  const perDag = Math.max(1, n(values.drMailboxServersPerDag));
  const laggedServers = n(values.drMailboxServersPerDag) * n(values.dags);
  const targets = n(values.drMailboxServers) - laggedServers;
  return [
    ...dagMembers('MBX-DR', laggedServers, perDag, n(values.vcpu), n(values.ramGB)),
    ...group('MBX-TARGET', targets, n(values.vcpu), n(values.ramGB)),
    ...roles(values, 'dr', '-DR'),
  ];
}
