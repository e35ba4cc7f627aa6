import type { FigureId } from '../model/figure-ids.js';
import type { EvaluatedComparison } from '../options/compare-options.js';
import { type CopyLayout, copyLayout, type LayoutInputs } from './copy-layout.js';

const num = (value: unknown) => Number(String(value ?? 0));
const yes = (value: unknown) => value === true || ['yes', 'true'].includes(String(value).toLowerCase());

/** The database limits of the layout: the largest tier's, so that no tier's mailboxes are held below their quota. */
export interface DatabaseLimits {
  readonly quotaMB: number;
  readonly deletedItemRetentionDays: number;
}

/** The inputs of an option's copy layout, from its evaluated figures and the scenario; undefined for a non-DAG option. */
export function layoutInputsOf(
  evaluated: EvaluatedComparison,
  option: string,
  options: readonly Record<string, unknown>[],
): LayoutInputs | undefined {
  const figure = (id: FigureId) => num(evaluated.evaluation.figure(id, { option }));
  const copiesInSite = figure('databaseCopiesInSite');
  if (copiesInSite < 2) return undefined;
  const row = options.find((r) => String(r.id) === option);
  const drDatabaseCopies = figure('drDatabaseCopies');
  const scenario = evaluated.resolved.scenario;
  // The lagged copies are those of the lagged-copy option (input lagged_copies); the rest of the DR copies are not lagged.
  const laggedCopies = yes(row?.lagged_dr_copies) ? Math.min(num(scenario.get('lagged_copies')), drDatabaseCopies) : 0;
  return {
    dags: figure('dags'),
    serversPerDag: figure('memberServers'),
    databasesPerDag: figure('databasesPerDag'),
    copiesInSite,
    failuresTolerated: figure('serverFailuresTolerated'),
    drServersPerDag: figure('drMailboxServersPerDag'),
    drCopies: drDatabaseCopies - laggedCopies,
    laggedCopies,
    replayLagDays: num(scenario.get('replay_lag_days')),
    mailboxesPerDatabase: figure('mailboxesPerDatabase'),
  };
}

/**
 * The copy layout of every DAG option of a comparison, in option order.
 *
 * @example
 * const evaluated = evaluateComparison(inputs, reference);
 * const [first] = optionLayouts(evaluated, reference.tables.get('options')!.rows);
 * first.layout.databases[0].copies.map((c) => [c.server, c.activationPreference]); // [['MBX-DAG1-1', 1], ['MBX-DAG1-2', 2], ...]
 */
export function optionLayouts(
  evaluated: EvaluatedComparison,
  options: readonly Record<string, unknown>[],
): { option: string; inputs: LayoutInputs; layout: CopyLayout }[] {
  return evaluated.optionIds.flatMap((option) => {
    const inputs = layoutInputsOf(evaluated, option, options);
    return inputs ? [{ option, inputs, layout: copyLayout(inputs) }] : [];
  });
}

/** The largest quota and deleted item retention of the tiers: databases hold mailboxes of every tier. */
export function databaseLimits(evaluated: EvaluatedComparison): DatabaseLimits {
  const tiers = evaluated.resolved.tiers;
  return {
    quotaMB: Math.max(...tiers.map((t) => num(t.get('mailbox_quota_mb')))),
    deletedItemRetentionDays: Math.max(...tiers.map((t) => num(t.get('deleted_item_retention_days')))),
  };
}
