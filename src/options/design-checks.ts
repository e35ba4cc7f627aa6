import { type FigureValue, figureValue } from '../expr/figure-values.js';
import { toFigureId } from '../model/figure-ids.js';
import type { ReferenceData } from '../model/reference-data.js';
import type { ResolvedInputs } from '../model/scenario-inputs.js';
import { type OptionWarning, optionWarnings } from './option-warnings.js';
import { type FigureValues, figureOf, type OptionsEvaluation } from './options-model.js';
import type { PlacementPlan } from './placement.js';
import { placeSite, siteFits } from './site-placement.js';
import { drSiteRuns, primarySiteRuns, type WorkloadVms } from './site-vms.js';

type Values = FigureValues;

/** What the checks of every option of one scenario share: the host, the workloads, the limits. */
export interface DesignContext {
  readonly hostVcpu: number;
  readonly hostRamGB: number;
  readonly workloads: readonly WorkloadVms[];
  readonly parameters: Pick<ReadonlyMap<string, unknown>, 'get'>;
  readonly limits: {
    readonly databasesPerServerMax: number;
    readonly jbodMinCopies: number;
    readonly laggedWithoutRaidMin: number;
    readonly membersPerDagMax: number;
    readonly dagRoundTripLatencyMaxMs: number;
  };
}

export function designContext(
  evaluation: OptionsEvaluation,
  resolved: Pick<ResolvedInputs, 'scenario' | 'workloads'>,
  reference: ReferenceData,
): DesignContext {
  const limit = (name: string) => reference.constants.get(name)!.value.toNumber();
  // Domain controllers the Exchange global catalogs replace are not placed twice (workloadReplacedByGlobalCatalogs).
  const replaced = (w: ResolvedInputs['workloads'][number]) =>
    w.get('domain_controller') === true && resolved.scenario.get('global_catalogs_replace_domain_controllers') === true;
  return {
    hostVcpu: Number(evaluation.figure('hostVcpu')),
    hostRamGB: Number(evaluation.figure('hostRamForVmsGB')),
    workloads: resolved.workloads.map((w) => ({
      name: String(w.get('workload')),
      vms: replaced(w) ? 0 : Number(String(w.get('vms'))),
      vcpu: Number(String(w.get('vcpu'))),
      ramGB: Number(String(w.get('ram_gb'))),
      antiAffinity: w.get('anti_affinity') === true,
    })),
    parameters: resolved.scenario,
    limits: {
      databasesPerServerMax: limit('databases_per_server_enterprise'),
      jbodMinCopies: limit('jbod_min_database_copies'),
      laggedWithoutRaidMin: limit('lagged_copies_without_raid_min'),
      membersPerDagMax: limit('members_per_dag_max'),
      dagRoundTripLatencyMaxMs: limit('dag_round_trip_latency_max_ms'),
    },
  };
}

/**
 * An option's figures read on demand, as the placement and the warnings ask for them: a sweep
 * evaluates only what these checks and its summary need. Each figure read is noted in `reads`, in order.
 */
export function figuresOnDemand(evaluation: OptionsEvaluation, option: string, reads: string[] = []): Values {
  const read = (name: string) => {
    reads.push(name);
    const id = toFigureId(name);
    return figureValue(figureOf(id), evaluation.figure(id, { option }));
  };
  return new Proxy({} as Record<string, FigureValue>, {
    get: (known, id) => (typeof id === 'string' ? (known[id] ??= read(id)) : undefined),
  });
}

/** Where an option's VMs go on the hosts it counts (the packing its formulas cost, redundant instances apart), and its warnings. */
export function checkDesign(
  values: Values,
  option: Readonly<Record<string, unknown>>,
  context: DesignContext,
): { placement: { primary: PlacementPlan; dr: PlacementPlan }; warnings: OptionWarning[] } {
  const combined = context.parameters.get('combined_cas_hub') === true;
  const primaryRuns = primarySiteRuns(values, option.dag === true, context.workloads, combined);
  const primary = placeSite(values, 'primary', primaryRuns, context.hostVcpu, context.hostRamGB);
  const dr = placeSite(
    values,
    'dr',
    drSiteRuns(values, option.srm === true, option.dag === true, primaryRuns, combined),
    context.hostVcpu,
    context.hostRamGB,
  );
  const warnings = optionWarnings(values, context.parameters, context.limits, [
    { site: 'primary', feasible: primary.feasible, plan: () => primary },
    { site: 'DR', feasible: dr.feasible, plan: () => dr },
  ]);
  return { placement: { primary, dr }, warnings };
}

/**
 * The warnings of checkDesign, reading the same figures in the same order, with only whether each site's VMs place
 * whole: a sweep writes the warnings' codes and no plan, so the plans are built only if a placement message is read.
 */
export function designWarnings(
  values: Values,
  option: Readonly<Record<string, unknown>>,
  context: DesignContext,
): OptionWarning[] {
  const combined = context.parameters.get('combined_cas_hub') === true;
  const primaryRuns = primarySiteRuns(values, option.dag === true, context.workloads, combined);
  const primaryFits = siteFits(values, 'primary', primaryRuns, context.hostVcpu, context.hostRamGB);
  const drRuns = drSiteRuns(values, option.srm === true, option.dag === true, primaryRuns, combined);
  const drFits = siteFits(values, 'dr', drRuns, context.hostVcpu, context.hostRamGB);
  return optionWarnings(values, context.parameters, context.limits, [
    {
      site: 'primary',
      feasible: primaryFits,
      plan: () => placeSite(values, 'primary', primaryRuns, context.hostVcpu, context.hostRamGB),
    },
    { site: 'DR', feasible: drFits, plan: () => placeSite(values, 'dr', drRuns, context.hostVcpu, context.hostRamGB) },
  ]);
}
