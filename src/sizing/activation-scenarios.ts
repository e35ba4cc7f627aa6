import { and, div, type Expr, gt, ifThen, le, mul, not, num, roundUp, sub } from '../expr/expression.js';
import { type Figure, optionFigure } from '../expr/figure.js';
import { ref } from '../model/figure-ref.js';
import { databaseCacheFor } from './mailbox-memory.js';
import { megacyclesOf, passiveOf, wholeDatabaseActive } from './mailbox-server-load.js';
import { shareOf } from './shares.js';

/** The activation scenarios of the calculator's Role Requirements sheet [S13]: its figure ids start with these. */
export const ACTIVATION_SCENARIOS = ['normal', 'singleFailure', 'worstFailure', 'siteFailure'] as const;
export type ActivationScenario = (typeof ACTIVATION_SCENARIOS)[number];

const S = ref('memberServers');
const C = ref('databaseCopiesInSite');
const M = ref('mailboxesPerDag');
const D = ref('drMailboxServersPerDag');
/** A DAG with copies in the DR site activates them there; SRM and replication recover the same servers one to one. */
const drMembers = gt(D, 0);

// Single server failure: one member of a DAG down (a database with C >= 2 copies fails over); a standalone server's
// mailboxes wait for its restart, so the others carry what they carry in normal operation. Databases fail over
// whole: a survivor mounts ROUNDUP(databases / survivors) of them [S13].
const singleDown = ifThen(gt(C, 1), 1, 0);
// In active/active a member's failure moves the databases of its own site's users only (site-copies.ts) [S71].
const singleActive = wholeDatabaseActive(ref('primarySiteDatabasesPerDag'), sub(S, ref('singleFailureServersDown')));

// Site failure: the DR members of a DAG run the share of its databases the DR site carries (all of them in
// active/active), whole, ROUNDUP(databases x share / D) per DR member [S13]; the copies a DR member holds are its
// DAG's DR copies, plus, in active/active, the in-site copies of the DR site's own users (C copies each of the users
// active there) [S71] [S72].
const siteActive = ifThen(
  not(ref('siteLossProtected')),
  0,
  ifThen(
    drMembers,
    wholeDatabaseActive(roundUp(mul(ref('databasesPerDag'), div(ref('drSiteCapacityPct'), 100))), D),
    ref('activeMailboxesNormal'),
  ),
);
const siteHeld = ifThen(
  drMembers,
  roundUp(div(mul(M, ref('drCopiesPerMailboxAfterSiteLoss')), D)),
  ref('mailboxCopiesPerServer'),
);
const siteServersDown = ifThen(ref('siteLossProtected'), S, 0);

interface ScenarioTerms {
  readonly label: string;
  readonly serversDown: Expr;
  readonly active: Expr;
  readonly passive: Expr;
  readonly megacycles: Expr;
  readonly cpu: Expr;
  readonly cacheGB: Expr;
}

const cpuOf = (megacycles: Expr) => div(megacycles, mul(ref('vcpu'), ref('megacyclesPerVcpu')));
const cacheOf = databaseCacheFor;

/** Per scenario: the figures already sized (normal, worst) by reference, the others by the same rules. */
const TERMS: Record<ActivationScenario, ScenarioTerms> = {
  normal: {
    label: 'normal operation',
    serversDown: num(0),
    active: ref('activeMailboxesNormal'),
    passive: ref('passiveMailboxesNormal'),
    megacycles: ref('megacyclesNormal'),
    cpu: ref('cpuUtilizationNormal'),
    cacheGB: cacheOf(ref('activeMailboxesNormal')),
  },
  singleFailure: {
    label: 'single server failure',
    serversDown: singleDown,
    active: singleActive,
    passive: passiveOf(ref('mailboxCopiesPerServer'), ref('singleFailureActiveMailboxes')),
    megacycles: megacyclesOf(ref('singleFailureActiveMailboxes'), ref('singleFailurePassiveMailboxes')),
    cpu: cpuOf(ref('singleFailureMegacycles')),
    cacheGB: cacheOf(ref('singleFailureActiveMailboxes')),
  },
  worstFailure: {
    label: 'worst tolerated failure',
    serversDown: ref('serverFailuresTolerated'),
    active: ref('activeMailboxesWorstCase'),
    passive: ref('passiveMailboxesWorstCase'),
    megacycles: ref('megacyclesWorstCase'),
    cpu: ref('cpuUtilizationWorstCase'),
    cacheGB: ref('databaseCacheRequiredGB'),
  },
  siteFailure: {
    label: 'site failure (DR site)',
    serversDown: siteServersDown,
    active: siteActive,
    passive: ifThen(ref('siteLossProtected'), passiveOf(siteHeld, ref('siteFailureActiveMailboxes')), 0),
    megacycles: megacyclesOf(ref('siteFailureActiveMailboxes'), ref('siteFailurePassiveMailboxes')),
    cpu: cpuOf(ref('siteFailureMegacycles')),
    cacheGB: cacheOf(ref('siteFailureActiveMailboxes')),
  },
};

function scenarioFigures(scenario: ActivationScenario): Figure[] {
  const t = TERMS[scenario];
  const id = <What extends string>(what: What) => `${scenario}${what}` as const;
  const label = (what: string) => `${t.label[0]!.toUpperCase()}${t.label.slice(1)}: ${what}`;
  return [
    optionFigure(
      id('ServersDown'),
      { label: label('mailbox servers of a DAG down'), unit: 'servers', kind: 'count', source: '[S3] [S13]' },
      t.serversDown,
    ),
    optionFigure(
      id('ActiveMailboxes'),
      { label: label('active mailboxes per server'), unit: 'mailboxes', kind: 'count', source: '[S3] [S12]' },
      t.active,
    ),
    optionFigure(
      id('PassiveMailboxes'),
      { label: label('passive mailboxes per server'), unit: 'mailboxes', kind: 'count', source: '[S3] [S12]' },
      t.passive,
    ),
    optionFigure(
      id('Megacycles'),
      { label: label('megacycles per server'), unit: 'megacycles', source: '[S2] [S12]' },
      t.megacycles,
    ),
    optionFigure(
      id('CpuUtilization'),
      { label: label('CPU utilization per server'), unit: 'share', kind: 'share', source: '[S12]' },
      t.cpu,
    ),
    optionFigure(
      id('DatabaseCacheGB'),
      { label: label('database cache needed per server'), unit: 'GB', source: '[S14] [S31]' },
      t.cacheGB,
    ),
    // Where the sizing binds: the scenario within the CPU target and the cache the RAM provides.
    optionFigure(
      id('WithinTarget'),
      {
        label: label('within the CPU target and the database cache'),
        unit: 'yes/no',
        kind: 'flag',
        source: '[S14] [S34]',
      },
      and(
        le(ref(id('CpuUtilization')), shareOf('max_cpu_utilization_pct')),
        le(ref(id('DatabaseCacheGB')), ref('databaseCacheProvidedGB')),
      ),
    ),
  ];
}

/**
 * Role requirements per activation scenario, as the calculator's Role Requirements sheet lays them out [S13]: for a
 * mailbox server in normal operation, after one server failure, after the worst failure the DAG survives (F servers),
 * and on the DR site after a site failure (0 where the option has no DR site), so the reader sees which one binds.
 */
export const activationScenarioFigures: readonly Figure[] = [...ACTIVATION_SCENARIOS.flatMap(scenarioFigures)];
