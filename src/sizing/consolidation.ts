import { add, div, gt, ifThen, mul, optionInput, sub } from '../expr/expression.js';
import { type Figure, optionFigure } from '../expr/figure.js';
import { ref } from '../model/figure-ref.js';

/**
 * Brief section 2: the same design on physical servers, one per role instance, with the identical
 * standby hardware the option would need without vSphere, against the hosts it takes virtualised.
 */
export const consolidationFigures: readonly Figure[] = [
  optionFigure(
    'physicalStandbyServers',
    {
      label: 'Standby physical servers the option needs without vSphere',
      unit: 'servers',
      kind: 'count',
      source: 'brief 2, 4.1.1, 5.1.1',
    },
    add(
      mul(ref('mailboxServers'), optionInput('physical_standby_servers_per_mailbox_server')),
      ifThen(optionInput('srm'), ref('drVms'), 0),
    ),
  ),
  optionFigure(
    'physicalServers',
    { label: 'Physical servers for the same design', unit: 'servers', kind: 'count', source: 'brief 2' },
    add(ref('exchangeVms'), ref('otherWorkloadPhysicalServers'), ref('physicalStandbyServers')),
  ),
  optionFigure(
    'physicalServersReplaced',
    { label: 'Physical servers replaced', unit: 'servers', kind: 'count' },
    sub(ref('physicalServers'), ref('totalHosts')),
  ),
  optionFigure(
    'consolidationRatio',
    { label: 'Consolidation ratio (physical servers per host)', unit: ':1', source: 'brief 2' },
    ifThen(gt(ref('totalHosts'), 0), div(ref('physicalServers'), ref('totalHosts')), 0),
  ),
];
