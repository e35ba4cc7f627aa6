import { Dec } from '../decimal.js';
import { InputError } from '../model/input-error.js';
import type { ReferenceData, ReferenceTable } from '../model/reference-data.js';
import { resolveInputs } from '../model/scenario-inputs.js';
import type { ScenarioInputs } from '../model/scenario-inputs-types.js';
import { FAILURES } from '../sizing/protection.js';
import { compareOptions } from './compare-options.js';
import { designInputs } from './design-inputs.js';
import type { OptionId } from './option-ids.js';
import type { ProtectionResult } from './option-result.js';

export type Failure = (typeof FAILURES)[number];

/** What a design must protect against, and how fast and with how little loss. */
export interface Requirements {
  readonly failures: readonly Failure[];
  readonly maxRecoveryMinutes?: number;
  readonly maxDataLossMinutes?: number;
}

/** One design: an option on a host model with a number of copies, its cost and what it protects against. */
export interface Recommendation {
  readonly option: OptionId;
  readonly name: string;
  readonly hostModel: string;
  readonly dagCopies: number | null;
  readonly tco: string;
  readonly costPerMailboxPerMonth: string;
  readonly hosts: number;
  readonly protection: Readonly<Record<Failure, ProtectionResult>>;
}

/**
 * Whether a design meets the requirements: each required failure protected within the limits.
 *
 * @example
 * meets(option.protection, { failures: ['site_loss'], maxRecoveryMinutes: 120 }); // true for dag-srm on the shipped scenario
 */
export function meets(protection: Readonly<Record<Failure, ProtectionResult>>, requirements: Requirements): boolean {
  return requirements.failures.every((failure) => {
    const p = protection[failure];
    return (
      p.protected &&
      (requirements.maxRecoveryMinutes === undefined || Number(p.recoveryMinutes) <= requirements.maxRecoveryMinutes) &&
      (requirements.maxDataLossMinutes === undefined || Number(p.dataLossMinutes) <= requirements.maxDataLossMinutes)
    );
  });
}

/** The designs that meet the requirements, cheapest first, and how many met them but cannot be built as costed. */
export interface RecommendationSearch {
  readonly designs: readonly Recommendation[];
  /** Designs that meet the requirements on paper but carry an `unbuildable` warning (VMs that do not place whole on the hosts counted, say). */
  readonly leftOut: number;
  /** Those designs, cheapest first, with the warnings that leave them out: `size --host <model> --dag-copies <n>` sizes one in full. */
  readonly leftOutDesigns: readonly LeftOutDesign[];
}

/** A design that meets the requirements on paper and cannot be built as costed. */
export interface LeftOutDesign {
  readonly option: OptionId;
  readonly hostModel: string;
  readonly dagCopies: number | null;
  readonly tco: string;
  readonly warnings: readonly string[];
}

/**
 * Searches every option, DAG copy count and host model of the catalogue, exhaustively, and returns
 * the designs that meet the requirements, cheapest TCO first. A combination that cannot be built on a
 * host, or whose option carries an `unbuildable` warning, is left out: its costs would not be real.
 *
 * @example
 * recommendDesigns(inputs, reference, reference.tables.get('host-catalog')!, { failures: ['host_failure', 'site_loss'] }).designs[0];
 */
export function recommendDesigns(
  inputs: ScenarioInputs,
  reference: ReferenceData,
  catalog: ReferenceTable,
  requirements: Requirements,
  copies: readonly number[] = [2, 3, 4],
): RecommendationSearch {
  // The command line writes failures with dashes (host-failure), the library with underscores: both are taken.
  const wanted = requirements.failures.map((f) => f.replaceAll('-', '_') as Failure);
  const unknown = requirements.failures.filter((_, i) => !FAILURES.includes(wanted[i]!));
  if (unknown.length > 0) {
    throw new InputError(
      unknown.map((f) => ({
        file: 'requirements',
        column: '--require',
        value: f,
        expected: `one of ${FAILURES.map((x) => x.replaceAll('_', '-')).join(', ')} (or with underscores)`,
      })),
    );
  }
  requirements = { ...requirements, failures: wanted };
  resolveInputs(inputs, reference); // bad inputs are the caller's error, not designs left out
  const designs: Recommendation[] = [];
  const leftOutDesigns: LeftOutDesign[] = [];
  for (const host of catalog.rows) {
    for (const count of copies) {
      let comparison: ReturnType<typeof compareOptions>;
      try {
        comparison = compareOptions(designInputs(inputs, reference, host, count), reference);
      } catch (error) {
        if (error instanceof InputError) continue;
        throw error;
      }
      for (const option of comparison.options) {
        const isDag = option.mailbox.databaseCopiesInSite !== 1;
        if (!isDag && count !== copies[0]) continue; // standalone designs do not depend on the copy count
        if (!meets(option.protection, requirements)) continue;
        if (!option.valid) {
          leftOutDesigns.push({
            option: option.id,
            hostModel: String(host.model),
            dagCopies: isDag ? count : null,
            tco: option.cost.tco,
            warnings: option.warnings.filter((w) => w.severity === 'unbuildable').map((w) => w.message),
          });
          continue;
        }
        designs.push({
          option: option.id,
          name: option.name,
          hostModel: String(host.model),
          dagCopies: isDag ? count : null,
          tco: option.cost.tco,
          costPerMailboxPerMonth: option.cost.perMailboxPerMonth,
          hosts: option.hosts.total,
          protection: option.protection,
        });
      }
    }
  }
  const cheapestFirst = (
    a: { tco: string; option: string; hostModel: string },
    b: { tco: string; option: string; hostModel: string },
  ) => new Dec(a.tco).comparedTo(b.tco) || a.option.localeCompare(b.option) || a.hostModel.localeCompare(b.hostModel);
  designs.sort(cheapestFirst);
  leftOutDesigns.sort(cheapestFirst);
  return { designs, leftOut: leftOutDesigns.length, leftOutDesigns };
}
