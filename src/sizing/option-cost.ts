import { add, constant, div, type Expr, input, mul } from '../expr/expression.js';
import { type Figure, optionFigure } from '../expr/figure.js';
import { ref } from '../model/figure-ref.js';
import { roundToCents } from './licence-lines.js';
import { shareOf } from './shares.js';

const money = (id: string, label: string, expr: Expr, unit = 'currency') =>
  optionFigure(id, { label, unit, kind: 'money', source: 'method step 8' }, expr);

/** Method step 8: capex, yearly cost, TCO over the chosen years, and cost per mailbox. */
export const optionCostFigures: readonly Figure[] = [
  money('hostCost', 'Hosts', mul(ref('totalHosts'), input('host_price'))),
  money('storageCost', 'Storage (disks)', mul(add(ref('primaryDisks'), ref('drDisks')), input('disk_price'))),
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
    roundToCents(mul(ref('storageCost'), shareOf('storage_yearly_support_pct'))),
    'currency/year',
  ),
  money(
    'yearlyCost',
    'Yearly cost',
    add(ref('hostYearlyRunningCost'), ref('storageYearlySupport'), ref('licenceYearlySupport')),
    'currency/year',
  ),
  money('tco', 'Total cost of ownership', add(ref('capex'), mul(ref('yearlyCost'), input('tco_years')))),
  money('costPerMailbox', 'TCO per mailbox', roundToCents(div(ref('tco'), ref('totalMailboxes')))),
  money(
    'costPerMailboxPerMonth',
    'TCO per mailbox per month',
    roundToCents(div(ref('tco'), mul(ref('totalMailboxes'), input('tco_years'), constant('months_per_year')))),
    'currency/month',
  ),
];
