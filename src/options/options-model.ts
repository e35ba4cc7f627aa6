import type { Dec } from '../decimal.js';
import type { ModelEvaluation } from '../expr/evaluate-model.js';
import type { Figure, RowSet } from '../expr/figure.js';
import type { FigureValue } from '../expr/figure-values.js';
import { buildModel, type Model } from '../expr/model.js';
import type { FigureId } from '../model/figure-ids.js';
import { activationScenarioFigures } from '../sizing/activation-scenarios.js';
import { arrayReplicationFigures } from '../sizing/array-replication.js';
import { backupRequirementFigures } from '../sizing/backup-requirements.js';
import { consolidationFigures } from '../sizing/consolidation.js';
import { designCheckFigures } from '../sizing/design-checks.js';
import { hostPackingFigures, placementPhases } from '../sizing/host-packing.js';
import { hostSpreadingFigures, spreadCandidates } from '../sizing/host-spreading.js';
import { hostFigures } from '../sizing/hosts.js';
import { inGuestReplicationBandwidthFigures } from '../sizing/in-guest-replication-bandwidth.js';
import { licenceFigures, licenceRowSets } from '../sizing/licences.js';
import { logGenerationHours, logHourFigures, logReplicationFigures } from '../sizing/log-replication.js';
import { mailboxRoleFigures, mailboxRoleRowSets } from '../sizing/mailbox-role-model.js';
import { optionCostFigures } from '../sizing/option-cost.js';
import { protectionFigures } from '../sizing/protection.js';
import { roleVmFigures } from '../sizing/role-vms.js';
import { seedingFigures } from '../sizing/seeding.js';
import { siteInventoryFigures } from '../sizing/site-inventory.js';
import { siteStorageFigures } from '../sizing/site-storage.js';
import { vmKindFigures } from '../sizing/vm-kinds.js';
import { wanBacklogFigures } from '../sizing/wan-backlog.js';
import { wanLinkFigures } from '../sizing/wan-link.js';
import { workloadFigures } from '../sizing/workloads.js';

/** Log shipping, array and third-party replication, seeding and the WAN link (the Network sheet shows them too). */
export const NETWORK_FIGURES: readonly Figure[] = [
  ...logReplicationFigures,
  ...logHourFigures,
  ...arrayReplicationFigures,
  ...inGuestReplicationBandwidthFigures,
  ...wanLinkFigures,
  ...wanBacklogFigures,
  ...seedingFigures,
];

/** The figures of an option in reading order, by section (the sections of details.csv and the option sheets). */
export const OPTION_SECTIONS: readonly { readonly section: string; readonly figures: readonly Figure[] }[] = [
  { section: 'Mailbox role', figures: mailboxRoleFigures },
  { section: 'Other workloads', figures: workloadFigures },
  { section: 'VMs', figures: [...roleVmFigures, ...siteInventoryFigures] },
  { section: 'Activation scenarios', figures: activationScenarioFigures },
  { section: 'Hosts', figures: [...vmKindFigures, ...hostPackingFigures, ...hostSpreadingFigures, ...hostFigures] },
  { section: 'Storage', figures: siteStorageFigures },
  { section: 'Backup', figures: backupRequirementFigures },
  { section: 'Licences', figures: licenceFigures },
  { section: 'Cost', figures: optionCostFigures },
  { section: 'Consolidation', figures: consolidationFigures },
  { section: 'Protection', figures: protectionFigures },
  { section: 'Network', figures: NETWORK_FIGURES },
  { section: 'Design checks', figures: designCheckFigures },
];

/** Every figure of an availability option: mailbox role, VMs, hosts, storage, licences, cost, protection. */
export const optionFigures: readonly Figure[] = OPTION_SECTIONS.flatMap((s) => s.figures);

export const optionRowSets: readonly RowSet[] = [
  ...mailboxRoleRowSets,
  placementPhases,
  spreadCandidates,
  ...licenceRowSets,
  logGenerationHours,
];

export const optionsModel: Model<FigureId> = buildModel<FigureId>(optionFigures, optionRowSets);

/** An evaluation of the options model: its figures are read by FigureId. */
export type OptionsEvaluation = ModelEvaluation<Dec, FigureId>;

/** Figure values by id (an option's, or the scenario's): a read of a misspelt id fails to compile. */
export type FigureValues = Readonly<Partial<Record<FigureId, FigureValue>>>;

/** The value of one of the model's own figures (a Figure in hand, its id a string) in a record of values. */
export const figureValueIn = (values: FigureValues, figure: Figure): FigureValue | undefined =>
  (values as Readonly<Record<string, FigureValue | undefined>>)[figure.id];

/**
 * The figure of the options model with this id: a misspelt id fails to compile.
 *
 * @example
 * figureOf('tco').unit; // 'currency'
 */
export function figureOf(id: FigureId): Figure {
  const figure = optionsModel.figures.get(id);
  if (!figure) throw new Error(`no figure ${id}: run \`npm run figure-ids\``);
  return figure;
}
