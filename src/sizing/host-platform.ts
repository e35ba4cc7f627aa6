import { add, constant, div, input, lookup, min, mul, roundDown, sub } from '../expr/expression.js';
import { type Figure, scenarioFigure } from '../expr/figure.js';
import { ref } from '../model/figure-ref.js';
import { diskOf } from './disk-arrays.js';
import { shareOf } from './shares.js';

const RAM_TABLE = 'server-ram-database-cache';

/** Method steps 3-4: what one host and one disk offer a mailbox VM. */
export const hostPlatformFigures: readonly Figure[] = [
  scenarioFigure(
    'hostCores',
    { label: 'Cores per host', unit: 'cores', kind: 'count' },
    mul(input('host_sockets'), input('host_cores_per_socket')),
  ),
  scenarioFigure(
    'hostVcpu',
    { label: 'vCPU a host runs at the vCPU-per-core ratio', unit: 'vCPU', source: '[L:S73]' },
    mul(ref('hostCores'), input('vcpu_per_core')),
  ),
  scenarioFigure(
    'specintRatePerCore',
    { label: 'SPECint_rate2006 per core', unit: 'SPECint_rate2006', source: '[S11] [S12]' },
    div(input('host_specint_rate2006'), ref('hostCores')),
  ),
  scenarioFigure(
    'megacyclesPerCore',
    { label: 'Adjusted megacycles per core', unit: 'megacycles', source: '[S11] Sep 2010 formula' },
    div(
      mul(ref('specintRatePerCore'), constant('baseline_megacycles_per_core')),
      constant('baseline_specint_rate2006_per_core'),
    ),
  ),
  scenarioFigure(
    'megacyclesPerVcpu',
    { label: 'Megacycles a vCPU delivers after hypervisor overhead', unit: 'megacycles', source: '[S27] [L:S73]' },
    div(mul(ref('megacyclesPerCore'), sub(1, shareOf('hypervisor_cpu_overhead_pct'))), input('vcpu_per_core')),
  ),
  scenarioFigure(
    'usableMegacyclesPerVcpu',
    { label: 'Megacycles per vCPU at the CPU target', unit: 'megacycles', source: '[S34]' },
    mul(ref('megacyclesPerVcpu'), shareOf('max_cpu_utilization_pct')),
  ),
  scenarioFigure(
    'maxVcpuPerVm',
    { label: 'Largest VM on a host', unit: 'vCPU', kind: 'count', source: '[L:S23]' },
    min(input('max_vcpu_per_vm'), roundDown(ref('hostVcpu'))),
  ),
  scenarioFigure(
    'hostRamForVmsGB',
    { label: 'Host RAM for VMs', unit: 'GB' },
    sub(input('host_ram_gb'), input('hypervisor_ram_reserve_gb')),
  ),
  scenarioFigure(
    'maxMailboxVmRamGB',
    { label: 'Largest RAM row that fits a host', unit: 'GB', source: '[S14] [S15]' },
    lookup(RAM_TABLE, 'server_ram_gb', 'server_ram_gb', ref('hostRamForVmsGB'), 'floor'),
  ),
  scenarioFigure(
    'maxDatabaseCacheGB',
    { label: 'Database cache of the largest mailbox VM', unit: 'GB', source: '[S14] [S15]' },
    lookup(RAM_TABLE, 'server_ram_gb', 'database_cache_mailbox_only_gb', ref('hostRamForVmsGB'), 'floor'),
  ),
  scenarioFigure(
    'jbodMaxDatabaseSizeGB',
    { label: 'Largest database on one JBOD disk', unit: 'GB', source: '[S3]' },
    div(
      mul(diskOf('database_disk', 'formatted_capacity_gb'), sub(1, shareOf('lun_free_space_pct'))),
      add(1, shareOf('content_index_pct')),
    ),
  ),
];
