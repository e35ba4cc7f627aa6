import { div, type Expr, le, lookup, max, mul, roundUp, text } from '../expr/expression.js';
import { type Figure, optionFigure } from '../expr/figure.js';
import { ref } from '../model/figure-ref.js';

const mailboxRole = (column: string) => lookup('role-ratios', 'role', column, text('mailbox'), 'exact');

/** vCPU of a mailbox VM whose worst failure mode needs `megacycles`, at the CPU target (the DAG candidates use it too). */
export const mailboxVcpuFor = (megacycles: Expr): Expr =>
  max(roundUp(div(megacycles, ref('usableMegacyclesPerVcpu'))), mailboxRole('minimum_cores'));

/** Method step 4: vCPU of a mailbox VM, sized for the worst failure mode at the CPU target. */
export const mailboxCpuFigures: readonly Figure[] = [
  optionFigure(
    'vcpu',
    { label: 'vCPU per mailbox VM', unit: 'vCPU', kind: 'count', source: '[S12] [S21] [S34]' },
    mailboxVcpuFor(ref('megacyclesWorstCase')),
  ),
  optionFigure(
    'cpuUtilizationNormal',
    { label: 'CPU utilization, normal operation', unit: 'share', kind: 'share', source: '[S12]' },
    div(ref('megacyclesNormal'), mul(ref('vcpu'), ref('megacyclesPerVcpu'))),
  ),
  optionFigure(
    'cpuUtilizationWorstCase',
    { label: 'CPU utilization, worst failure mode', unit: 'share', kind: 'share', source: '[S12]' },
    div(ref('megacyclesWorstCase'), mul(ref('vcpu'), ref('megacyclesPerVcpu'))),
  ),
  optionFigure(
    'mailboxVcpuFits',
    { label: 'Mailbox VM within the vCPU limit', unit: 'yes/no', kind: 'flag', source: '[L:S23]' },
    le(ref('vcpu'), ref('maxVcpuPerVm')),
  ),
];
