import {
  add,
  and,
  div,
  type Expr,
  eq,
  gt,
  ifThen,
  input,
  max,
  min,
  mul,
  num,
  optionInput,
  roundDown,
  roundUp,
  text,
} from '../expr/expression.js';
import { type Figure, optionFigure } from '../expr/figure.js';
import { ref } from '../model/figure-ref.js';
import type { Site } from './role-vms.js';

const hostVcpu = ref('hostVcpu');

/**
 * Method step 7: hosts per site. The packing (host-packing.ts) gives the hosts on which every VM places whole,
 * redundant instances apart; where the option uses vSphere HA, the slot policy may ask for more [L:S65] [L:S66],
 * and the spare hosts HA keeps free for failover come on top [L:S69]. Admission control is an HA setting: a site
 * without HA (a DAG on its own, a cold SRM recovery site) is sized by its load and anti-affinity alone.
 */
function siteHostFigures(site: Site, ha: { readonly usesHa: Expr; readonly spareHosts: Expr } | undefined): Figure[] {
  const id = <What extends string>(what: What) => `${site}${what}` as const;
  const f = (
    what: string,
    label: string,
    unit: string,
    expr: Expr,
    kind: 'count' | 'share' | 'quantity' | 'flag' = 'count',
    source = '[L:S65] [L:S66] [L:S69]',
  ) => optionFigure(id(what), { label: `${label}, ${site} site`, unit, kind, source }, expr);
  const vms = ref(id('Vms'));
  const hosts = ref(id('Hosts'));
  // Only the primary site has vSphere HA (the DR site gets no `ha`), so only it has a UsesHa figure.
  if (ha && site !== 'primary') throw new Error(`the ${site} site has no vSphere HA figures`);
  const usesHa = ref('primaryUsesHa');
  return [
    ...(ha
      ? [
          f(
            'UsesHa',
            'vSphere HA admission control applies',
            'yes/no',
            ha.usesHa,
            'flag',
            '[L:S65] vSphere HA is a cluster setting',
          ),
        ]
      : []),
    f(
      'SlotsPerHost',
      'HA slots per host',
      'slots',
      ifThen(
        gt(vms, 0),
        roundDown(min(div(hostVcpu, ref(id('SlotVcpu'))), div(ref('hostRamForVmsGB'), ref(id('SlotRamGB'))))),
        0,
      ),
    ),
    // No slot on a host means a VM larger than a host: compareOptions reports that as an input error.
    f(
      'HostsBySlots',
      'Hosts by HA slots',
      'hosts',
      ifThen(gt(ref(id('SlotsPerHost')), 0), roundUp(div(vms, ref(id('SlotsPerHost')))), 0),
    ),
    f('HostsByCpu', 'Hosts by vCPU (lower bound)', 'hosts', roundUp(div(ref(id('Vcpu')), hostVcpu))),
    f('HostsByRam', 'Hosts by RAM (lower bound)', 'hosts', roundUp(div(ref(id('RamGB')), ref('hostRamForVmsGB')))),
    f(
      'HostsForLoad',
      'Hosts for the VMs (packing; HA slot policy where it applies)',
      'hosts',
      ha
        ? ifThen(
            and(usesHa, eq(input('admission_control_policy'), text('slot'))),
            max(ref(id('HostsForPlacement')), ref(id('HostsBySlots'))),
            ref(id('HostsForPlacement')),
          )
        : ref(id('HostsForPlacement')),
      'count',
      'method step 7 [L:S65] [L:S66]',
    ),
    f(
      'SpareHosts',
      'Spare hosts for vSphere HA',
      'hosts',
      ha ? ifThen(and(gt(vms, 0), usesHa), ha.spareHosts, 0) : num(0),
      'count',
      '[L:S69]',
    ),
    f('Hosts', 'Hosts', 'hosts', ifThen(gt(vms, 0), add(ref(id('HostsForLoad')), ref(id('SpareHosts'))), 0)),
    f(
      'ReservedShare',
      'Share of the cluster reserved for failover',
      'share',
      ifThen(gt(hosts, 0), div(ref(id('SpareHosts')), hosts), 0),
      'share',
    ),
    f('VmsPerHost', 'VMs per host', 'VMs', ifThen(gt(hosts, 0), div(vms, hosts), 0), 'quantity'),
    f(
      'CpuUtilisation',
      'vCPU over host cores',
      'share',
      ifThen(gt(hosts, 0), div(ref(id('Vcpu')), mul(hosts, hostVcpu)), 0),
      'share',
    ),
    f(
      'RamUtilisation',
      'VM RAM over host RAM for VMs',
      'share',
      ifThen(gt(hosts, 0), div(ref(id('RamGB')), mul(hosts, ref('hostRamForVmsGB'))), 0),
      'share',
    ),
  ];
}

export const hostFigures: readonly Figure[] = [
  ...siteHostFigures('primary', { usesHa: optionInput('ha_spare_hosts'), spareHosts: input('ha_host_failures') }),
  // The DR site is a recovery or standby site: no HA admission control, no spares kept there.
  ...siteHostFigures('dr', undefined),
  optionFigure(
    'totalHosts',
    { label: 'Hosts, both sites', unit: 'hosts', kind: 'count' },
    add(ref('primaryHosts'), ref('drHosts')),
  ),
];
