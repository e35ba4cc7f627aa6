import {
  add,
  constant,
  div,
  type Expr,
  eq,
  gt,
  ifThen,
  input,
  lookup,
  max,
  min,
  mul,
  num,
  optionInput,
  roundDown,
  roundUp,
  sub,
  text,
} from '../expr/expression.js';
import { type Figure, optionFigure } from '../expr/figure.js';
import { ref } from '../model/figure-ref.js';
import { activeActive } from './site-resilience.js';

export type Site = 'primary' | 'dr';
/** A role sized by ratio; `absent` where another role's VMs carry it (Hub Transport inside combined CAS VMs). */
type Role = { id: RoleId; label: string; key: Expr; vmName: string; absent?: Expr };
/** The roles sized by ratio, as their figure ids name them: `${site}${role}Vms`. */
export type RoleId = 'ClientAccess' | 'HubTransport' | 'GlobalCatalog';

const antivirus = input('hub_antivirus');
const combined = input('combined_cas_hub');
const hubKey = ifThen(antivirus, text('hub_transport_antivirus'), text('hub_transport'));
// Combined Client Access and Hub Transport VMs (a scenario choice) carry both roles' cores.
const clientAccessKey = ifThen(
  combined,
  ifThen(antivirus, text('client_access_hub_transport_antivirus'), text('client_access_hub_transport')),
  text('client_access'),
);
/** The roles sized by ratio from the mailbox cores: the one list the VMs, hosts, placement and checks go through. */
/** A tuple, so the kinds a site packs have a length the type system knows (src/sizing/vm-kinds.ts). */
export const ROLES: readonly [Role, Role, Role] = [
  { id: 'ClientAccess', label: 'Client Access', key: clientAccessKey, vmName: 'CAS' },
  { id: 'HubTransport', label: 'Hub Transport', key: hubKey, vmName: 'HUB', absent: combined },
  { id: 'GlobalCatalog', label: 'Global catalog', key: text('global_catalog'), vmName: 'GC' },
];

const ratio = (role: Role, column: string) => lookup('role-ratios', 'role', column, role.key, 'exact');

/**
 * The vCPU and RAM the roles sized by ratio take beside `mailboxCores` mailbox cores, before their per-VM minimums:
 * what the DAG candidates (dag-layout.ts) estimate their hosts by.
 */
export function roleLoadBeside(mailboxCores: Expr): { readonly vcpu: Expr; readonly ramGB: Expr } {
  const cores = ROLES.map((role) => {
    const byRatio = div(mul(mailboxCores, ratio(role, 'role_cores')), ratio(role, 'mailbox_cores'));
    return { role, cores: role.absent ? ifThen(role.absent, 0, byRatio) : byRatio };
  });
  return {
    vcpu: add(...cores.map((c) => c.cores)),
    ramGB: add(...cores.map((c) => mul(c.cores, ratio(c.role, 'ram_gb_per_core')))),
  };
}

/**
 * Method step 6: a role sized from the site's mailbox cores by its core ratio [S5] [S22], split into VMs
 * of at most the recommended cores [S21] and the cores of one NUMA node [L:S78], with the role's memory rule [S4].
 */
function roleFigures(site: Site, role: Role, minimumInstances: Expr): Figure[] {
  const id = <What extends string>(what: What) => `${site}${role.id}${what}` as const;
  const cores = ref(id('Cores'));
  const vms = ref(id('Vms'));
  const source = '[S4] [S5] [S21] [S22]';
  const coresByRatio = roundUp(
    div(mul(ref(`${site}MailboxCores`), ratio(role, 'role_cores')), ratio(role, 'mailbox_cores')),
  );
  return [
    optionFigure(
      id('Cores'),
      { label: `${role.label} cores, ${site} site`, unit: 'cores', kind: 'count', source },
      role.absent ? ifThen(role.absent, 0, coresByRatio) : coresByRatio,
    ),
    optionFigure(
      id('Vms'),
      { label: `${role.label} VMs, ${site} site`, unit: 'VMs', kind: 'count', source },
      ifThen(
        gt(cores, 0),
        max(minimumInstances, roundUp(div(cores, min(ratio(role, 'recommended_cores'), ref('numaNodeVcpu'))))),
        0,
      ),
    ),
    optionFigure(
      id('Vcpu'),
      { label: `${role.label} vCPU per VM, ${site} site`, unit: 'vCPU', kind: 'count', source },
      ifThen(gt(vms, 0), max(ratio(role, 'minimum_cores'), roundUp(div(cores, vms))), 0),
    ),
    optionFigure(
      id('RamGB'),
      { label: `${role.label} RAM per VM, ${site} site`, unit: 'GB', source: '[S4]' },
      ifThen(gt(vms, 0), max(ratio(role, 'minimum_ram_gb'), mul(ref(id('Vcpu')), ratio(role, 'ram_gb_per_core'))), 0),
    ),
  ];
}

/**
 * The Exchange VMs of each site: mailbox servers (and the DR-site servers the option adds), then
 * Client Access, Hub Transport and global catalog servers by the role ratios.
 */
export const roleVmFigures: readonly Figure[] = [
  // The copies the DR site holds per database of the layout (site-copies.ts): its DR copies, and in active/active
  // the in-site copies of the users active there [S71] [S72].
  optionFigure(
    'drCopiesPerMailboxAfterSiteLoss',
    {
      label: 'Copies per mailbox the DR site holds after a site loss',
      unit: 'copies',
      source: '[S71] [S72]; active/active user share: assumption',
    },
    div(ref('drSiteCopiesPerDag'), ref('databasesPerDag')),
  ),
  // After a site loss every mailbox of the DAG is active on its DR servers, at the CPU target and with the
  // database cache it needs, beside the DR copies left passive: the DR servers carry the disaster they are sized
  // for (dr_capacity_pct of it).
  optionFigure(
    'drActiveMailboxesPerServer',
    {
      label: 'Active mailboxes one DR mailbox VM serves after a site loss',
      unit: 'mailboxes',
      kind: 'count',
      source: '[S2] [S12] [S14] [S34]',
    },
    min(
      roundDown(
        div(
          mul(ref('vcpu'), ref('usableMegacyclesPerVcpu')),
          add(
            mul(ref('averageMegacyclesPerActiveMailbox'), ref('activeMegacycleCopyFactor')),
            mul(ref('averageMegacyclesPerPassiveMailbox'), max(0, sub(ref('drCopiesPerMailboxAfterSiteLoss'), 1))),
          ),
        ),
      ),
      roundDown(
        div(mul(ref('databaseCacheProvidedGB'), constant('mb_per_gb')), ref('averageDatabaseCachePerMailboxMB')),
      ),
    ),
  ),
  optionFigure(
    'drMailboxServersForSiteLoss',
    {
      label: 'DR-site mailbox servers per DAG to run its mailboxes after a site loss',
      unit: 'servers',
      kind: 'count',
      source: 'brief 5.2.1; method step 4',
    },
    roundUp(
      div(mul(ref('mailboxesPerDag'), div(ref('drSiteCapacityPct'), 100)), max(1, ref('drActiveMailboxesPerServer'))),
    ),
  ),
  optionFigure(
    'drMailboxServersPerDag',
    { label: 'DR-site mailbox servers per DAG', unit: 'servers', kind: 'count', source: 'brief 5.2.1' },
    ifThen(
      gt(ref('drDatabaseCopies'), 0),
      max(
        ref('drDatabaseCopies'),
        roundUp(div(mul(ref('databasesPerDag'), ref('drDatabaseCopies')), ref('databaseCopiesPerServer'))),
        ref('drMailboxServersForSiteLoss'),
        // Active/active: the DR site also runs its own users with the primary's copies and failures [S71].
        ifThen(activeActive, ref('memberServers'), 0),
      ),
      0,
    ),
  ),
  optionFigure(
    'dagMembersBothSites',
    { label: 'Members of one DAG, both sites', unit: 'servers', kind: 'count', source: '[S37] [L:S45]' },
    add(ref('memberServers'), ref('drMailboxServersPerDag')),
  ),
  optionFigure(
    'replicaTargetVms',
    { label: 'Replication target VMs', unit: 'VMs', kind: 'count', source: 'brief 5.3.1' },
    ifThen(optionInput('in_guest_replication'), ref('mailboxServers'), 0),
  ),
  optionFigure(
    'localReplicaTargetVms',
    { label: 'Replication target VMs in the primary cluster', unit: 'VMs', kind: 'count' },
    ifThen(eq(input('replication_target'), text('local')), ref('replicaTargetVms'), 0),
  ),
  optionFigure(
    'drMailboxServers',
    { label: 'Mailbox servers in the DR site', unit: 'servers', kind: 'count' },
    add(mul(ref('drMailboxServersPerDag'), ref('dags')), sub(ref('replicaTargetVms'), ref('localReplicaTargetVms'))),
  ),
  optionFigure(
    'primaryMailboxVms',
    { label: 'Mailbox VMs, primary site', unit: 'VMs', kind: 'count' },
    add(ref('mailboxServers'), ref('localReplicaTargetVms')),
  ),
  optionFigure(
    'primaryMailboxCores',
    { label: 'Mailbox cores (vCPU), primary site', unit: 'cores', kind: 'count', source: '[S5]' },
    mul(ref('mailboxServers'), ref('vcpu')),
  ),
  optionFigure(
    'drMailboxCores',
    { label: 'Mailbox cores (vCPU), DR site', unit: 'cores', kind: 'count', source: '[S5]' },
    mul(ref('drMailboxServers'), ref('vcpu')),
  ),
  ...ROLES.flatMap((role) =>
    roleFigures(
      'primary',
      role,
      max(
        ifThen(optionInput('highly_available'), constant('minimum_role_instances_highly_available'), 1),
        role.id === 'GlobalCatalog' ? ref('domainControllersReplacedByGlobalCatalogs') : 0,
      ),
    ),
  ),
  ...ROLES.flatMap((role) => roleFigures('dr', role, num(1))),
];
