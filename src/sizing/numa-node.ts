import { div, gt, input, lookup, min, mul, or, roundDown } from '../expr/expression.js';
import { type Figure, optionFigure, scenarioFigure } from '../expr/figure.js';
import { ref } from '../model/figure-ref.js';

/**
 * One NUMA node of the host: a socket's cores and its share of the host RAM. VMware's Exchange 2010 best
 * practices size a VM within one node where possible and scale out rather than up [L:S78].
 */
export const numaNodeFigures: readonly Figure[] = [
  scenarioFigure(
    'numaNodeVcpu',
    {
      label: 'Largest VM within one NUMA node (cores of a socket)',
      unit: 'vCPU',
      kind: 'count',
      source: '[L:S78] design-rules addendum',
    },
    min(ref('maxVcpuPerVm'), roundDown(mul(input('host_cores_per_socket'), input('vcpu_per_core')))),
  ),
  scenarioFigure(
    'numaNodeRamGB',
    { label: 'Host RAM for VMs of one NUMA node (one socket)', unit: 'GB', source: '[L:S78] design-rules addendum' },
    div(ref('hostRamForVmsGB'), input('host_sockets')),
  ),
  scenarioFigure(
    'numaNodeDatabaseCacheGB',
    {
      label: 'Database cache of the largest mailbox VM within one NUMA node',
      unit: 'GB',
      source: '[S14] [S15] [L:S78]',
    },
    lookup(
      'server-ram-database-cache',
      'server_ram_gb',
      'database_cache_mailbox_only_gb',
      ref('numaNodeRamGB'),
      'floor',
    ),
  ),

  // Only where no mailbox VM within one node serves a mailbox, or the member count is fixed: the output says so.
  optionFigure(
    'mailboxVmSpansNumaNodes',
    { label: 'The mailbox VM spans NUMA nodes', unit: 'yes/no', kind: 'flag', source: '[L:S78]' },
    or(gt(ref('vcpu'), ref('numaNodeVcpu')), gt(ref('ramGB'), ref('numaNodeRamGB'))),
  ),
];
