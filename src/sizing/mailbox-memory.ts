import { constant, div, type Expr, le, lookup, max, min, mul, text } from '../expr/expression.js';
import { type Figure, optionFigure } from '../expr/figure.js';
import { ref } from '../model/figure-ref.js';

const RAM_TABLE = 'server-ram-database-cache';

/** Database cache the worst-case `activeMailboxes` need [S14] [S31]. */
export const databaseCacheFor = (activeMailboxes: Expr): Expr =>
  div(mul(activeMailboxes, ref('averageDatabaseCachePerMailboxMB')), constant('mb_per_gb'));
/** The RAM row whose cache covers `cacheGB` [S14] [S15]. */
const ramForCache = (cacheGB: Expr): Expr =>
  lookup(RAM_TABLE, 'database_cache_mailbox_only_gb', 'server_ram_gb', cacheGB, 'ceiling');
/** The minimum memory for `copies` database copies held [S15]; beyond the Enterprise limit the table stops too. */
const minimumMemoryFor = (copies: Expr): Expr =>
  lookup(
    'minimum-memory-by-database-copies',
    'max_database_copies',
    'minimum_memory_gb',
    min(copies, constant('databases_per_server_enterprise')),
    'ceiling',
  );
/** RAM of a mailbox VM: its cache row, the minimum for its copies and the role's minimum (the DAG candidates too). */
export const mailboxRamFor = (ramForCacheGB: Expr, minimumMemoryGB: Expr): Expr =>
  max(ramForCacheGB, minimumMemoryGB, lookup('role-ratios', 'role', 'minimum_ram_gb', text('mailbox'), 'exact'));
/** RAM of a mailbox VM serving `activeMailboxes` at worst and holding `copies` database copies. */
export const mailboxRamForLoad = (activeMailboxes: Expr, copies: Expr): Expr =>
  mailboxRamFor(ramForCache(databaseCacheFor(activeMailboxes)), minimumMemoryFor(copies));

/** Method step 4: database cache for the worst-case active mailboxes, and the RAM row that holds it. */
export const mailboxMemoryFigures: readonly Figure[] = [
  optionFigure(
    'databaseCacheRequiredGB',
    { label: 'Database cache required, worst failure mode', unit: 'GB', source: '[S14] [S31]' },
    databaseCacheFor(ref('activeMailboxesWorstCase')),
  ),
  optionFigure(
    'ramForCacheGB',
    { label: 'RAM whose database cache covers it', unit: 'GB', source: '[S14] [S15]' },
    ramForCache(ref('databaseCacheRequiredGB')),
  ),
  optionFigure(
    'minimumMemoryForCopiesGB',
    { label: 'Minimum memory for the database copies held', unit: 'GB', source: '[S15]' },
    // Beyond the Enterprise limit of copies per server the design is flagged.
    minimumMemoryFor(ref('databaseCopiesPerServer')),
  ),
  optionFigure(
    'ramGB',
    { label: 'RAM per mailbox VM', unit: 'GB', source: '[S4] [S14] [S15]' },
    mailboxRamFor(ref('ramForCacheGB'), ref('minimumMemoryForCopiesGB')),
  ),
  optionFigure(
    'databaseCacheProvidedGB',
    { label: 'Database cache the RAM provides', unit: 'GB', source: '[S14] [S15]' },
    lookup(RAM_TABLE, 'server_ram_gb', 'database_cache_mailbox_only_gb', ref('ramGB'), 'floor'),
  ),
  optionFigure(
    'mailboxRamFits',
    { label: 'Mailbox VM RAM fits a host', unit: 'yes/no', kind: 'flag' },
    le(ref('ramGB'), ref('hostRamForVmsGB')),
  ),
];
