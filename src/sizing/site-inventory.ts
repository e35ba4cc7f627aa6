import { add, type Expr, gt, ifThen, max, mul, optionInput } from '../expr/expression.js';
import { type Figure, optionFigure } from '../expr/figure.js';
import type { FigureId } from '../model/figure-ids.js';
import { ref } from '../model/figure-ref.js';
import { ROLES as ROLE_LIST, type Site } from './role-vms.js';

const ROLES = ROLE_LIST.map((role) => role.id);
const mailboxVms = (site: Site) => ref(site === 'primary' ? 'primaryMailboxVms' : 'drMailboxServers');

interface SiteTotals {
  readonly vms: Expr;
  readonly vcpu: Expr;
  readonly ram: Expr;
  readonly slotVcpu: Expr;
  readonly slotRam: Expr;
}

function siteTotals(site: Site): SiteTotals {
  const workloads = site === 'primary';
  const mailboxVcpu = ifThen(gt(mailboxVms(site), 0), ref('vcpu'), 0);
  const mailboxRam = ifThen(gt(mailboxVms(site), 0), ref('ramGB'), 0);
  return {
    vms: add(mailboxVms(site), ...ROLES.map((r) => ref(`${site}${r}Vms`)), workloads ? ref('otherWorkloadVms') : 0),
    vcpu: add(
      mul(mailboxVms(site), ref('vcpu')),
      ...ROLES.map((r) => mul(ref(`${site}${r}Vms`), ref(`${site}${r}Vcpu`))),
      workloads ? ref('otherWorkloadVcpu') : 0,
    ),
    ram: add(
      mul(mailboxVms(site), ref('ramGB')),
      ...ROLES.map((r) => mul(ref(`${site}${r}Vms`), ref(`${site}${r}RamGB`))),
      workloads ? ref('otherWorkloadRamGB') : 0,
    ),
    slotVcpu: max(mailboxVcpu, ...ROLES.map((r) => ref(`${site}${r}Vcpu`)), workloads ? ref('largestWorkloadVcpu') : 0),
    slotRam: max(mailboxRam, ...ROLES.map((r) => ref(`${site}${r}RamGB`)), workloads ? ref('largestWorkloadRamGB') : 0),
  };
}

const primary = siteTotals('primary');
const dr = siteTotals('dr');
/** With SRM the DR site must run every VM of the primary site after a recovery (brief 5.1.1). */
const drOrReplica = (own: Expr, replica: FigureId) => ifThen(optionInput('srm'), ref(replica), own);

/** Method step 7 input: every VM each site runs, its vCPU and RAM, and the largest VM (the HA slot). */
export const siteInventoryFigures: readonly Figure[] = [
  optionFigure('primaryVms', { label: 'VMs, primary site', unit: 'VMs', kind: 'count' }, primary.vms),
  optionFigure('primaryVcpu', { label: 'vCPU, primary site', unit: 'vCPU', kind: 'count' }, primary.vcpu),
  optionFigure('primaryRamGB', { label: 'VM RAM, primary site', unit: 'GB' }, primary.ram),
  optionFigure(
    'primarySlotVcpu',
    { label: 'HA slot vCPU (largest VM), primary site', unit: 'vCPU', kind: 'count', source: '[L:S65] [L:S66]' },
    primary.slotVcpu,
  ),
  optionFigure(
    'primarySlotRamGB',
    { label: 'HA slot RAM (largest VM), primary site', unit: 'GB', source: '[L:S65] [L:S66]' },
    primary.slotRam,
  ),
  optionFigure('drVms', { label: 'VMs, DR site', unit: 'VMs', kind: 'count' }, drOrReplica(dr.vms, 'primaryVms')),
  optionFigure('drVcpu', { label: 'vCPU, DR site', unit: 'vCPU', kind: 'count' }, drOrReplica(dr.vcpu, 'primaryVcpu')),
  optionFigure('drRamGB', { label: 'VM RAM, DR site', unit: 'GB' }, drOrReplica(dr.ram, 'primaryRamGB')),
  optionFigure(
    'drSlotVcpu',
    { label: 'HA slot vCPU (largest VM), DR site', unit: 'vCPU', kind: 'count', source: '[L:S65]' },
    drOrReplica(dr.slotVcpu, 'primarySlotVcpu'),
  ),
  optionFigure(
    'drSlotRamGB',
    { label: 'HA slot RAM (largest VM), DR site', unit: 'GB', source: '[L:S65]' },
    drOrReplica(dr.slotRam, 'primarySlotRamGB'),
  ),
  optionFigure(
    'exchangeVms',
    { label: 'Exchange VMs running, both sites', unit: 'VMs', kind: 'count' },
    add(mailboxVms('primary'), mailboxVms('dr'), ...ROLES.flatMap((r) => [ref(`primary${r}Vms`), ref(`dr${r}Vms`)])),
  ),
];
