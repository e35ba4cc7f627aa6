import { constant, type Expr, mul, round } from '../expr/expression.js';
import { type Figure, optionFigure } from '../expr/figure.js';
import { ref } from '../model/figure-ref.js';

/** Money is kept to the cent (data/constants.csv currency_decimals). */
export const roundToCents = (value: Expr): Expr => round(value, constant('currency_decimals'));

/** One licence line of an option: what it licenses, and the ids of its figures (`${id}Cost`). */
export interface LicenceLine {
  readonly id: LicenceLineId;
  readonly item: string;
}
/** The figures of every licence line: `${line}Cost`. */
export type LicenceLineFigure = 'Edition' | 'Quantity' | 'UnitPrice' | 'Cost' | 'YearlySupport';

/** The line items, in the order they are reported. */
export const LICENCE_LINES = [
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
] as const satisfies readonly { readonly id: string; readonly item: string }[];
export type LicenceLineId = (typeof LICENCE_LINES)[number]['id'];

/** The licence line of LICENCE_LINES with this id. */
export function licenceLine(id: string): LicenceLine {
  const found = LICENCE_LINES.find((l) => l.id === id);
  if (!found) throw new Error(`no licence line '${id}'`);
  return found;
}

/**
 * The figures of one licence line: edition, quantity, unit price, cost = quantity x unit price, and
 * yearly support = cost x support share, rounded to the cent.
 */
export function licenceLineFigures(
  line: LicenceLine,
  source: string,
  edition: Expr,
  quantity: Expr,
  unitPrice: Expr,
  supportShare: Expr,
): Figure[] {
  const id = (what: LicenceLineFigure) => `${line.id}${what}` as const;
  return [
    optionFigure(id('Edition'), { label: `${line.item}: edition`, unit: '', kind: 'text', source }, edition),
    optionFigure(
      id('Quantity'),
      { label: `${line.item}: quantity`, unit: 'licences', kind: 'count', source },
      quantity,
    ),
    optionFigure(
      id('UnitPrice'),
      { label: `${line.item}: unit price`, unit: 'currency', kind: 'money', source: 'templates/prices.csv' },
      unitPrice,
    ),
    optionFigure(
      id('Cost'),
      { label: `${line.item}: cost`, unit: 'currency', kind: 'money' },
      mul(ref(id('Quantity')), ref(id('UnitPrice'))),
    ),
    optionFigure(
      id('YearlySupport'),
      { label: `${line.item}: yearly support`, unit: 'currency/year', kind: 'money' },
      roundToCents(mul(ref(id('Cost')), supportShare)),
    ),
  ];
}
