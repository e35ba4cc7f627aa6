import { Dec } from '../decimal.js';
import type { FigureValue } from '../expr/figure-values.js';
import type { FigureId } from '../model/figure-ids.js';
import { LICENCE_LINES } from '../sizing/licences.js';
import { camel, FAILURES } from '../sizing/protection.js';
import type { RoleId } from '../sizing/role-vms.js';
import type { MailboxFigureId } from './mailbox-figure-ids.js';
import type { OptionId } from './option-ids.js';
import type { OptionWarning } from './option-warnings.js';
import type { FigureValues } from './options-model.js';
import type { PlacementPlan } from './placement.js';

type Values = FigureValues;

export interface VmGroup {
  readonly vms: number;
  readonly vcpuPerVm: number;
  readonly ramGBPerVm: string;
}
export interface SiteVms {
  readonly mailbox: VmGroup;
  readonly clientAccess: VmGroup;
  readonly hubTransport: VmGroup;
  readonly globalCatalog: VmGroup;
  readonly total: { readonly vms: number; readonly vcpu: number; readonly ramGB: string };
}
export interface LicenceResult {
  readonly item: string;
  readonly edition: string;
  readonly quantity: number;
  readonly unitPrice: string;
  readonly cost: string;
  readonly yearlySupport: string;
}
export interface ProtectionResult {
  readonly protected: boolean;
  readonly mechanism: string;
  readonly recoveryMinutes: string;
  readonly dataLossMinutes: string;
}
/** After a host failure, how the design gets its full redundancy back and how long that takes (brief 4.3.1, 4.3.2). */
export interface RedundancyResult {
  readonly mechanism: string;
  readonly minutes: string;
}

/** Storage of one option by site and kind (GB unless the name says otherwise). */
export interface StorageResult {
  readonly activeCopiesGB: FigureValue;
  readonly passiveCopiesGB: FigureValue;
  readonly laggedCopiesGB: FigureValue;
  readonly drPassiveCopiesGB: FigureValue;
  readonly replicatedGB: FigureValue;
  readonly snapshotReserveGB: FigureValue;
  readonly backupGB: FigureValue;
  readonly vdrDedupeStoreGB: FigureValue;
  readonly vdrAppliances: FigureValue;
  readonly primaryGB: FigureValue;
  readonly drGB: FigureValue;
  readonly totalTB: FigureValue;
  readonly primaryDisks: FigureValue;
  readonly drDisks: FigureValue;
  readonly primaryMailboxIops: FigureValue;
}

/** One availability option, sized and priced; every number comes from the one definition of its figure. */
export interface OptionResult {
  readonly id: OptionId;
  readonly name: string;
  readonly briefSection: string;
  /** The mailbox-role figures of the option by id (`databaseCopiesInSite`, `vcpu`, `ramGB`...). */
  readonly mailbox: Readonly<Record<MailboxFigureId, FigureValue>>;
  readonly vms: {
    readonly primary: SiteVms;
    readonly dr: SiteVms;
    readonly otherWorkloads: { readonly vms: number; readonly vcpu: number; readonly ramGB: string };
  };
  readonly hosts: {
    readonly primary: number;
    readonly dr: number;
    readonly total: number;
    readonly primarySpare: number;
    readonly primaryVmsPerHost: string;
    readonly primaryCpuUtilisation: string;
    readonly primaryRamUtilisation: string;
    readonly primaryReservedShare: string;
  };
  readonly storage: StorageResult;
  readonly licences: readonly LicenceResult[];
  readonly cost: {
    readonly currency: string;
    readonly hosts: string;
    readonly storage: string;
    readonly licences: string;
    readonly capex: string;
    readonly yearly: string;
    readonly tco: string;
    readonly tcoYears: number;
    readonly perMailbox: string;
    readonly perMailboxPerMonth: string;
  };
  readonly consolidation: {
    readonly physicalServers: number;
    readonly hosts: number;
    readonly physicalServersReplaced: number;
    readonly ratio: string;
  };
  readonly protection: Readonly<Record<(typeof FAILURES)[number], ProtectionResult>> & {
    readonly laggedCopyWindowDays: string;
    readonly fullRedundancyAfterHostFailure: RedundancyResult;
    /** What the DR site carries after a site loss, and the share of the mailboxes it runs. */
    readonly siteLossNote: string;
    readonly siteLossCapacityPct: string;
  };
  readonly placement: { readonly primary: PlacementPlan; readonly dr: PlacementPlan };
  readonly warnings: readonly OptionWarning[];
  /** The design can be built and is supported: every design check holds (designValid) and no warning is `unbuildable`. */
  readonly valid: boolean;
  /** Every figure of the option by id, for tools that want more than the sections above. */
  readonly figures: Values;
}

const num = (v: FigureValue | undefined) => Number(v ?? 0);
const str = (v: FigureValue | undefined) => String(v ?? '');

function vmGroup(v: Values, vms: FigureId, vcpu: FigureId, ram: FigureId): VmGroup {
  const count = num(v[vms]);
  return { vms: count, vcpuPerVm: count > 0 ? num(v[vcpu]) : 0, ramGBPerVm: count > 0 ? str(v[ram]) : '0' };
}

function siteVms(v: Values, site: 'primary' | 'dr'): SiteVms {
  const role = (r: RoleId) => vmGroup(v, `${site}${r}Vms`, `${site}${r}Vcpu`, `${site}${r}RamGB`);
  return {
    mailbox: vmGroup(v, site === 'primary' ? 'primaryMailboxVms' : 'drMailboxServers', 'vcpu', 'ramGB'),
    clientAccess: role('ClientAccess'),
    hubTransport: role('HubTransport'),
    globalCatalog: role('GlobalCatalog'),
    total: { vms: num(v[`${site}Vms`]), vcpu: num(v[`${site}Vcpu`]), ramGB: str(v[`${site}RamGB`]) },
  };
}

/** Arranges an option's figure values (and the scenario's, for the other workloads) into the stable JSON shape of comparison.json. */
export function optionResult(
  option: { id: OptionId; name: string; briefSection: string },
  v: Values,
  scenario: Values,
  mailboxIds: readonly MailboxFigureId[],
  placement: OptionResult['placement'],
  warnings: readonly OptionWarning[],
  currency: string,
  tcoYears: number,
): OptionResult {
  const protection = Object.fromEntries(
    FAILURES.map((f) => [
      f,
      {
        protected: v[`${camel(f)}Protected`] === true,
        mechanism: str(v[`${camel(f)}Mechanism`]),
        recoveryMinutes: str(v[`${camel(f)}RecoveryMinutes`]),
        dataLossMinutes: str(v[`${camel(f)}DataLossMinutes`]),
      },
    ]),
  ) as Record<(typeof FAILURES)[number], ProtectionResult>;
  return {
    ...option,
    mailbox: Object.fromEntries(mailboxIds.map((id) => [id, v[id]!])) as Record<MailboxFigureId, FigureValue>,
    vms: {
      primary: siteVms(v, 'primary'),
      dr: siteVms(v, 'dr'),
      otherWorkloads: {
        vms: num(scenario.otherWorkloadVms),
        vcpu: num(scenario.otherWorkloadVcpu),
        ramGB: str(scenario.otherWorkloadRamGB),
      },
    },
    hosts: {
      primary: num(v.primaryHosts),
      dr: num(v.drHosts),
      total: num(v.totalHosts),
      primarySpare: num(v.primarySpareHosts),
      primaryVmsPerHost: str(v.primaryVmsPerHost),
      primaryCpuUtilisation: str(v.primaryCpuUtilisation),
      primaryRamUtilisation: str(v.primaryRamUtilisation),
      primaryReservedShare: str(v.primaryReservedShare),
    },
    storage: {
      activeCopiesGB: v.activeCopyStorageGB!,
      passiveCopiesGB: v.passiveCopyStorageGB!,
      laggedCopiesGB: v.laggedCopyStorageGB!,
      drPassiveCopiesGB: v.drPassiveCopyStorageGB!,
      replicatedGB: new Dec(str(v.replicaTargetStorageGB)).plus(str(v.srmReplicaStorageGB)).toFixed(),
      snapshotReserveGB: v.snapshotReserveGB!,
      backupGB: v.backupStorageGB!,
      vdrDedupeStoreGB: v.vdrDedupeStoreGB!,
      vdrAppliances: v.vdrAppliances!,
      primaryGB: v.primaryStorageGB!,
      drGB: v.drStorageGB!,
      totalTB: v.totalStorageTB!,
      primaryDisks: v.primaryDisks!,
      drDisks: v.drDisks!,
      primaryMailboxIops: v.primaryMailboxIops!,
    },
    licences: LICENCE_LINES.filter((l) => num(v[`${l.id}Quantity`]) > 0).map((l) => ({
      item: l.item,
      edition: str(v[`${l.id}Edition`]),
      quantity: num(v[`${l.id}Quantity`]),
      unitPrice: str(v[`${l.id}UnitPrice`]),
      cost: str(v[`${l.id}Cost`]),
      yearlySupport: str(v[`${l.id}YearlySupport`]),
    })),
    cost: {
      currency,
      hosts: str(v.hostCost),
      storage: str(v.storageCost),
      licences: str(v.licenceCost),
      capex: str(v.capex),
      yearly: str(v.yearlyCost),
      tco: str(v.tco),
      tcoYears,
      perMailbox: str(v.costPerMailbox),
      perMailboxPerMonth: str(v.costPerMailboxPerMonth),
    },
    consolidation: {
      physicalServers: num(v.physicalServers),
      hosts: num(v.totalHosts),
      physicalServersReplaced: num(v.physicalServersReplaced),
      ratio: str(v.consolidationRatio),
    },
    protection: {
      ...protection,
      laggedCopyWindowDays: str(v.laggedCopyWindowDays),
      fullRedundancyAfterHostFailure: {
        mechanism: str(v.hostFailureRedundancyMechanism),
        minutes: str(v.hostFailureRedundancyMinutes),
      },
      siteLossNote: str(v.siteLossNote),
      siteLossCapacityPct: str(v.siteLossCapacityPct),
    },
    placement,
    warnings,
    valid: v.designValid === true && !warnings.some((w) => w.severity === 'unbuildable'),
    figures: v,
  };
}
