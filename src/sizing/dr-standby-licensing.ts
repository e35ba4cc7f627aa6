import { add, and, div, gt, ifThen, input, min, not, optionInput, roundUp } from '../expr/expression.js';
import { type Figure, optionFigure } from '../expr/figure.js';
import { ref } from '../model/figure-ref.js';

const source = 'scenario dr_cold_standby_licensed (assumption)';

/**
 * One assumption for a cold-standby DR site, applied alike to Windows Server, Exchange and vSphere: an SRM
 * recovery site holds powered-off replicas until a recovery plan runs ([L:S34]; SRM placeholder VMs), and the
 * scenario says whether such a site is licensed as if it ran (the default) or only for the VMs it runs live.
 * A DR site whose servers run (lagged copies, replication targets) is always licensed.
 */
export const drStandbyLicensingFigures: readonly Figure[] = [
  optionFigure(
    'drColdStandby',
    {
      label: 'DR site holds cold-standby replicas (SRM recovery site)',
      unit: 'yes/no',
      kind: 'flag',
      source: '[L:S34] brief 5.1.1',
    },
    and(optionInput('srm'), gt(ref('drHosts'), 0)),
  ),
  optionFigure(
    'drStandbyUnlicensed',
    { label: 'Cold-standby replicas at the DR site left unlicensed', unit: 'yes/no', kind: 'flag', source },
    and(ref('drColdStandby'), not(input('dr_cold_standby_licensed'))),
  ),
  // A cold site still runs its own domain controllers and global catalogs (they are not failed over by SRM).
  optionFigure(
    'drLiveVms',
    { label: 'VMs the DR site runs before a recovery', unit: 'VMs', kind: 'count', source: 'brief 5.1.1' },
    ifThen(ref('drColdStandby'), ref('drGlobalCatalogVms'), ref('drVms')),
  ),
  // Live domain controllers and global catalogs are kept apart, one to a host (anti-affinity).
  optionFigure(
    'drLicensedHosts',
    { label: 'DR hosts licensed', unit: 'hosts', kind: 'count', source },
    ifThen(ref('drStandbyUnlicensed'), min(ref('drHosts'), ref('drLiveVms')), ref('drHosts')),
  ),
  optionFigure(
    'drLicensedWindowsVmsPerHost',
    { label: 'Windows VMs licensed on each licensed DR host', unit: 'VMs', kind: 'count', source: `${source} [L:S94]` },
    ifThen(
      ref('drStandbyUnlicensed'),
      ifThen(gt(ref('drLicensedHosts'), 0), roundUp(div(ref('drLiveVms'), ref('drLicensedHosts'))), 0),
      ref('drWindowsVmsPerHost'),
    ),
  ),
  optionFigure(
    'licensedHosts',
    { label: 'Hosts licensed, both sites', unit: 'hosts', kind: 'count', source },
    add(ref('primaryHosts'), ref('drLicensedHosts')),
  ),
  optionFigure(
    'drStandbyExchangeMailboxServers',
    {
      label: 'Cold-standby mailbox servers licensed at the DR site',
      unit: 'servers',
      kind: 'count',
      source: `${source} [L:S11]`,
    },
    ifThen(and(ref('drColdStandby'), not(ref('drStandbyUnlicensed'))), ref('primaryMailboxVms'), 0),
  ),
  optionFigure(
    'drStandbyExchangeRoleServers',
    {
      label: 'Cold-standby Client Access and Hub Transport servers licensed at the DR site',
      unit: 'servers',
      kind: 'count',
      source: `${source} [L:S11]`,
    },
    ifThen(
      and(ref('drColdStandby'), not(ref('drStandbyUnlicensed'))),
      add(ref('primaryClientAccessVms'), ref('primaryHubTransportVms')),
      0,
    ),
  ),
];
