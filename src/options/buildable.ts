import type { Dec } from '../decimal.js';
import { toFigureId } from '../model/figure-ids.js';
import { ROLES } from '../sizing/role-vms.js';
import { type OptionsEvaluation, optionsModel } from './options-model.js';

// The model's indices of the figures read here, looked up once: a sweep reads them for every option of every step.
const at = (id: string): number => optionsModel.index.get(toFigureId(id))!;
const FIGURES = {
  layoutBuildable: at('layoutBuildable'),
  maxVcpuPerVm: at('maxVcpuPerVm'),
  hostRamForVmsGB: at('hostRamForVmsGB'),
  largestWorkloadVcpu: at('largestWorkloadVcpu'),
  largestWorkloadRamGB: at('largestWorkloadRamGB'),
  mailboxVcpuFits: at('mailboxVcpuFits'),
  mailboxRamFits: at('mailboxRamFits'),
  vcpu: at('vcpu'),
  ramGB: at('ramGB'),
};
const ROLE_FIGURES = (['primary', 'dr'] as const).flatMap((site) =>
  ROLES.map(({ id: role, label }) => ({ label, vcpu: at(`${site}${role}Vcpu`), ramGB: at(`${site}${role}RamGB`) })),
);

/**
 * Why an option cannot be built on the host, or undefined when every VM it needs fits one host:
 * the one check compareOptions turns into an input error and a sweep into a row's error.
 */
export function unbuildableReason(evaluation: OptionsEvaluation, option: string): string | undefined {
  const slot = evaluation.slot({ option });
  const scenario = evaluation.slot({});
  const optionFigure = (index: number) => evaluation.valueAt(index, slot);
  const scenarioFigure = (index: number) => evaluation.valueAt(index, scenario) as Dec;
  if (optionFigure(FIGURES.layoutBuildable) !== true)
    return 'no mailbox VM that serves at least one mailbox fits the largest VM a host holds';
  const maxVcpu = scenarioFigure(FIGURES.maxVcpuPerVm);
  const maxRam = scenarioFigure(FIGURES.hostRamForVmsGB);
  const tooLarge = (vcpu: Dec, ram: Dec) => vcpu.gt(maxVcpu) || ram.gt(maxRam);
  if (tooLarge(scenarioFigure(FIGURES.largestWorkloadVcpu), scenarioFigure(FIGURES.largestWorkloadRamGB)))
    return 'a workload VM is larger than a host';
  if (optionFigure(FIGURES.mailboxVcpuFits) !== true || optionFigure(FIGURES.mailboxRamFits) !== true) {
    return `the mailbox VM (${(optionFigure(FIGURES.vcpu) as Dec).toFixed()} vCPU, ${(optionFigure(FIGURES.ramGB) as Dec).toFixed()} GB) is larger than a host`;
  }
  for (const { label, vcpu: vcpuAt, ramGB: ramAt } of ROLE_FIGURES) {
    const vcpu = optionFigure(vcpuAt) as Dec;
    const ram = optionFigure(ramAt) as Dec;
    if (tooLarge(vcpu, ram))
      return `the ${label} VM (${vcpu.toFixed()} vCPU, ${ram.toFixed()} GB) is larger than a host (${maxVcpu.toFixed()} vCPU, ${maxRam.toFixed()} GB for VMs)`;
  }
  return undefined;
}
