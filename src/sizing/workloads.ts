import { gt, ifThen, maxOf, mul, sumOf, workloadInput } from '../expr/expression.js';
import { scenarioFigure, workloadFigure, type Figure } from '../expr/figure.js';

const vms = workloadInput('vms');

/** Brief section 2: the other servers consolidated beside Exchange, from templates/workloads.csv. */
export const workloadFigures: readonly Figure[] = [
  workloadFigure('workloadVms', { label: 'VMs', unit: 'VMs', kind: 'count' }, vms),
  workloadFigure('workloadVcpu', { label: 'vCPU', unit: 'vCPU', kind: 'count' }, mul(vms, workloadInput('vcpu'))),
  workloadFigure('workloadRamGB', { label: 'RAM', unit: 'GB' }, mul(vms, workloadInput('ram_gb'))),
  workloadFigure('workloadStorageGB', { label: 'Storage', unit: 'GB' }, mul(vms, workloadInput('storage_gb'))),
  workloadFigure('workloadPhysicalServers', { label: 'Physical servers today', unit: 'servers', kind: 'count' }, workloadInput('physical_servers')),
  workloadFigure('workloadVmVcpu', { label: 'vCPU of one VM', unit: 'vCPU', kind: 'count' }, ifThen(gt(vms, 0), workloadInput('vcpu'), 0)),
  workloadFigure('workloadVmRamGB', { label: 'RAM of one VM', unit: 'GB' }, ifThen(gt(vms, 0), workloadInput('ram_gb'), 0)),
  scenarioFigure('otherWorkloadVms', { label: 'Other workload VMs', unit: 'VMs', kind: 'count', source: 'brief 2' }, sumOf('workloadVms')),
  scenarioFigure('otherWorkloadVcpu', { label: 'Other workload vCPU', unit: 'vCPU', kind: 'count' }, sumOf('workloadVcpu')),
  scenarioFigure('otherWorkloadRamGB', { label: 'Other workload RAM', unit: 'GB' }, sumOf('workloadRamGB')),
  scenarioFigure('otherWorkloadStorageGB', { label: 'Other workload storage', unit: 'GB' }, sumOf('workloadStorageGB')),
  scenarioFigure('otherWorkloadPhysicalServers', { label: 'Physical servers of other workloads today', unit: 'servers', kind: 'count' }, sumOf('workloadPhysicalServers')),
  scenarioFigure('largestWorkloadVcpu', { label: 'Largest other workload VM', unit: 'vCPU', kind: 'count' }, maxOf('workloadVmVcpu')),
  scenarioFigure('largestWorkloadRamGB', { label: 'Largest other workload VM RAM', unit: 'GB' }, maxOf('workloadVmRamGB')),
];
