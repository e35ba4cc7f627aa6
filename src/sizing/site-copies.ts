import { add, constant, div, type Expr, gt, ifThen, min, mul, roundDown, roundUp, sub } from '../expr/expression.js';
import { type Figure, optionFigure } from '../expr/figure.js';
import { ref } from '../model/figure-ref.js';
import { activeActive } from './site-resilience.js';

const count = (id: string, label: string, unit: string, expr: Expr, source: string) =>
  optionFigure(id, { label, unit, kind: 'count', source }, expr);
const N = ref('databasesPerDag');
const C = ref('databaseCopiesInSite');
const DR = ref('drDatabaseCopies');
const S = ref('memberServers');
const D = ref('drMailboxServersPerDag');
const SOURCE = '[S71] [S72]; the active/active user share is an assumption';

/**
 * The most in-site copies a server of a site of `servers` holds of `databases` databases: the layout goes round the
 * servers in rounds, each putting one copy of each of the C preferences on every server; a last round of r < servers
 * databases puts at most MIN(r, C) on one server (one copy of a database per server).
 */
const inSiteCopiesPerServer = (databases: Expr, servers: Expr): Expr => {
  const rounds = roundDown(div(databases, servers));
  return add(mul(C, rounds), min(sub(databases, mul(rounds, servers)), C));
};

/**
 * The copies each site holds, as the copy layout builds them (src/plan/copy-layout.ts, active-active-layout.ts): the
 * databases of a site's users are active there with their C in-site copies, and their DR copies sit in the other site
 * [S71] [S72]. Active/passive: every database is the primary site's.
 */
export const siteCopyFigures: readonly Figure[] = [
  // Whole databases: the user share (data/constants.csv, an assumption) rounds up to a database.
  count(
    'primarySiteDatabasesPerDag',
    'Databases per DAG whose users are active in the primary site',
    'databases',
    ifThen(activeActive, roundUp(mul(N, constant('active_active_primary_site_user_share'))), N),
    SOURCE,
  ),
  count(
    'drSiteDatabasesPerDag',
    'Databases per DAG whose users are active in the DR site (active/active)',
    'databases',
    sub(N, ref('primarySiteDatabasesPerDag')),
    SOURCE,
  ),
  count(
    'primarySiteCopiesPerDag',
    "Database copies per DAG in the primary site: its users' in-site copies, the DR site users' DR copies",
    'copies',
    add(mul(ref('primarySiteDatabasesPerDag'), C), mul(ref('drSiteDatabasesPerDag'), DR)),
    SOURCE,
  ),
  count(
    'drSiteCopiesPerDag',
    "Database copies per DAG in the DR site: the primary users' DR copies, the DR site users' in-site copies",
    'copies',
    add(mul(ref('primarySiteDatabasesPerDag'), DR), mul(ref('drSiteDatabasesPerDag'), C)),
    SOURCE,
  ),
];

/** What one DR-site mailbox server holds of those copies (the DR members per DAG come from role-vms.ts). */
export const drSiteServerCopyFigures: readonly Figure[] = [
  // The DR site's servers hold what the layout puts there: their in-site copies of the DR site users' databases, and
  // their round-robin share of the primary users' DR copies.
  count(
    'drSiteDatabaseCopiesPerServer',
    'Database copies per DR-site mailbox server',
    'copies',
    ifThen(
      gt(D, 0),
      add(
        inSiteCopiesPerServer(ref('drSiteDatabasesPerDag'), D),
        roundUp(div(mul(ref('primarySiteDatabasesPerDag'), DR), D)),
      ),
      0,
    ),
    SOURCE,
  ),
  count(
    'drSiteMailboxCopiesPerServer',
    'Mailbox copies held per DR-site mailbox server',
    'mailboxes',
    ifThen(gt(D, 0), roundUp(div(mul(ref('mailboxesPerDag'), ref('drSiteCopiesPerDag')), mul(N, D))), 0),
    SOURCE,
  ),
];

/**
 * A primary-site server's database copies: its in-site copies of the primary users' databases, and its round-robin
 * share of the DR site users' DR copies. Active/passive: C x N / S, N a multiple of S.
 */
export const primarySiteCopiesPerServer: Expr = add(
  inSiteCopiesPerServer(ref('primarySiteDatabasesPerDag'), S),
  roundUp(div(mul(ref('drSiteDatabasesPerDag'), DR), S)),
);
