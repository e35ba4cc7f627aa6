import { and, type Expr, gt, ifThen, input, mul, not, workloadInput } from '../expr/expression.js';
import { type Figure, scenarioFigure, workloadFigure } from '../expr/figure.js';
import { maxOf, ref, sumOf } from '../model/figure-ref.js';

const vms = ref('workloadVms');
const separated = workloadInput('anti_affinity');

/**
 * The workloads as two kinds of VMs to pack: those kept on different hosts (anti-affinity, e.g. domain
 * controllers; packed as one group, at most one on a host) and the others; each kind takes the shape of its
 * largest VM, so a packing of the kind holds every VM of it.
 */
function packingKind(kind: 'Separated' | 'Stacked', member: Expr, label: string): Figure[] {
  const inKind = and(member, gt(vms, 0));
  return [
    workloadFigure(`workload${kind}Vms`, { label: `VMs ${label}`, unit: 'VMs', kind: 'count' }, ifThen(member, vms, 0)),
    workloadFigure(
      `workload${kind}VmVcpu`,
      { label: `vCPU of one VM ${label}`, unit: 'vCPU', kind: 'count' },
      ifThen(inKind, workloadInput('vcpu'), 0),
    ),
    workloadFigure(
      `workload${kind}VmRamGB`,
      { label: `RAM of one VM ${label}`, unit: 'GB' },
      ifThen(inKind, workloadInput('ram_gb'), 0),
    ),
    scenarioFigure(
      `${kind.toLowerCase()}WorkloadVms`,
      { label: `Other workload VMs ${label}`, unit: 'VMs', kind: 'count', source: '[L:S79] [L:S80]' },
      sumOf(`workload${kind}Vms`),
    ),
    scenarioFigure(
      `${kind.toLowerCase()}WorkloadVmVcpu`,
      { label: `Largest other workload VM ${label}`, unit: 'vCPU', kind: 'count' },
      maxOf(`workload${kind}VmVcpu`),
    ),
    scenarioFigure(
      `${kind.toLowerCase()}WorkloadVmRamGB`,
      { label: `Largest other workload VM RAM ${label}`, unit: 'GB' },
      maxOf(`workload${kind}VmRamGB`),
    ),
  ];
}

/**
 * Brief section 2: the other servers consolidated beside Exchange, from templates/workloads.csv. A workload
 * marked `domain_controller` is replaced by the Exchange global catalog VMs, which are domain controllers too,
 * where the scenario says so (global_catalogs_replace_domain_controllers): its VMs are not counted twice, its
 * physical servers are still retired.
 */
export const workloadFigures: readonly Figure[] = [
  workloadFigure(
    'workloadReplacedByGlobalCatalogs',
    {
      label: 'Domain controllers replaced by the Exchange global catalogs',
      unit: 'yes/no',
      kind: 'flag',
      source: 'scenario global_catalogs_replace_domain_controllers',
    },
    and(workloadInput('domain_controller'), input('global_catalogs_replace_domain_controllers')),
  ),
  workloadFigure(
    'workloadVms',
    { label: 'VMs', unit: 'VMs', kind: 'count' },
    ifThen(ref('workloadReplacedByGlobalCatalogs'), 0, workloadInput('vms')),
  ),
  workloadFigure('workloadVcpu', { label: 'vCPU', unit: 'vCPU', kind: 'count' }, mul(vms, workloadInput('vcpu'))),
  workloadFigure('workloadRamGB', { label: 'RAM', unit: 'GB' }, mul(vms, workloadInput('ram_gb'))),
  workloadFigure('workloadStorageGB', { label: 'Storage', unit: 'GB' }, mul(vms, workloadInput('storage_gb'))),
  workloadFigure(
    'workloadPhysicalServers',
    { label: 'Physical servers today', unit: 'servers', kind: 'count' },
    workloadInput('physical_servers'),
  ),
  workloadFigure(
    'workloadVmVcpu',
    { label: 'vCPU of one VM', unit: 'vCPU', kind: 'count' },
    ifThen(gt(vms, 0), workloadInput('vcpu'), 0),
  ),
  workloadFigure(
    'workloadVmRamGB',
    { label: 'RAM of one VM', unit: 'GB' },
    ifThen(gt(vms, 0), workloadInput('ram_gb'), 0),
  ),
  workloadFigure(
    'workloadDomainControllerVms',
    { label: 'Domain controller VMs running', unit: 'VMs', kind: 'count' },
    ifThen(workloadInput('domain_controller'), vms, 0),
  ),
  scenarioFigure(
    'otherWorkloadVms',
    { label: 'Other workload VMs', unit: 'VMs', kind: 'count', source: 'brief 2' },
    sumOf('workloadVms'),
  ),
  scenarioFigure(
    'otherWorkloadVcpu',
    { label: 'Other workload vCPU', unit: 'vCPU', kind: 'count' },
    sumOf('workloadVcpu'),
  ),
  scenarioFigure('otherWorkloadRamGB', { label: 'Other workload RAM', unit: 'GB' }, sumOf('workloadRamGB')),
  scenarioFigure('otherWorkloadStorageGB', { label: 'Other workload storage', unit: 'GB' }, sumOf('workloadStorageGB')),
  scenarioFigure(
    'otherWorkloadPhysicalServers',
    { label: 'Physical servers of other workloads today', unit: 'servers', kind: 'count' },
    sumOf('workloadPhysicalServers'),
  ),
  scenarioFigure(
    'largestWorkloadVcpu',
    { label: 'Largest other workload VM', unit: 'vCPU', kind: 'count' },
    maxOf('workloadVmVcpu'),
  ),
  scenarioFigure(
    'largestWorkloadRamGB',
    { label: 'Largest other workload VM RAM', unit: 'GB' },
    maxOf('workloadVmRamGB'),
  ),
  ...packingKind('Separated', separated, 'kept on different hosts'),
  ...packingKind('Stacked', not(separated), 'that may share a host'),
  workloadFigure(
    'workloadDomainControllersReplaced',
    { label: 'Domain controller VMs the global catalogs replace', unit: 'VMs', kind: 'count' },
    ifThen(ref('workloadReplacedByGlobalCatalogs'), workloadInput('vms'), 0),
  ),
  // The global catalogs that replace domain controllers are at least as many: as many domain controllers stay up.
  scenarioFigure(
    'domainControllersReplacedByGlobalCatalogs',
    {
      label: 'Domain controller VMs the global catalogs replace',
      unit: 'VMs',
      kind: 'count',
      source: 'scenario global_catalogs_replace_domain_controllers',
    },
    sumOf('workloadDomainControllersReplaced'),
  ),
  // Domain controllers are not failed over by SRM: the DR site keeps its own live ones (brief 5.1.1).
  scenarioFigure(
    'otherWorkloadDomainControllerVms',
    { label: 'Workload domain controller VMs still running', unit: 'VMs', kind: 'count' },
    sumOf('workloadDomainControllerVms'),
  ),
];
