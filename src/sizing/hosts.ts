import { add, div, eq, gt, ifThen, input, max, min, mul, num, optionInput, ref, roundDown, roundUp, text, type Expr } from '../expr/expression.js';
import { optionFigure, type Figure } from '../expr/figure.js';
import type { Site } from './role-vms.js';

const hostVcpu = ref('hostVcpu');

/**
 * Method step 7: hosts per site the way vSphere HA admission control counts them [L:S65] [L:S69]:
 * slots (the largest VM) or total demand over capacity, never fewer than the members of one DAG
 * (anti-affinity), plus the spare hosts an option that relies on vSphere HA keeps free.
 */
function siteHostFigures(site: Site, mailboxVms: Expr, antiAffinityHosts: Expr, spareHosts: Expr): Figure[] {
  const id = (what: string) => `${site}${what}`;
  const f = (what: string, label: string, unit: string, expr: Expr, kind: 'count' | 'share' | 'quantity' = 'count', source = '[L:S65] [L:S66] [L:S69]') =>
    optionFigure(id(what), { label: `${label}, ${site} site`, unit, kind, source }, expr);
  const vms = ref(id('Vms'));
  const hosts = ref(id('Hosts'));
  return [
    f('SlotsPerHost', 'HA slots per host', 'slots', ifThen(gt(vms, 0), roundDown(min(div(hostVcpu, ref(id('SlotVcpu'))), div(ref('hostRamForVmsGB'), ref(id('SlotRamGB'))))), 0)),
    // No slot on a host means a VM larger than a host: compareOptions reports that as an input error.
    f('HostsBySlots', 'Hosts by HA slots', 'hosts', ifThen(gt(ref(id('SlotsPerHost')), 0), roundUp(div(vms, ref(id('SlotsPerHost')))), 0)),
    f('HostsByCpu', 'Hosts by vCPU', 'hosts', roundUp(div(ref(id('Vcpu')), hostVcpu))),
    f('HostsByRam', 'Hosts by RAM', 'hosts', roundUp(div(ref(id('RamGB')), ref('hostRamForVmsGB')))),
    f('HostsForMailboxVms', 'Hosts for the mailbox VMs alone, whole VMs per host', 'hosts', ifThen(gt(mailboxVms, 0), roundUp(div(mailboxVms, ref('mailboxVmsPerHost'))), 0), 'count', 'method step 7'),
    f(
      'HostsForLoad',
      'Hosts for the load (admission control policy)',
      'hosts',
      max(ifThen(eq(input('admission_control_policy'), text('slot')), ref(id('HostsBySlots')), max(ref(id('HostsByCpu')), ref(id('HostsByRam')))), ref(id('HostsForMailboxVms'))),
    ),
    f('AntiAffinityHosts', 'Hosts to keep the members of one DAG apart', 'hosts', ifThen(gt(vms, 0), antiAffinityHosts, 0), 'count', '[L:S61] [L:S80]'),
    f('SpareHosts', 'Spare hosts for vSphere HA', 'hosts', ifThen(gt(vms, 0), spareHosts, 0), 'count', '[L:S69]'),
    f('Hosts', 'Hosts', 'hosts', ifThen(gt(vms, 0), add(max(ref(id('HostsForLoad')), ref(id('AntiAffinityHosts'))), ref(id('SpareHosts'))), 0)),
    f('ReservedShare', 'Share of the cluster reserved for failover', 'share', ifThen(gt(hosts, 0), div(ref(id('SpareHosts')), hosts), 0), 'share'),
    f('VmsPerHost', 'VMs per host', 'VMs', ifThen(gt(hosts, 0), div(vms, hosts), 0), 'quantity'),
    f('CpuUtilisation', 'vCPU over host cores', 'share', ifThen(gt(hosts, 0), div(ref(id('Vcpu')), mul(hosts, hostVcpu)), 0), 'share'),
    f('RamUtilisation', 'VM RAM over host RAM for VMs', 'share', ifThen(gt(hosts, 0), div(ref(id('RamGB')), mul(hosts, ref('hostRamForVmsGB'))), 0), 'share'),
  ];
}

export const hostFigures: readonly Figure[] = [
  optionFigure('mailboxVmsPerHost', { label: 'Mailbox VMs one host holds', unit: 'VMs', kind: 'count' }, roundDown(min(div(hostVcpu, ref('vcpu')), div(ref('hostRamForVmsGB'), ref('ramGB'))))),
  ...siteHostFigures('primary', ref('primaryMailboxVms'), ifThen(optionInput('dag'), ref('memberServers'), 1), ifThen(optionInput('ha_spare_hosts'), input('ha_host_failures'), 0)),
  ...siteHostFigures('dr', ifThen(optionInput('srm'), ref('primaryMailboxVms'), ref('drMailboxServers')), ifThen(optionInput('dag'), max(ref('drMailboxServersPerDag'), ifThen(optionInput('srm'), ref('memberServers'), 1)), 1), num(0)),
  optionFigure('totalHosts', { label: 'Hosts, both sites', unit: 'hosts', kind: 'count' }, add(ref('primaryHosts'), ref('drHosts'))),
];
