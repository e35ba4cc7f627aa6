import type { FigureId } from '../model/figure-ids.js';
import type { ReferenceData } from '../model/reference-data.js';
import type { EvaluatedComparison } from '../options/compare-options.js';
import { activeActiveLayout } from './active-active-layout.js';
import { type CopyLayout, copyLayout, type LayoutInputs } from './copy-layout.js';

const num = (value: unknown) => Number(String(value ?? 0));

/** The storage limits of a tier's mailboxes: its quota as the prohibit send and receive limit, the two below it. */
export interface TierLimits {
  readonly tier: string;
  readonly mailboxes: number;
  readonly issueWarningMB: number;
  readonly prohibitSendMB: number;
  readonly prohibitSendReceiveMB: number;
  readonly deletedItemRetentionDays: number;
}

/**
 * The limits of the layout: the databases' defaults are those of the tier with the most mailboxes; every other
 * tier's mailboxes are set one by one (Set-Mailbox), so that no tier is held to another's quota or retention.
 */
export interface DatabaseLimits {
  readonly database: TierLimits;
  readonly mailboxOverrides: readonly TierLimits[];
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
  // data/options.csv is read typed: lagged_dr_copies is a boolean.
  const laggedCopies =
    row?.lagged_dr_copies === true ? Math.min(num(scenario.get('lagged_copies')), drDatabaseCopies) : 0;
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
): readonly OptionLayout[] {
  // The workbook's Layout sheet and the plan's files both ask: computed once per comparison (issue 16).
  const known = computed.get(evaluated)?.get(options);
  if (known) return known;
  const layouts = Object.freeze(
    evaluated.optionIds.flatMap((option) => {
      const inputs = layoutInputsOf(evaluated, option, options);
      if (!inputs) return [];
      const drSiteDatabases = drSiteDatabasesOf(evaluated, option);
      const layout = drSiteDatabases > 0 ? activeActiveLayout(inputs, drSiteDatabases) : copyLayout(inputs);
      return [{ option, inputs, layout }];
    }),
  );
  const byOptions = computed.get(evaluated) ?? new WeakMap();
  computed.set(evaluated, byOptions.set(options, layouts));
  return layouts;
}

/** One DAG option's copy layout and what it was made from. */
export interface OptionLayout {
  readonly option: string;
  readonly inputs: LayoutInputs;
  readonly layout: CopyLayout;
}

/** The layouts already computed, by comparison and options table (both immutable once made). */
const computed = new WeakMap<EvaluatedComparison, WeakMap<object, readonly OptionLayout[]>>();

/**
 * The limits of each tier: prohibit send and receive at the tier's quota, prohibit send and issue warning below it in
 * the ratios of Exchange's own defaults (2.3 GB / 2 GB / 1.9 GB [S72c]), rounded down to whole MB. Scaling the
 * defaults' ratios to another quota is an assumption (data/constants.csv quota_thresholds_scale_with_quota).
 */
export function tierLimits(evaluated: EvaluatedComparison, reference: ReferenceData): TierLimits[] {
  const constant = (name: string) => reference.constants.get(name)!.value;
  const full = constant('default_prohibit_send_receive_quota_mb');
  const below = (quotaMB: string, name: string) => constant(name).mul(quotaMB).div(full).floor().toNumber();
  return evaluated.resolved.tiers.map((t) => {
    const quotaMB = String(t.get('mailbox_quota_mb'));
    return {
      tier: String(t.get('tier') ?? ''),
      mailboxes: num(t.get('mailboxes')),
      issueWarningMB: below(quotaMB, 'default_issue_warning_quota_mb'),
      prohibitSendMB: below(quotaMB, 'default_prohibit_send_quota_mb'),
      prohibitSendReceiveMB: num(quotaMB),
      deletedItemRetentionDays: num(t.get('deleted_item_retention_days')),
    };
  });
}

/** The databases take the limits of the tier with the most mailboxes (the first of equals); the other tiers', per mailbox. */
export function databaseLimits(evaluated: EvaluatedComparison, reference: ReferenceData): DatabaseLimits {
  const tiers = tierLimits(evaluated, reference);
  const largest = tiers.reduce((most, t) => (t.mailboxes > most.mailboxes ? t : most), tiers[0]!);
  return { database: largest, mailboxOverrides: tiers.filter((t) => t !== largest) };
}

/** The databases per DAG whose users are active in the DR site (`drSiteDatabasesPerDag`): 0 unless active/active. */
const drSiteDatabasesOf = (evaluated: EvaluatedComparison, option: string) =>
  num(evaluated.evaluation.figure('drSiteDatabasesPerDag', { option }));

/**
 * Whether the option's users are active in both sites (active/active [S71]), as the sizing splits them
 * (`drSiteDatabasesPerDag`, src/sizing/site-copies.ts): then neither site's servers are blocked from activation.
 */
export function usersInBothSites(evaluated: EvaluatedComparison, option: string): boolean {
  return drSiteDatabasesOf(evaluated, option) > 0;
}
