import type { FigureValue } from '../expr/figure-values.js';
import type { PlacementPlan } from './placement.js';

type Values = Readonly<Record<string, FigureValue>>;

/** Something a reader of the comparison must know about one option's design. */
export interface OptionWarning {
  readonly code: string;
  readonly message: string;
}

/** The warnings that apply to one option, from its figures and its placement plans. */
export function optionWarnings(values: Values, parameters: ReadonlyMap<string, unknown>, limits: { databasesPerServerMax: number; jbodMinCopies: number; laggedWithoutRaidMin: number }, placements: { site: string; plan: PlacementPlan }[]): OptionWarning[] {
  const warnings: OptionWarning[] = [];
  const raid = String(parameters.get('raid_level'));
  const backup = String(parameters.get('backup_method'));
  if (values.windowsEditionValid !== true) {
    warnings.push({ code: 'no-windows-edition', message: 'No available Windows Server edition in data/windows-editions.csv fits this option (a DAG needs failover clustering).' });
  }
  if (values.vsphereEditionValid !== true) {
    warnings.push({ code: 'no-vsphere-edition', message: 'No vSphere edition in data/vsphere-editions.csv has every feature this option needs.' });
  }
  if (Number(values.databaseCopiesPerServer) > limits.databasesPerServerMax) {
    warnings.push({ code: 'databases-per-server', message: `${values.databaseCopiesPerServer} database copies per server exceed the Exchange 2010 Enterprise limit of ${limits.databasesPerServerMax} [S6].` });
  }
  if (raid === 'JBOD' && Number(values.databaseCopiesInSite) < limits.jbodMinCopies) {
    warnings.push({ code: 'jbod-copies', message: `JBOD storage is supported only with ${limits.jbodMinCopies} or more database copies [S7]; use RAID for this option.` });
  }
  if (raid === 'JBOD' && Number(values.laggedCopyStorageGB) > 0 && Number(parameters.get('lagged_copies')) < limits.laggedWithoutRaidMin) {
    warnings.push({ code: 'jbod-lagged-copy', message: `Lagged copies should be protected by RAID, or keep ${limits.laggedWithoutRaidMin} or more of them [S7].` });
  }
  if (backup === 'vdr') {
    warnings.push({ code: 'vdr-mailbox', message: 'VMware Data Recovery protects the Client Access and Hub Transport VMs, but it cannot restore a mailbox database properly: mailbox servers keep an in-guest Exchange-aware agent (brief 6.2).' });
  }
  const spares: Record<string, number> = { primary: Number(values.primarySpareHosts ?? 0), DR: 0 };
  for (const { site, plan } of placements) {
    if (!plan.feasible) {
      warnings.push({
        code: 'placement',
        message: `The ${site} site's host count is not enough to place every VM whole: first-fit decreasing left ${plan.unplaced.join(', ')} over on ${plan.hostsAvailable} hosts${spares[site] ? ` (its ${spares[site]} HA spare hosts kept free)` : ''} and needs ${plan.hostsNeeded}; add hosts or resize the VMs (the costs count the smaller number).`,
      });
    }
  }
  return warnings;
}
