import { constant, div, le, lookup, max, min, mul, text } from '../expr/expression.js';
import { type Figure, optionFigure } from '../expr/figure.js';
import { ref } from '../model/figure-ref.js';

const RAM_TABLE = 'server-ram-database-cache';

/** Method step 4: database cache for the worst-case active mailboxes, and the RAM row that holds it. */
export const mailboxMemoryFigures: readonly Figure[] = [
  optionFigure(
    'databaseCacheRequiredGB',
    { label: 'Database cache required, worst failure mode', unit: 'GB', source: '[S14] [S31]' },
    div(mul(ref('activeMailboxesWorstCase'), ref('averageDatabaseCachePerMailboxMB')), constant('mb_per_gb')),
  ),
  optionFigure(
    'ramForCacheGB',
    { label: 'RAM whose database cache covers it', unit: 'GB', source: '[S14] [S15]' },
    lookup(RAM_TABLE, 'database_cache_mailbox_only_gb', 'server_ram_gb', ref('databaseCacheRequiredGB'), 'ceiling'),
  ),
  optionFigure(
    'minimumMemoryForCopiesGB',
    { label: 'Minimum memory for the database copies held', unit: 'GB', source: '[S15]' },
    // Beyond the Enterprise limit of copies per server the design is flagged; the table stops there too.
    lookup(
      'minimum-memory-by-database-copies',
      'max_database_copies',
      'minimum_memory_gb',
      min(ref('databaseCopiesPerServer'), constant('databases_per_server_enterprise')),
      'ceiling',
    ),
  ),
  optionFigure(
    'ramGB',
    { label: 'RAM per mailbox VM', unit: 'GB', source: '[S4] [S14] [S15]' },
    max(
      ref('ramForCacheGB'),
      ref('minimumMemoryForCopiesGB'),
      lookup('role-ratios', 'role', 'minimum_ram_gb', text('mailbox'), 'exact'),
    ),
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
