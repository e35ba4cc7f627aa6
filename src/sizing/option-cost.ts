import { add, constant, div, type Expr, input, mul } from '../expr/expression.js';
import { type Figure, optionFigure } from '../expr/figure.js';
import { ref } from '../model/figure-ref.js';
import { type DiskChoice, diskOf } from './disk-arrays.js';
import { roundToCents } from './licence-lines.js';
import { priceOf, supportShareOf } from './prices.js';

const money = (id: string, label: string, expr: Expr, unit = 'currency', source = 'method step 8') =>
  optionFigure(id, { label, unit, kind: 'money', source }, expr);
// Per mailbox: over the mailbox-months served, not the mailboxes of the horizon's last day, which growth makes more.
const PER_MAILBOX = 'method step 8 (assumption: each year serves the mailboxes of its start, whole years)';

/** A disk's price and support share: the templates/prices.csv row its catalogue row names (price_item). */
const diskPrice = (disk: DiskChoice) => priceOf(diskOf(disk, 'price_item'));
const diskSupport = (disk: DiskChoice) => supportShareOf(diskOf(disk, 'price_item'));

/** Method step 8: capex, yearly cost, TCO over the chosen years, and cost per mailbox. */
export const optionCostFigures: readonly Figure[] = [
  money('hostCost', 'Hosts', mul(ref('totalHosts'), input('host_price'))),
  // The database disk also serves the system and workload pool and the DR site (an SRM replica included).
  money(
    'databaseDiskCost',
    'Disks of the database disk type (database arrays, system pool, DR site)',
    mul(add(ref('primaryDatabaseDisks'), ref('primarySystemPoolDisks'), ref('drDisks')), diskPrice('database_disk')),
  ),
  money('logDiskCost', 'Disks of the log disk type', mul(ref('primaryLogDisks'), diskPrice('log_disk'))),
  money(
    'backupDiskCost',
    'Disks of the backup disk type',
    mul(ref('primaryBackupPoolDisks'), diskPrice('backup_disk')),
  ),
  money('storageCost', 'Storage (disks)', add(ref('databaseDiskCost'), ref('logDiskCost'), ref('backupDiskCost'))),
  money('capex', 'Capital cost', add(ref('hostCost'), ref('storageCost'), ref('licenceCost'))),
  money(
    'hostYearlyRunningCost',
    'Host running cost per year',
    mul(ref('totalHosts'), input('host_yearly_running_cost')),
    'currency/year',
  ),
  money(
    'storageYearlySupport',
    'Storage support per year',
    roundToCents(
      add(
        mul(ref('databaseDiskCost'), diskSupport('database_disk')),
        mul(ref('logDiskCost'), diskSupport('log_disk')),
        mul(ref('backupDiskCost'), diskSupport('backup_disk')),
      ),
    ),
    'currency/year',
  ),
  money(
    'yearlyCost',
    'Yearly cost',
    add(ref('hostYearlyRunningCost'), ref('storageYearlySupport'), ref('licenceYearlySupport')),
    'currency/year',
  ),
  money('tco', 'Total cost of ownership', add(ref('capex'), mul(ref('yearlyCost'), input('tco_years')))),
  // The TCO over the average mailboxes in service (mailbox-months / months of the horizon); at zero growth TCO / mailboxes.
  money(
    'costPerMailbox',
    'TCO per mailbox',
    roundToCents(div(mul(ref('tco'), input('tco_years'), constant('months_per_year')), ref('totalMailboxMonths'))),
    'currency',
    PER_MAILBOX,
  ),
  money(
    'costPerMailboxPerMonth',
    'TCO per mailbox per month',
    roundToCents(div(ref('tco'), ref('totalMailboxMonths'))),
    'currency/month',
    PER_MAILBOX,
  ),
];
