import {
  add,
  constant,
  div,
  type Expr,
  eq,
  ifThen,
  input,
  le,
  max,
  mul,
  optionInput,
  roundUp,
  sub,
  text,
} from '../expr/expression.js';
import { type Figure, optionFigure, type RowSet } from '../expr/figure.js';
import { ref } from '../model/figure-ref.js';
import { drStandbyLicensingFigures } from './dr-standby-licensing.js';
import { LICENCE_LINES, type LicenceLineFigure, licenceLine, licenceLineFigures } from './licence-lines.js';
import { priceOf, supportShareOf } from './prices.js';
import { vcenterEditionCandidates, vsphereEditionCandidates, vsphereLicenceFigures } from './vsphere-licences.js';
import { windowsEditionCandidates, windowsLicenceFigures } from './windows-licences.js';

export { LICENCE_LINES } from './licence-lines.js';
export { vcenterEditionCandidates, vsphereEditionCandidates } from './vsphere-licences.js';
export { windowsEditionCandidates } from './windows-licences.js';

/** The edition tables laid out as candidate rows in each option. */
export const licenceRowSets: readonly RowSet[] = [
  windowsEditionCandidates,
  vsphereEditionCandidates,
  vcenterEditionCandidates,
];

const backup = (method: string) => eq(input('backup_method'), text(method));
const mailboxExchangeServers = add(
  ref('mailboxServers'),
  ref('drMailboxServers'),
  ref('localReplicaTargetVms'),
  ref('drStandbyExchangeMailboxServers'),
);
const casAndHub = add(
  ref('primaryClientAccessVms'),
  ref('primaryHubTransportVms'),
  ref('drClientAccessVms'),
  ref('drHubTransportVms'),
  ref('drStandbyExchangeRoleServers'),
);
// Either site's mailbox servers (active/active: the DR site's hold their own users' copies too, site-copies.ts).
const standardMailbox = le(
  max(ref('databaseCopiesPerServer'), ref('drSiteDatabaseCopiesPerServer')),
  constant('databases_per_server_standard'),
);
const simpleLine = (id: string, source: string, edition: string, quantity: Expr, item: string) =>
  licenceLineFigures(licenceLine(id), source, text(edition), quantity, priceOf(item), supportShareOf(item));

/** Exchange, SRM, replication, agents and backup licences (method step 8). */
const otherLicenceFigures: readonly Figure[] = [
  optionFigure(
    'exchangeMailboxEdition',
    { label: 'Exchange edition of the mailbox servers', unit: '', kind: 'text', source: '[S6] [L:S13]' },
    ifThen(standardMailbox, text('Standard'), text('Enterprise')),
  ),
  ...simpleLine(
    'exchangeStandardLicence',
    '[S6] [L:S11]',
    'Standard',
    add(casAndHub, ifThen(standardMailbox, mailboxExchangeServers, 0)),
    'exchange_2010_standard',
  ),
  ...simpleLine(
    'exchangeEnterpriseLicence',
    '[S6] [L:S11]',
    'Enterprise',
    ifThen(standardMailbox, 0, mailboxExchangeServers),
    'exchange_2010_enterprise',
  ),
  // A CAL is bought once per user and kept, so over the TCO horizon one is bought for every mailbox at its end
  // (issue 13, an assumption: the TCO is not discounted, so when each is bought does not change it).
  ...simpleLine('exchangeCalLicence', '[L:S12]', 'Standard CAL', ref('totalMailboxes'), 'exchange_2010_standard_cal'),
  // Domain controllers and global catalogs are not failed over by SRM: the DR site keeps its own live ones (brief 5.1.1).
  optionFigure(
    'srmProtectedVms',
    {
      label: 'VMs protected by SRM (domain controllers and global catalogs excluded)',
      unit: 'VMs',
      kind: 'count',
      source: '[L:S34] brief 5.1.1',
    },
    ifThen(
      optionInput('srm'),
      max(0, sub(ref('primaryVms'), add(ref('primaryGlobalCatalogVms'), ref('otherWorkloadDomainControllerVms')))),
      0,
    ),
  ),
  optionFigure(
    'srmStandardEdition',
    { label: 'SRM Standard covers the protected VMs', unit: 'yes/no', kind: 'flag', source: '[L:3.6] (assumption)' },
    le(ref('srmProtectedVms'), constant('srm_standard_max_protected_vms')),
  ),
  ...licenceLineFigures(
    licenceLine('srmLicence'),
    '[L:S32] [L:S34]',
    ifThen(ref('srmStandardEdition'), text('Standard'), text('Enterprise')),
    mul(roundUp(div(ref('srmProtectedVms'), constant('srm_licence_pack_vms'))), constant('srm_licence_pack_vms')),
    ifThen(ref('srmStandardEdition'), priceOf('srm_standard'), priceOf('srm_enterprise')),
    ifThen(ref('srmStandardEdition'), supportShareOf('srm_standard'), supportShareOf('srm_enterprise')),
  ),
  ...simpleLine(
    'arrayReplicationLicence',
    '[L:S36]',
    'per array',
    ifThen(optionInput('srm'), mul(ref('sites'), constant('arrays_per_site')), 0),
    'array_replication',
  ),
  ...simpleLine(
    'appMonitoringLicence',
    '[L:S40]',
    'per monitored VM',
    ifThen(optionInput('app_monitoring_agents'), ref('mailboxServers'), 0),
    'app_monitoring_agent',
  ),
  ...simpleLine(
    'replicationAgentLicence',
    'brief 5.3',
    'per protected server',
    ifThen(optionInput('in_guest_replication'), ref('mailboxServers'), 0),
    'replication_agent',
  ),
  // Exchange-aware agents protect the mailbox databases; Client Access and Hub Transport hold no database to back up [L:S103].
  ...simpleLine(
    'backupAgentLicence',
    'brief 6.1-6.3 [L:S103]',
    'per mailbox server',
    ref('mailboxServers'),
    'backup_agent',
  ),
  ...simpleLine(
    'arraySnapshotLicence',
    'brief 6.3',
    'per array',
    ifThen(backup('array-snapshot'), constant('arrays_per_site'), 0),
    'array_snapshot',
  ),
];

const sumLines = (what: LicenceLineFigure) => add(...LICENCE_LINES.map((l) => ref(`${l.id}${what}`)));

export const licenceFigures: readonly Figure[] = [
  ...drStandbyLicensingFigures,
  ...windowsLicenceFigures,
  ...vsphereLicenceFigures,
  ...otherLicenceFigures,
  optionFigure('licenceCost', { label: 'Licences', unit: 'currency', kind: 'money' }, sumLines('Cost')),
  optionFigure(
    'licenceYearlySupport',
    { label: 'Licence support per year', unit: 'currency/year', kind: 'money' },
    sumLines('YearlySupport'),
  ),
];
