import { and, choose, constant, gt, ifThen, input, mul, optionInput, text } from '../expr/expression.js';
import { type Figure, optionFigure } from '../expr/figure.js';
import { ref } from '../model/figure-ref.js';

// Brief 4.3.2: vSphere HA powers the failed member on elsewhere, restoring the DAG; it can only where it
// keeps failover capacity (the option's spare hosts, for at least one host failure).
const haRestartsFailedVms = and(
  optionInput('needs_ha'),
  optionInput('ha_spare_hosts'),
  gt(input('ha_host_failures'), 0),
);

/**
 * How long after a host failure the design has its full redundancy again: the benefit of `dag-ha` over
 * `dag`, whose failed member waits for its host to be repaired (brief 4.3.1, 4.3.2).
 */
export const hostFailureRedundancyFigures: readonly Figure[] = [
  optionFigure(
    'hostFailureRedundancyMechanism',
    {
      label: 'host failure: back to full redundancy by',
      unit: '',
      kind: 'text',
      source: 'brief 4.3.1, 4.3.2; data/recovery-mechanisms.csv',
    },
    ifThen(haRestartsFailedVms, text('vm_restart'), text('host_repair')),
  ),
  optionFigure(
    'hostFailureRedundancyMinutes',
    { label: 'host failure: back to full redundancy', unit: 'minutes', source: 'brief 4.3.1, 4.3.2' },
    choose(
      ref('hostFailureRedundancyMechanism'),
      [
        ['vm_restart', input('vm_restart_minutes')],
        ['host_repair', mul(input('host_repair_hours'), constant('minutes_per_hour'))],
      ],
      0,
    ),
  ),
];
