import { add, and, constant, div, eq, gt, ifThen, input, le, max, min, minOf, mul, not, optionInput, or, pick, ref, roundUp, rowField, sub, sumOf, text, type Expr } from '../expr/expression.js';
import { optionFigure, rowFigure, type Figure, type RowSet } from '../expr/figure.js';
import { licenceLineFigures, type LicenceLine } from './licence-lines.js';
import { priceOf, supportShareOf } from './prices.js';

export const windowsEditionCandidates: RowSet = { id: 'windowsEditions', label: 'Windows Server editions', kind: 'table', table: 'windows-editions', keyColumn: 'edition' };
export const vsphereEditionCandidates: RowSet = { id: 'vsphereEditions', label: 'vSphere editions', kind: 'table', table: 'vsphere-editions', keyColumn: 'rank' };

const flag = (column: string) => rowField(column);
const backup = (method: string) => eq(input('backup_method'), text(method));

/** The line items, in the order they are reported. */
export const LICENCE_LINES: readonly LicenceLine[] = [
  { id: 'windowsLicence', item: 'Windows Server' },
  { id: 'exchangeStandardLicence', item: 'Exchange Server 2010 Standard' },
  { id: 'exchangeEnterpriseLicence', item: 'Exchange Server 2010 Enterprise' },
  { id: 'exchangeCalLicence', item: 'Exchange Server 2010 Standard CAL' },
  { id: 'vsphereLicence', item: 'VMware vSphere' },
  { id: 'vcenterLicence', item: 'VMware vCenter Server' },
  { id: 'srmLicence', item: 'VMware vCenter Site Recovery Manager' },
  { id: 'arrayReplicationLicence', item: 'Storage array replication' },
  { id: 'appMonitoringLicence', item: 'Application-monitoring agents' },
  { id: 'replicationAgentLicence', item: 'Third-party in-guest replication' },
  { id: 'backupAgentLicence', item: 'Exchange-aware backup agents' },
  { id: 'arraySnapshotLicence', item: 'Array VSS snapshot backup' },
];
const line = (id: string): LicenceLine => LICENCE_LINES.find((l) => l.id === id)!;

/**
 * The most Windows VMs one host of a site runs: licences move only every 90 days [L:S94], so every host is
 * licensed for the fullest host of the packing. After a host failure vSphere HA restarts its VMs in the capacity
 * kept free (the spare hosts), so no host then runs more than the fullest host did (assumption).
 */
function windowsVmsPerHost(site: 'primary' | 'dr'): Figure {
  return optionFigure(
    `${site}WindowsVmsPerHost`,
    { label: `Windows VMs a host may run, before and after a failover, ${site} site`, unit: 'VMs', kind: 'count', source: '[L:S94] [L:S106] (after a failover: assumption)' },
    ref(`${site}MostVmsOnAHost`),
  );
}

function licencesPerHost(site: 'primary' | 'dr'): Expr {
  const perProcessor = ifThen(gt(rowField('processors_per_licence'), 0), roundUp(div(input('host_sockets'), rowField('processors_per_licence'))), 0);
  const perVms = ifThen(gt(rowField('vms_per_licence'), 0), roundUp(div(ref(`${site}WindowsVmsPerHost`), rowField('vms_per_licence'))), 0);
  return max(1, perProcessor, perVms);
}

const cheapest = (set: string, value: string) => pick(value, `${set}Rank`, minOf(`${set}Rank`));

/** What differs between two edition choices: which editions are valid, how many licences, the line it fills. */
interface EditionChoice {
  readonly set: RowSet;
  readonly line: string;
  readonly source: string;
  readonly valid: { readonly label: string; readonly source: string; readonly expr: Expr };
  readonly licences: { readonly label: string; readonly source: string; readonly expr: Expr };
  /** The option figure saying whether any edition is valid. */
  readonly validId: string;
  readonly validLabel: string;
}

/**
 * An edition chosen the way a spreadsheet would: one row per edition of its table with its validity,
 * licences, unit price and cost, ranked by cost with invalid rows last, and the cheapest picked by formula.
 */
function editionChoiceFigures(choice: EditionChoice): Figure[] {
  const id = (what: string) => `${choice.set.id}${what}`;
  const row = rowFigure(choice.set.id);
  return [
    row(id('Edition'), { label: 'Edition', unit: '', kind: 'text' }, rowField('edition')),
    row(id('PriceItem'), { label: 'Price item', unit: '', kind: 'text' }, rowField('price_item')),
    row(id('Valid'), { label: choice.valid.label, unit: 'yes/no', kind: 'flag', source: choice.valid.source }, choice.valid.expr),
    row(id('Licences'), { label: choice.licences.label, unit: 'licences', kind: 'count', source: choice.licences.source }, choice.licences.expr),
    row(id('UnitPrice'), { label: 'Unit price', unit: 'currency', kind: 'money' }, priceOf(rowField('price_item'))),
    row(id('Cost'), { label: 'Cost', unit: 'currency', kind: 'money' }, mul(ref(id('Licences')), ref(id('UnitPrice')))),
    row(id('Rank'), { label: 'Rank (cost; invalid ranks last)', unit: 'currency' }, ifThen(ref(id('Valid')), ref(id('Cost')), add(sumOf(id('Cost')), 1))),
    optionFigure(choice.validId, { label: choice.validLabel, unit: 'yes/no', kind: 'flag' }, cheapest(choice.set.id, id('Valid'))),
    ...licenceLineFigures(
      line(choice.line),
      choice.source,
      cheapest(choice.set.id, id('Edition')),
      cheapest(choice.set.id, id('Licences')),
      cheapest(choice.set.id, id('UnitPrice')),
      supportShareOf(cheapest(choice.set.id, id('PriceItem'))),
    ),
  ];
}

/** Windows Server: on every host the cheapest valid edition; never one without failover clustering for a DAG [L:S1] [L:S10]. */
const windowsFigures: readonly Figure[] = [
  windowsVmsPerHost('primary'),
  windowsVmsPerHost('dr'),
  ...editionChoiceFigures({
    set: windowsEditionCandidates,
    line: 'windowsLicence',
    source: '[L:S8] [L:S94]',
    valid: { label: 'Valid for this option', source: '[L:S1] [L:S10]', expr: and(flag('available'), or(not(optionInput('dag')), flag('failover_clustering'))) },
    licences: {
      label: 'Licences for every host',
      source: '[L:S8] [L:S104]',
      expr: add(mul(ref('primaryHosts'), licencesPerHost('primary')), mul(ref('drHosts'), licencesPerHost('dr'))),
    },
    validId: 'windowsEditionValid',
    validLabel: 'A valid Windows edition exists',
  }),
];

const needs = (need: string, has: string) => or(not(optionInput(need)), flag(has));

/** vSphere: per processor, the lowest-cost edition with every feature the option needs [L:3.1] [L:S22]. */
const vsphereFigures: readonly Figure[] = editionChoiceFigures({
  set: vsphereEditionCandidates,
  line: 'vsphereLicence',
  source: '[L:S20] [L:S22]',
  valid: {
    label: 'Has every feature the option needs',
    source: '[L:3.1] [L:S31]',
    expr: and(needs('needs_ha', 'ha'), needs('needs_vmotion', 'vmotion'), needs('needs_drs', 'drs'), needs('needs_app_monitoring', 'app_monitoring'), or(not(backup('vdr')), flag('data_recovery'))),
  },
  licences: {
    label: 'Processor licences',
    source: '[L:S22]',
    expr: mul(ref('totalHosts'), input('host_sockets'), roundUp(div(input('host_cores_per_socket'), rowField('max_cores_per_processor')))),
  },
  validId: 'vsphereEditionValid',
  validLabel: 'A vSphere edition has every feature needed',
});

const mailboxExchangeServers = add(ref('mailboxServers'), ref('drMailboxServers'), ref('localReplicaTargetVms'));
const casAndHub = add(ref('primaryClientAccessVms'), ref('primaryHubTransportVms'), ref('drClientAccessVms'), ref('drHubTransportVms'));
const standardMailbox = le(ref('databaseCopiesPerServer'), constant('databases_per_server_standard'));
const simpleLine = (id: string, source: string, edition: string, quantity: Expr, item: string) =>
  licenceLineFigures(line(id), source, text(edition), quantity, priceOf(item), supportShareOf(item));

/** Exchange, vCenter, SRM, replication, agents and backup licences (method step 8). */
const otherLicenceFigures: readonly Figure[] = [
  optionFigure('exchangeMailboxEdition', { label: 'Exchange edition of the mailbox servers', unit: '', kind: 'text', source: '[S6] [L:S13]' }, ifThen(standardMailbox, text('Standard'), text('Enterprise'))),
  ...simpleLine('exchangeStandardLicence', '[S6] [L:S11]', 'Standard', add(casAndHub, ifThen(standardMailbox, mailboxExchangeServers, 0)), 'exchange_2010_standard'),
  ...simpleLine('exchangeEnterpriseLicence', '[S6] [L:S11]', 'Enterprise', ifThen(standardMailbox, 0, mailboxExchangeServers), 'exchange_2010_enterprise'),
  ...simpleLine('exchangeCalLicence', '[L:S12]', 'Standard CAL', ref('totalMailboxes'), 'exchange_2010_standard_cal'),
  optionFigure('sites', { label: 'Sites with hosts', unit: 'sites', kind: 'count' }, add(ifThen(gt(ref('primaryHosts'), 0), 1, 0), ifThen(gt(ref('drHosts'), 0), 1, 0))),
  ...simpleLine('vcenterLicence', '[L:S97]', 'Standard', ref('sites'), 'vcenter_standard'),
  optionFigure('srmProtectedVms', { label: 'VMs protected by SRM', unit: 'VMs', kind: 'count', source: '[L:S34]' }, ifThen(optionInput('srm'), ref('primaryVms'), 0)),
  optionFigure('srmStandardEdition', { label: 'SRM Standard covers the protected VMs', unit: 'yes/no', kind: 'flag', source: '[L:3.6] (assumption)' }, le(ref('srmProtectedVms'), constant('srm_standard_max_protected_vms'))),
  ...licenceLineFigures(
    line('srmLicence'),
    '[L:S32] [L:S34]',
    ifThen(ref('srmStandardEdition'), text('Standard'), text('Enterprise')),
    mul(roundUp(div(ref('srmProtectedVms'), constant('srm_licence_pack_vms'))), constant('srm_licence_pack_vms')),
    ifThen(ref('srmStandardEdition'), priceOf('srm_standard'), priceOf('srm_enterprise')),
    ifThen(ref('srmStandardEdition'), supportShareOf('srm_standard'), supportShareOf('srm_enterprise')),
  ),
  ...simpleLine('arrayReplicationLicence', '[L:S36]', 'per array', ifThen(optionInput('srm'), mul(ref('sites'), constant('arrays_per_site')), 0), 'array_replication'),
  ...simpleLine('appMonitoringLicence', '[L:S40]', 'per monitored VM', ifThen(optionInput('app_monitoring_agents'), ref('mailboxServers'), 0), 'app_monitoring_agent'),
  ...simpleLine('replicationAgentLicence', 'brief 5.3', 'per protected server', ifThen(optionInput('in_guest_replication'), ref('mailboxServers'), 0), 'replication_agent'),
  ...simpleLine(
    'backupAgentLicence',
    'brief 6.1-6.3',
    'per protected server',
    ifThen(backup('in-guest'), add(ref('mailboxServers'), ref('primaryClientAccessVms'), ref('primaryHubTransportVms')), ref('mailboxServers')),
    'backup_agent',
  ),
  ...simpleLine('arraySnapshotLicence', 'brief 6.3', 'per array', ifThen(backup('array-snapshot'), constant('arrays_per_site'), 0), 'array_snapshot'),
];

const sumLines = (what: string) => add(...LICENCE_LINES.map((l) => ref(`${l.id}${what}`)));

export const licenceFigures: readonly Figure[] = [
  ...windowsFigures,
  ...vsphereFigures,
  ...otherLicenceFigures,
  optionFigure('licenceCost', { label: 'Licences', unit: 'currency', kind: 'money' }, sumLines('Cost')),
  optionFigure('licenceYearlySupport', { label: 'Licence support per year', unit: 'currency/year', kind: 'money' }, sumLines('YearlySupport')),
];

