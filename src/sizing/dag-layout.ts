import {
  add,
  and,
  constant,
  div,
  type Expr,
  eq,
  ge,
  gt,
  ifThen,
  input,
  le,
  max,
  min,
  mul,
  num,
  optionInput,
  roundDown,
  roundUp,
  rowKey,
  sub,
  text,
} from '../expr/expression.js';
import { type Figure, optionFigure, type RowSet, rowFigure } from '../expr/figure.js';
import { minOf, pick, ref } from '../model/figure-ref.js';
import { mailboxVcpuFor } from './mailbox-cpu.js';
import { mailboxRamForLoad } from './mailbox-memory.js';
import { megacyclesOf, passiveOf } from './mailbox-server-load.js';
import { priceOf } from './prices.js';
import { roleLoadBeside } from './role-vms.js';
import { activeActive, siteResilientDag } from './site-resilience.js';

/** Candidate numbers of mailbox servers per DAG (or per group of standalone servers), 1..16. */
export const memberServerCandidates: RowSet = {
  id: 'memberServers',
  label: 'Mailbox servers per DAG, candidates',
  kind: 'range',
  countConstant: 'members_per_dag_max',
};

const candidate = rowFigure(memberServerCandidates.id);
/** Ranks a candidate that cannot be built below every buildable one. */
const UNBUILDABLE = num('1000000000');
/** The cost of a candidate that does not compete: above any cost a design reaches. */
const NOT_A_CANDIDATE = num('1000000000000000');
const S = rowKey();
const C = ref('databaseCopiesInSite');
const F = ref('serverFailuresTolerated');
const LARGEST_VM_MEGACYCLES = mul(ref('mailboxVmVcpuLimit'), ref('usableMegacyclesPerVcpu'));

/**
 * Worst-case megacycles of a server of a candidate's DAG holding `active` x (S - F) mailboxes, counted in whole
 * mailboxes as mailboxServerLoadFigures count them: `active` active, the rest of its C x (S - F) / S copies passive.
 */
function worstCaseMegacycles(active: Expr): Expr {
  const copiesPerServer = roundUp(div(mul(active, sub(S, F), C), S));
  return add(
    mul(active, ref('averageMegacyclesPerActiveMailbox'), ref('activeMegacycleCopyFactor')),
    mul(max(0, sub(copiesPerServer, active)), ref('averageMegacyclesPerPassiveMailbox')),
  );
}

/** Mailboxes per DAG of a candidate with `dags` DAGs, as mailboxesPerDag counts them. */
const mailboxesPerDagAt = (dags: Expr) => roundUp(div(ref('totalMailboxes'), dags));
/** Its databases, a multiple of S, as databasesPerDag counts them. */
const databasesPerDagAt = (dags: Expr) =>
  mul(roundUp(div(roundUp(div(mailboxesPerDagAt(dags), ref('mailboxesPerDatabaseMax'))), S)), S);

/** An Exchange server licence, Standard where its database copies allow it [S6] [L:S11]. */
const exchangeServerPrice = (copiesPerServer: Expr): Expr =>
  priceOf(
    ifThen(
      le(copiesPerServer, constant('databases_per_server_standard')),
      text('exchange_2010_standard'),
      text('exchange_2010_enterprise'),
    ),
  );

/**
 * Hosts a site takes for `members` mailbox VMs of each of a candidate's DAGs: one member of a DAG a host [L:4.1], and
 * room for them, the roles sized by ratio beside them (role-vms.ts) and, in the primary site, the other workloads, by
 * vCPU and by RAM (method step 7; an estimate: the placement may need more where VMs leave gaps).
 */
function siteHostsFor(members: Expr, site: 'primary' | 'dr'): Expr {
  const vms = mul(ref('candidateDags'), members);
  const roles = roleLoadBeside(mul(vms, ref('candidateVcpu')));
  const workloads = site === 'primary';
  return max(
    members,
    roundUp(div(vms, ref('candidateVmsPerHost'))),
    roundUp(
      div(add(mul(vms, ref('candidateVcpu')), roles.vcpu, workloads ? ref('otherWorkloadVcpu') : 0), ref('hostVcpu')),
    ),
    roundUp(
      div(
        add(mul(vms, ref('candidateRamGB')), roles.ramGB, workloads ? ref('otherWorkloadRamGB') : 0),
        ref('hostRamForVmsGB'),
      ),
    ),
  );
}

/** Mailbox copies a server of a candidate's DAG holds, as mailboxCopiesPerServer counts them. */
const copiesPerServerAt = (dags: Expr) => roundUp(div(mul(mailboxesPerDagAt(dags), C), S));

/**
 * Active mailboxes of a survivor of F failures in a candidate's DAG (S > F) when databases fail over whole:
 * ROUNDUP(databases / (S - F)) databases of ROUNDUP(mailboxes / databases) mailboxes (wholeDatabaseActive) [S13].
 */
function wholeDatabaseWorstCase(dags: Expr): Expr {
  const databases = databasesPerDagAt(dags);
  return min(
    mailboxesPerDagAt(dags),
    mul(roundUp(div(databases, sub(S, F))), roundUp(div(mailboxesPerDagAt(dags), databases))),
  );
}

/** The largest VM serves that survivor: its megacycles (passive copies as mailboxCopiesPerServer) and its cache. */
function wholeDatabasesFit(dags: Expr): Expr {
  const active = wholeDatabaseWorstCase(dags);
  return and(
    le(megacyclesOf(active, passiveOf(copiesPerServerAt(dags), active)), LARGEST_VM_MEGACYCLES),
    le(active, ref('maxActiveMailboxesByRam')),
  );
}

/**
 * Method step 4: copies C and failures F of the layout, and the number of servers S per DAG.
 * Each candidate S is a row with the DAGs it needs, the mailbox VM it sizes and the hosts those VMs take (members of
 * a DAG apart); the candidate whose hosts and Exchange licences are priced lowest wins, then the one with the fewest
 * mailbox servers, then the largest S (fewest DAGs). A fixed `dag_member_servers` overrides it.
 */
export const dagLayoutFigures: readonly Figure[] = [
  optionFigure(
    'databaseCopiesInSite',
    { label: 'Database copies in the primary site', unit: 'copies', kind: 'count', source: '[S3]' },
    ifThen(optionInput('dag'), input('dag_copies'), 1),
  ),
  optionFigure(
    'serverFailuresTolerated',
    { label: 'Mailbox server failures survived', unit: 'servers', kind: 'count', source: '[S3]' },
    ifThen(optionInput('dag'), input('mailbox_server_failures'), 0),
  ),
  // A site-resilient DAG is defined by its DR copies: it keeps at least one even where dr_copies is 0 [S72].
  optionFigure(
    'drNonLaggedDatabaseCopies',
    { label: 'Non-lagged database copies in the DR site', unit: 'copies', kind: 'count', source: '[S25] [S72]' },
    ifThen(
      optionInput('lagged_dr_copies'),
      input('dr_copies'),
      ifThen(siteResilientDag, max(1, input('dr_copies')), 0),
    ),
  ),
  optionFigure(
    'drDatabaseCopies',
    { label: 'Database copies in the DR site', unit: 'copies', kind: 'count', source: '[S25] [L:S47] [S72]' },
    add(ifThen(optionInput('lagged_dr_copies'), input('lagged_copies'), 0), ref('drNonLaggedDatabaseCopies')),
  ),
  // Active/passive: the DR site runs the share dr_capacity_pct asks; active/active: each site carries both sites' users [S71].
  optionFigure(
    'drSiteCapacityPct',
    {
      label: 'Mailboxes of a DAG the DR site runs after a site loss',
      unit: '%',
      source: 'scenario dr_capacity_pct, user_distribution [S71]',
    },
    ifThen(activeActive, 100, input('dr_capacity_pct')),
  ),
  optionFigure(
    'fixedMemberServers',
    { label: 'Mailbox servers per DAG, fixed (0 = automatic)', unit: 'servers', kind: 'count' },
    ifThen(optionInput('dag'), input('dag_member_servers'), 0),
  ),
  optionFigure(
    'activeMegacycleCopyFactor',
    { label: 'Active megacycles factor for the extra copies', unit: 'x', source: '[S2] (assumption)' },
    add(1, mul(constant('active_megacycles_increase_per_extra_copy'), sub(ref('databaseCopiesTotal'), 1))),
  ),
  // A VM within one NUMA node if such a VM serves a mailbox even with the most passive copies a server can hold
  // (C - 1 per active mailbox); only otherwise may a mailbox VM span nodes [L:S78].
  optionFigure(
    'mailboxVmFitsNumaNode',
    { label: 'A mailbox VM within one NUMA node serves a mailbox', unit: 'yes/no', kind: 'flag', source: '[L:S78]' },
    and(
      ge(
        roundDown(
          div(
            mul(ref('numaNodeVcpu'), ref('usableMegacyclesPerVcpu')),
            add(
              mul(ref('averageMegacyclesPerActiveMailbox'), ref('activeMegacycleCopyFactor')),
              mul(ref('averageMegacyclesPerPassiveMailbox'), sub(C, 1)),
            ),
          ),
        ),
        1,
      ),
      ge(
        roundDown(
          div(mul(ref('numaNodeDatabaseCacheGB'), constant('mb_per_gb')), ref('averageDatabaseCachePerMailboxMB')),
        ),
        1,
      ),
    ),
  ),
  // A member count the user fixes sizes its VMs for that count, within the host: a NUMA-spanning VM is then warned of.
  optionFigure(
    'mailboxVmSizedToNumaNode',
    { label: 'Mailbox VMs sized within one NUMA node', unit: 'yes/no', kind: 'flag', source: '[L:S78]' },
    and(ref('mailboxVmFitsNumaNode'), eq(ref('fixedMemberServers'), 0)),
  ),
  optionFigure(
    'mailboxVmVcpuLimit',
    { label: 'Largest mailbox VM', unit: 'vCPU', kind: 'count', source: '[L:S23] [L:S78]' },
    ifThen(ref('mailboxVmSizedToNumaNode'), ref('numaNodeVcpu'), ref('maxVcpuPerVm')),
  ),
  optionFigure(
    'mailboxVmCacheLimitGB',
    { label: 'Database cache of the largest mailbox VM', unit: 'GB', source: '[S14] [S15] [L:S78]' },
    ifThen(ref('mailboxVmSizedToNumaNode'), ref('numaNodeDatabaseCacheGB'), ref('maxDatabaseCacheGB')),
  ),
  optionFigure(
    'maxActiveMailboxesByRam',
    { label: 'Active mailboxes the largest database cache holds', unit: 'mailboxes', kind: 'count', source: '[S14]' },
    roundDown(div(mul(ref('mailboxVmCacheLimitGB'), constant('mb_per_gb')), ref('averageDatabaseCachePerMailboxMB'))),
  ),
  // Exchange 2010 Enterprise mounts at most 100 databases per server, passive copies included [S6], and a VM has at
  // most 60 virtual disks, the LUNs of each copy and its system disk (VMware Configuration Maximums).
  optionFigure(
    'maxDatabaseCopiesPerServer',
    {
      label: 'Database copies one mailbox server may hold',
      unit: 'copies',
      kind: 'count',
      source: '[S6] VMware Configuration Maximums',
    },
    min(
      constant('databases_per_server_enterprise'),
      roundDown(div(sub(ref('maxVirtualDisksPerVm'), 1), ref('lunsPerDatabaseCopy'))),
    ),
  ),
  candidate('candidateServers', { label: 'Servers per DAG', unit: 'servers', kind: 'count' }, S),
  candidate(
    'candidateMegacyclesPerActiveMailbox',
    { label: 'Megacycles per worst-case active mailbox, passive share included', unit: 'megacycles', source: '[S2]' },
    ifThen(
      gt(S, F),
      add(
        mul(ref('averageMegacyclesPerActiveMailbox'), ref('activeMegacycleCopyFactor')),
        mul(ref('averageMegacyclesPerPassiveMailbox'), sub(div(mul(C, sub(S, F)), S), 1)),
      ),
      0,
    ),
  ),
  candidate(
    'candidateActiveMailboxesByCpu',
    {
      label: 'Worst-case active mailboxes within the largest VM, passive share averaged',
      unit: 'mailboxes',
      kind: 'count',
      source: '[S2] [S12]',
    },
    ifThen(
      gt(ref('candidateMegacyclesPerActiveMailbox'), 0),
      roundDown(div(LARGEST_VM_MEGACYCLES, ref('candidateMegacyclesPerActiveMailbox'))),
      0,
    ),
  ),
  // The server load counts whole mailboxes: a server's copies (C x (S - F) / S per worst-case active mailbox) round up,
  // which may add a passive mailbox's megacycles the average leaves out; one active mailbox fewer always makes room.
  candidate(
    'candidateMegacyclesAtCapacity',
    { label: 'Megacycles per server at that load, in whole mailboxes', unit: 'megacycles', source: '[S2] [S12]' },
    worstCaseMegacycles(ref('candidateActiveMailboxesByCpu')),
  ),
  candidate(
    'candidateActiveMailboxCapacity',
    { label: 'Worst-case active mailboxes one VM can serve', unit: 'mailboxes', kind: 'count' },
    ifThen(
      gt(ref('candidateMegacyclesPerActiveMailbox'), 0),
      min(
        ifThen(
          le(ref('candidateMegacyclesAtCapacity'), LARGEST_VM_MEGACYCLES),
          ref('candidateActiveMailboxesByCpu'),
          sub(ref('candidateActiveMailboxesByCpu'), 1),
        ),
        ref('maxActiveMailboxesByRam'),
      ),
      0,
    ),
  ),
  candidate(
    'candidateDagsByAverage',
    { label: 'DAGs needed at the average share of mailboxes', unit: 'DAGs', kind: 'count' },
    ifThen(
      ge(ref('candidateActiveMailboxCapacity'), 1),
      max(
        roundUp(div(ref('totalMailboxes'), mul(ref('candidateActiveMailboxCapacity'), sub(S, F)))),
        // Enough groups that no server holds more database copies than it may (see maxDatabaseCopiesPerServer).
        roundUp(
          div(
            ref('totalMailboxes'),
            mul(S, roundDown(div(ref('maxDatabaseCopiesPerServer'), C)), ref('mailboxesPerDatabaseMax')),
          ),
        ),
      ),
      0,
    ),
  ),
  // A survivor mounts whole databases, which may exceed the average share by up to a database: where it does at that
  // count, one DAG more (a smaller share per server) [S13].
  candidate(
    'candidateDags',
    { label: 'DAGs needed, whole databases after failures', unit: 'DAGs', kind: 'count', source: '[S13]' },
    ifThen(
      and(gt(S, F), ge(ref('candidateDagsByAverage'), 1)),
      ifThen(
        wholeDatabasesFit(ref('candidateDagsByAverage')),
        ref('candidateDagsByAverage'),
        add(ref('candidateDagsByAverage'), 1),
      ),
      0,
    ),
  ),
  // The DR members a DAG of S primary members takes: one per DR copy, the servers its DR copies fill, and at most
  // S - F to run its mailboxes after a site loss (a DR VM serves about the worst-case active mailboxes of a primary one;
  // DR copies left passive may need more, which checkDagMembers then flags), S more where the DR site runs its own
  // users (active/active): a DAG of both sites stays within the member limit [S37].
  candidate(
    'candidateDrServers',
    { label: 'DR-site members of the DAG, at most', unit: 'servers', kind: 'count', source: 'brief 5.2.1 [S37]' },
    ifThen(
      gt(ref('drDatabaseCopies'), 0),
      max(
        ref('drDatabaseCopies'),
        roundUp(div(mul(ref('drDatabaseCopies'), S), C)),
        roundUp(mul(sub(S, F), div(ref('drSiteCapacityPct'), 100))),
        // Active/active: the DR site runs its own users like the primary, S members a DAG [S71].
        ifThen(activeActive, S, 0),
      ),
      0,
    ),
  ),
  candidate(
    'candidateDatabaseCopiesPerServer',
    { label: 'Database copies per server', unit: 'copies', kind: 'count', source: '[S6]' },
    ifThen(
      ge(ref('candidateDags'), 1),
      mul(
        roundUp(
          div(
            roundUp(div(roundUp(div(ref('totalMailboxes'), ref('candidateDags'))), ref('mailboxesPerDatabaseMax'))),
            S,
          ),
        ),
        C,
      ),
      0,
    ),
  ),
  // The worst case of the DAG count chosen, in whole databases: a candidate still short ranks below every one that
  // is not (if none is, the VM is sized for its whole databases all the same and the design checks say if it fits).
  candidate(
    'candidateWorstCaseActiveMailboxes',
    {
      label: 'Worst-case active mailboxes per server, whole databases',
      unit: 'mailboxes',
      kind: 'count',
      source: '[S3] [S13]',
    },
    ifThen(and(gt(S, F), ge(ref('candidateDags'), 1)), wholeDatabaseWorstCase(ref('candidateDags')), 0),
  ),
  candidate(
    'candidateWholeDatabasesFit',
    {
      label: 'The largest VM serves the worst-case active databases',
      unit: 'yes/no',
      kind: 'flag',
      source: '[S2] [S13] [S14]',
    },
    // IF, not AND: a spreadsheet evaluates every argument of AND, and S - F may be 0 here.
    ifThen(and(gt(S, F), ge(ref('candidateDags'), 1)), wholeDatabasesFit(ref('candidateDags')), gt(0, 1)),
  ),
  // The VM a candidate sizes, as the option sizes its own (mailbox-cpu.ts, mailbox-memory.ts), and the hosts its
  // mailbox VMs take in both sites: a host holds one member of each DAG at most (anti-affinity) [L:4.1]. The other
  // roles and HA spares come on top alike for every candidate, so the count ranks the candidates by host cost.
  candidate(
    'candidateMailboxCopiesPerServer',
    { label: 'Mailbox copies held per server', unit: 'mailboxes', kind: 'count', source: '[S3]' },
    ifThen(ge(ref('candidateDags'), 1), copiesPerServerAt(ref('candidateDags')), 0),
  ),
  candidate(
    'candidateVcpu',
    { label: 'vCPU per mailbox VM', unit: 'vCPU', kind: 'count', source: '[S12] [S13]' },
    mailboxVcpuFor(
      megacyclesOf(
        ref('candidateWorstCaseActiveMailboxes'),
        passiveOf(ref('candidateMailboxCopiesPerServer'), ref('candidateWorstCaseActiveMailboxes')),
      ),
    ),
  ),
  candidate(
    'candidateRamGB',
    { label: 'RAM per mailbox VM', unit: 'GB', source: '[S14] [S15]' },
    mailboxRamForLoad(ref('candidateWorstCaseActiveMailboxes'), ref('candidateDatabaseCopiesPerServer')),
  ),
  candidate(
    'candidateVmsPerHost',
    { label: 'Mailbox VMs a host holds, one per DAG', unit: 'VMs', kind: 'count', source: '[L:4.1]' },
    max(
      1,
      min(
        roundDown(div(ref('hostVcpu'), ref('candidateVcpu'))),
        roundDown(div(ref('hostRamForVmsGB'), ref('candidateRamGB'))),
        ref('candidateDags'),
      ),
    ),
  ),
  candidate(
    'candidatePrimaryHosts',
    { label: 'Hosts the primary site takes, estimated', unit: 'hosts', kind: 'count', source: 'method step 7 [L:4.1]' },
    siteHostsFor(S, 'primary'),
  ),
  candidate(
    'candidateDrHosts',
    { label: 'Hosts the DR members take, estimated', unit: 'hosts', kind: 'count', source: 'method step 7 [L:4.1]' },
    ifThen(gt(ref('candidateDrServers'), 0), siteHostsFor(ref('candidateDrServers'), 'dr'), 0),
  ),
  // Which candidates compete: buildable ones whose survivors serve their whole databases, if any do (else the
  // buildable ones: the VM is then sized for its whole databases all the same and the design checks say it is short).
  candidate(
    'candidateEligibility',
    { label: 'Eligibility (0 fits, 1 short of whole databases, more: cannot be built)', unit: '' },
    ifThen(
      and(
        ge(S, C),
        gt(S, F),
        ge(ref('candidateDags'), 1),
        le(add(S, ref('candidateDrServers')), constant('members_per_dag_max')),
        le(ref('candidateDatabaseCopiesPerServer'), ref('maxDatabaseCopiesPerServer')),
      ),
      ifThen(ref('candidateWholeDatabasesFit'), 0, 1),
      UNBUILDABLE,
    ),
  ),
  optionFigure('bestCandidateEligibility', { label: 'Best eligibility', unit: '' }, minOf('candidateEligibility')),
  candidate(
    'candidateMailboxServers',
    { label: 'Mailbox servers, both sites', unit: 'servers', kind: 'count' },
    mul(ref('candidateDags'), add(S, ref('candidateDrServers'))),
  ),
  // What the candidates differ by: the price of their hosts and of their mailbox servers' Exchange licences. Running
  // costs and support follow the hosts and licences; vSphere and Windows licences, whose editions follow the design
  // chosen, are left out (an assumption: they grow with the hosts). No TCO horizon: it changes no sizing.
  candidate(
    'candidateCost',
    { label: 'Hosts and mailbox server licences, price', unit: 'currency', kind: 'money', source: 'method step 8' },
    ifThen(
      and(
        eq(ref('candidateEligibility'), ref('bestCandidateEligibility')),
        gt(UNBUILDABLE, ref('candidateEligibility')),
      ),
      add(
        mul(add(ref('candidatePrimaryHosts'), ref('candidateDrHosts')), input('host_price')),
        mul(ref('candidateMailboxServers'), exchangeServerPrice(ref('candidateDatabaseCopiesPerServer'))),
      ),
      NOT_A_CANDIDATE,
    ),
  ),
  optionFigure(
    'bestCandidateCost',
    { label: 'Lowest candidate price', unit: 'currency', kind: 'money' },
    minOf('candidateCost'),
  ),
  // Among the cheapest: the fewest mailbox servers, then the largest S (the fewest DAGs).
  candidate(
    'candidateRank',
    { label: 'Rank (lowest wins)', unit: '' },
    ifThen(
      and(eq(ref('candidateCost'), ref('bestCandidateCost')), gt(NOT_A_CANDIDATE, ref('candidateCost'))),
      sub(mul(ref('candidateMailboxServers'), add(constant('members_per_dag_max'), 1)), S),
      UNBUILDABLE,
    ),
  ),
  optionFigure('bestCandidateRank', { label: 'Best candidate rank', unit: '' }, minOf('candidateRank')),
  optionFigure(
    'layoutBuildable',
    { label: 'A mailbox VM fits the platform', unit: 'yes/no', kind: 'flag' },
    ifThen(
      gt(ref('fixedMemberServers'), 0),
      ge(pick('candidateDags', 'candidateServers', ref('fixedMemberServers')), 1),
      gt(UNBUILDABLE, ref('bestCandidateRank')),
    ),
  ),
  optionFigure(
    'memberServers',
    { label: 'Mailbox servers per DAG', unit: 'servers', kind: 'count', source: '[S3]' },
    ifThen(
      gt(ref('fixedMemberServers'), 0),
      ref('fixedMemberServers'),
      ifThen(ref('layoutBuildable'), pick('candidateServers', 'candidateRank', ref('bestCandidateRank')), C),
    ),
  ),
  optionFigure(
    'dags',
    { label: 'DAGs (groups of mailbox servers)', unit: 'DAGs', kind: 'count' },
    max(1, pick('candidateDags', 'candidateServers', ref('memberServers'))),
  ),
  optionFigure(
    'mailboxServers',
    { label: 'Mailbox servers', unit: 'servers', kind: 'count' },
    mul(ref('dags'), ref('memberServers')),
  ),
  optionFigure(
    'mailboxesPerDag',
    { label: 'Mailboxes per DAG', unit: 'mailboxes', kind: 'count' },
    roundUp(div(ref('totalMailboxes'), ref('dags'))),
  ),
];
