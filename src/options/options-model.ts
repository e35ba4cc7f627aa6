import type { Figure, RowSet } from '../expr/figure.js';
import { buildModel, type Model } from '../expr/model.js';
import { consolidationFigures } from '../sizing/consolidation.js';
import { hostFigures } from '../sizing/hosts.js';
import { licenceFigures, vsphereEditionCandidates, windowsEditionCandidates } from '../sizing/licences.js';
import { mailboxRoleFigures, mailboxRoleRowSets } from '../sizing/mailbox-role-model.js';
import { optionCostFigures } from '../sizing/option-cost.js';
import { protectionFigures } from '../sizing/protection.js';
import { roleVmFigures } from '../sizing/role-vms.js';
import { siteInventoryFigures } from '../sizing/site-inventory.js';
import { siteStorageFigures } from '../sizing/site-storage.js';
import { workloadFigures } from '../sizing/workloads.js';

/** Every figure of an availability option: mailbox role, VMs, hosts, storage, licences, cost, protection. */
export const optionFigures: readonly Figure[] = [
  ...mailboxRoleFigures,
  ...workloadFigures,
  ...roleVmFigures,
  ...siteInventoryFigures,
  ...hostFigures,
  ...siteStorageFigures,
  ...licenceFigures,
  ...optionCostFigures,
  ...consolidationFigures,
  ...protectionFigures,
];

export const optionRowSets: readonly RowSet[] = [...mailboxRoleRowSets, windowsEditionCandidates, vsphereEditionCandidates];

export const optionsModel: Model = buildModel(optionFigures, optionRowSets);
