import { add, constant, div, type Expr, input, mul, roundUp, sub } from '../expr/expression.js';
import { type Figure, optionFigure } from '../expr/figure.js';
import { ref } from '../model/figure-ref.js';
import { shareOf } from './shares.js';
import { primarySiteCopiesPerServer } from './site-copies.js';

const gb = (id: string, label: string, expr: Expr, source = '[S3]') =>
  optionFigure(id, { label, unit: 'GB', source }, expr);
const count = (id: string, label: string, unit: string, expr: Expr, source = '[S3]') =>
  optionFigure(id, { label, unit, kind: 'count', source }, expr);
const freeSpaceDivisor = sub(1, shareOf('lun_free_space_pct'));
const overheadFactor = add(1, shareOf('database_overhead_pct'));

/** Method step 3: databases, their size, content index, and the database and log LUNs of each copy. */
export const databaseCapacityFigures: readonly Figure[] = [
  gb(
    'mailboxDataPerDagGB',
    'Database data per DAG with overhead',
    div(mul(ref('mailboxesPerDag'), ref('averageMailboxSizeOnDiskMB'), overheadFactor), constant('mb_per_gb')),
    '[S14]',
  ),
  count(
    'databasesByCapacity',
    'Databases per DAG by the mailboxes a database may hold',
    'databases',
    roundUp(div(ref('mailboxesPerDag'), ref('mailboxesPerDatabaseMax'))),
  ),
  count(
    'databasesPerDag',
    'Databases per DAG, a multiple of its servers',
    'databases',
    mul(roundUp(div(ref('databasesByCapacity'), ref('memberServers'))), ref('memberServers')),
  ),
  count('databases', 'Databases', 'databases', mul(ref('databasesPerDag'), ref('dags'))),
  count(
    'mailboxesPerDatabase',
    'Mailboxes per database',
    'mailboxes',
    roundUp(div(ref('mailboxesPerDag'), ref('databasesPerDag'))),
  ),
  gb(
    'databaseSizeGB',
    'Database size',
    div(mul(ref('mailboxesPerDatabase'), ref('averageMailboxSizeOnDiskMB'), overheadFactor), constant('mb_per_gb')),
    '[S3] [S14]',
  ),
  gb('contentIndexGB', 'Content index per database', mul(ref('databaseSizeGB'), shareOf('content_index_pct'))),
  gb('databaseLunGB', 'Database LUN', div(add(ref('databaseSizeGB'), ref('contentIndexGB')), freeSpaceDivisor)),
  gb(
    'logsPerDatabasePerDayGB',
    'Transaction logs per database per day',
    div(mul(ref('mailboxesPerDatabase'), ref('averageLogsPerMailboxPerDayMB')), constant('mb_per_gb')),
    '[S14]',
  ),
  gb(
    'moveLogsPerDatabaseGB',
    'Logs of mailboxes moved in a week',
    div(
      mul(ref('mailboxesPerDatabase'), shareOf('mailbox_moves_per_week_pct'), ref('averageMailboxSizeOnDiskMB')),
      constant('mb_per_gb'),
    ),
    'method step 3 (assumption)',
  ),
  gb(
    'logLunGB',
    'Log LUN',
    div(
      add(mul(ref('logsPerDatabasePerDayGB'), input('log_truncation_failure_days')), ref('moveLogsPerDatabaseGB')),
      freeSpaceDivisor,
    ),
    '[S3] [S39]',
  ),
  gb(
    'laggedLogLunGB',
    'Log LUN of a lagged copy',
    div(
      add(
        mul(ref('logsPerDatabasePerDayGB'), add(input('log_truncation_failure_days'), input('replay_lag_days'))),
        ref('moveLogsPerDatabaseGB'),
      ),
      freeSpaceDivisor,
    ),
    '[S25] [S39]',
  ),
  count('databaseCopiesPerServer', 'Database copies per server', 'copies', primarySiteCopiesPerServer, '[S6] [S71]'),
  count(
    'activeDatabasesPerServer',
    'Active databases per server, normal operation',
    'databases',
    roundUp(div(ref('primarySiteDatabasesPerDag'), ref('memberServers'))),
    '[S3] [S71]',
  ),
  gb(
    'storagePerMailboxServerGB',
    'Database and log LUNs per mailbox server',
    mul(ref('databaseCopiesPerServer'), add(ref('databaseLunGB'), ref('logLunGB'))),
  ),
  gb(
    'activeCopyStorageGB',
    'Storage of active copies',
    mul(ref('databases'), add(ref('databaseLunGB'), ref('logLunGB'))),
  ),
  gb(
    'passiveCopyStorageGB',
    'Storage of passive copies in the site',
    mul(ref('databases'), sub(ref('databaseCopiesInSite'), 1), add(ref('databaseLunGB'), ref('logLunGB'))),
  ),
];
