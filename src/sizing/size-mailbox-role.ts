import type { Dec } from '../decimal.js';
import { ModelEvaluation } from '../expr/evaluate-model.js';
import { type FigureValue, figureValue } from '../expr/figure-values.js';
import type { Value } from '../expr/value.js';
import type { FigureId } from '../model/figure-ids.js';
import { InputError } from '../model/input-error.js';
import type { ReferenceData } from '../model/reference-data.js';
import { resolveInputs, type ScenarioParameters, type TierParameters } from '../model/scenario-inputs.js';
import type { RawRecord } from '../model/scenario-inputs-types.js';
import { mailboxRoleModel } from './mailbox-role-model.js';

/** What to size: the scenario parameters, one or more tiers, and the layout of the mailbox servers. */
export interface MailboxRoleInputs {
  /** Template parameters by name (`dag_copies`, `host_specint_rate2006`, ...); omitted ones take their defaults. */
  readonly scenario?: ScenarioParameters;
  readonly tiers: readonly TierParameters[];
  /** `standalone`: one copy, no failures survived. `dag`: `dag_copies` copies, `mailbox_server_failures` failures. */
  readonly layout: 'standalone' | 'dag';
  /**
   * The price list (rows of templates/prices.csv) the layout is chosen by: of the numbers of servers per DAG that
   * fit, the one whose hosts and Exchange server licences are priced lowest. Omitted: no licence is priced, so the layout
   * on the fewest hosts (then the fewest servers) wins.
   */
  readonly prices?: readonly RawRecord[];
}

/** Without a price list the Exchange server licences the layout choice weighs are priced at nothing. */
const UNPRICED_LICENCES: readonly RawRecord[] = ['exchange_2010_standard', 'exchange_2010_enterprise'].map((item) => ({
  item,
  unit: 'per server',
  price: 0,
  support_pct: 0,
}));

import type { MailboxFigureId } from '../options/mailbox-figure-ids.js';

type Values = Readonly<Partial<Record<FigureId, FigureValue>>>;

/** Per tier: the mailbox profile and the size of one mailbox on disk. */
export interface TierSizing extends Values {
  readonly tier: string;
  readonly mailboxes: number;
  readonly whitespaceMB: string;
  readonly dumpsterMB: string;
  readonly mailboxSizeOnDiskMB: string;
  readonly mailboxSizeOnDiskGB: string;
}

/** The host and its platform limits, and mailbox-weighted averages of the tiers. */
export interface PlatformSizing extends Values {
  readonly totalMailboxes: number;
  readonly hostCores: number;
  readonly megacyclesPerCore: string;
  readonly jbodMaxDatabaseSizeGB: string;
}

/** One mailbox server VM, its DAG layout, databases, storage and IOPS: every mailbox-role figure by id, the main ones typed closer. */
export interface MailboxServerSizing extends Readonly<Record<MailboxFigureId, FigureValue>> {
  readonly databaseCopiesInSite: number;
  readonly serverFailuresTolerated: number;
  readonly memberServers: number;
  readonly dags: number;
  readonly mailboxServers: number;
  readonly activeMailboxesNormal: number;
  readonly passiveMailboxesNormal: number;
  readonly activeMailboxesWorstCase: number;
  readonly passiveMailboxesWorstCase: number;
  readonly megacyclesWorstCase: string;
  readonly vcpu: number;
  readonly cpuUtilizationWorstCase: string;
  readonly databaseCacheRequiredGB: string;
  readonly ramGB: string;
  readonly databases: number;
  readonly mailboxesPerDatabase: number;
  readonly databaseSizeGB: string;
  readonly databaseLunGB: string;
  readonly logLunGB: string;
  readonly databaseIopsPerServer: string;
  readonly disksPerServer: number;
}

export interface MailboxRoleResult {
  readonly tiers: readonly TierSizing[];
  readonly platform: PlatformSizing;
  readonly mailboxServer: MailboxServerSizing;
}

const LAYOUT_OPTION = 'mailbox-role';

function valuesOf(
  evaluation: ModelEvaluation<Dec, FigureId>,
  scope: string,
  at: { item?: number; option?: string },
): Partial<Record<FigureId, FigureValue>> {
  const values: Partial<Record<FigureId, FigureValue>> = {};
  for (const [id, figure] of evaluation.model.figures) {
    if (figure.scope === scope) values[id] = figureValue(figure, evaluation.figure(id, at));
  }
  return values;
}

function requireBuildable(server: Values, platform: Values): void {
  if (server.layoutBuildable && server.mailboxVcpuFits && server.mailboxRamFits) return;
  throw new InputError([
    {
      file: 'inputs',
      column: 'host_cores_per_socket, host_ram_gb, max_vcpu_per_vm',
      value: `${platform.hostCores} cores, ${platform.hostRamForVmsGB} GB for VMs`,
      expected: `a host that holds a mailbox VM serving at least one mailbox within ${platform.maxVcpuPerVm} vCPU${server.layoutBuildable ? ` (this layout needs ${server.vcpu} vCPU and ${server.ramGB} GB)` : ''}`,
    },
  ]);
}

/**
 * Sizes the Exchange 2010 Mailbox role for one or more tiers, standalone or in DAGs, following the
 * sizing method steps 2-5. Pure: no I/O. Throws InputError for bad or unbuildable inputs.
 *
 * @example
 * const reference = readReferenceData();
 * const result = sizeMailboxRole({ layout: 'dag', scenario: { dag_copies: 3 },
 *   tiers: [{ tier: 'staff', mailboxes: 24000, messages_per_day: 100 }] }, reference);
 * result.mailboxServer.activeMailboxesWorstCase;
 */
export function sizeMailboxRole(inputs: MailboxRoleInputs, reference: ReferenceData): MailboxRoleResult {
  const resolved = resolveInputs(
    { parameters: inputs.scenario ?? {}, tiers: inputs.tiers, prices: inputs.prices ?? UNPRICED_LICENCES },
    reference,
  );
  // Sized for the primary site alone: no DR-site copies take DAG members.
  const attributes = new Map<string, Value>([
    ['dag', inputs.layout === 'dag'],
    ['lagged_dr_copies', false],
    ['site_loss', 'none'],
  ]);
  const evaluation = new ModelEvaluation(mailboxRoleModel, {
    inputs: resolved.scenario,
    lists: { tier: resolved.tiers, workload: [] },
    inputTables: new Map([['prices', { rows: resolved.prices.map((p) => Object.fromEntries(p)) }]]),
    options: new Map([[LAYOUT_OPTION, attributes]]),
    reference,
  });
  const platform = valuesOf(evaluation, 'scenario', {}) as PlatformSizing;
  if (evaluation.figure('layoutBuildable', { option: LAYOUT_OPTION }) !== true)
    requireBuildable({ layoutBuildable: false }, platform);
  const tiers = resolved.tiers.map((tier, index) => ({
    tier: String(tier.get('tier')),
    mailboxes: Number(String(tier.get('mailboxes'))),
    ...valuesOf(evaluation, 'tier', { item: index }),
  })) as unknown as TierSizing[];
  // The option-scope figures of the model, which MailboxFigureId lists (test/typed-keys.test.ts).
  const values = valuesOf(evaluation, 'option', { option: LAYOUT_OPTION });
  requireBuildable(values, platform);
  const mailboxServer = values as unknown as MailboxServerSizing;
  return { tiers, platform, mailboxServer };
}
