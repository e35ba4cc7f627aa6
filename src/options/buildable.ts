import type { Dec } from '../decimal.js';
import { ROLES } from '../sizing/role-vms.js';
import type { OptionsEvaluation } from './options-model.js';

/**
 * Why an option cannot be built on the host, or undefined when every VM it needs fits one host:
 * the one check compareOptions turns into an input error and a sweep into a row's error.
 */
export function unbuildableReason(evaluation: OptionsEvaluation, option: string): string | undefined {
  if (evaluation.figure('layoutBuildable', { option }) !== true)
    return 'no mailbox VM that serves at least one mailbox fits the largest VM a host holds';
  const maxVcpu = evaluation.figure('maxVcpuPerVm') as Dec;
  const maxRam = evaluation.figure('hostRamForVmsGB') as Dec;
  const tooLarge = (vcpu: Dec, ram: Dec) => vcpu.gt(maxVcpu) || ram.gt(maxRam);
  if (tooLarge(evaluation.figure('largestWorkloadVcpu') as Dec, evaluation.figure('largestWorkloadRamGB') as Dec))
    return 'a workload VM is larger than a host';
  if (
    evaluation.figure('mailboxVcpuFits', { option }) !== true ||
    evaluation.figure('mailboxRamFits', { option }) !== true
  ) {
    return `the mailbox VM (${(evaluation.figure('vcpu', { option }) as Dec).toFixed()} vCPU, ${(evaluation.figure('ramGB', { option }) as Dec).toFixed()} GB) is larger than a host`;
  }
  for (const site of ['primary', 'dr'] as const) {
    for (const { id: role, label } of ROLES) {
      const vcpu = evaluation.figure(`${site}${role}Vcpu`, { option }) as Dec;
      const ram = evaluation.figure(`${site}${role}RamGB`, { option }) as Dec;
      if (tooLarge(vcpu, ram))
        return `the ${label} VM (${vcpu.toFixed()} vCPU, ${ram.toFixed()} GB) is larger than a host (${maxVcpu.toFixed()} vCPU, ${maxRam.toFixed()} GB for VMs)`;
    }
  }
  return undefined;
}
