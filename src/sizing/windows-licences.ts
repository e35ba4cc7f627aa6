import {
  add,
  and,
  div,
  type Expr,
  ge,
  gt,
  ifThen,
  input,
  max,
  mul,
  not,
  optionInput,
  or,
  roundUp,
  rowField,
} from '../expr/expression.js';
import { type Figure, optionFigure, type RowSet } from '../expr/figure.js';
import { ref } from '../model/figure-ref.js';
import { cheapest, editionChoiceFigures } from './edition-choice.js';
import { licenceLine, licenceLineFigures } from './licence-lines.js';
import { supportShareOf } from './prices.js';
import { ROLES } from './role-vms.js';

export const windowsEditionCandidates = {
  id: 'windowsEditions',
  label: 'Windows Server editions',
  kind: 'table',
  table: 'windows-editions',
  keyColumn: 'edition',
} as const satisfies RowSet;

/**
 * The most Windows VMs one host of a site runs: licences move only every 90 days, so every host is licensed for
 * the fullest host of the packing [L:S94] [L:S106]. After a host failure vSphere HA restarts its VMs in the
 * capacity kept free (the spare hosts), so no host then runs more than the fullest host did (assumption). Every
 * VM is taken as a Windows VM (the workloads template names no operating system; its examples are Windows servers).
 */
function windowsVmsPerHost(site: 'primary' | 'dr'): Figure {
  return optionFigure(
    `${site}WindowsVmsPerHost`,
    {
      label: `Windows VMs a host may run, before and after a failover, ${site} site`,
      unit: 'VMs',
      kind: 'count',
      source: '[L:S94] [L:S106] (after a failover: assumption)',
    },
    ref(`${site}MostVmsOnAHost`),
  );
}

/** Windows licences of one edition row for a host that runs `vmsPerHost` Windows VMs: per processor, per VM, at least one. */
function licencesPerHost(vmsPerHost: Expr): Expr {
  const perProcessor = ifThen(
    gt(rowField('processors_per_licence'), 0),
    roundUp(div(input('host_sockets'), rowField('processors_per_licence'))),
    0,
  );
  const perVms = ifThen(gt(rowField('vms_per_licence'), 0), roundUp(div(vmsPerHost, rowField('vms_per_licence'))), 0);
  return max(1, perProcessor, perVms);
}

/** RAM of the largest VM of a site: the mailbox VM and each role VM sized for it. */
const largestSiteVmRam = (site: 'primary' | 'dr'): Expr[] => ROLES.map((role) => ref(`${site}${role.id}RamGB`));

/** Windows Server: on every licensed host the cheapest valid edition [L:S8] [L:S94]. */
export const windowsLicenceFigures: readonly Figure[] = [
  windowsVmsPerHost('primary'),
  windowsVmsPerHost('dr'),
  // Every VM is a Windows VM (see above), the other workloads' too; an edition must address each one's memory.
  optionFigure(
    'largestWindowsVmRamGB',
    { label: 'RAM of the largest Windows VM, both sites', unit: 'GB', source: '[L:S1] design-rules addendum' },
    max(ref('ramGB'), ...largestSiteVmRam('primary'), ...largestSiteVmRam('dr'), ref('largestWorkloadRamGB')),
  ),
  ...editionChoiceFigures({
    set: windowsEditionCandidates,
    valid: {
      label: 'Valid: clustering where a DAG needs it, memory for the largest VM',
      source: '[L:S1] [L:S10]',
      // Never an edition that cannot address a VM's memory (2008 R2 Standard: 32 GB) [L:S1].
      expr: and(
        rowField('available'),
        or(not(optionInput('dag')), rowField('failover_clustering')),
        ge(rowField('max_memory_gb'), ref('largestWindowsVmRamGB')),
      ),
    },
    licences: {
      label: 'Licences for every licensed host',
      source: '[L:S8] [L:S104]',
      expr: add(
        mul(ref('primaryHosts'), licencesPerHost(ref('primaryWindowsVmsPerHost'))),
        mul(ref('drLicensedHosts'), licencesPerHost(ref('drLicensedWindowsVmsPerHost'))),
      ),
    },
    validId: 'windowsEditionValid',
    validLabel: 'A valid Windows edition exists',
  }),
  ...licenceLineFigures(
    licenceLine('windowsLicence'),
    '[L:S8] [L:S94]',
    cheapest(windowsEditionCandidates.id, 'windowsEditionsEdition'),
    cheapest(windowsEditionCandidates.id, 'windowsEditionsLicences'),
    cheapest(windowsEditionCandidates.id, 'windowsEditionsUnitPrice'),
    supportShareOf(cheapest(windowsEditionCandidates.id, 'windowsEditionsPriceItem')),
  ),
];
