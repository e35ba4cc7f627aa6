import { constant, div, mul, tierInput } from '../expr/expression.js';
import { type Figure, scenarioFigure, tierFigure } from '../expr/figure.js';
import type { FigureId } from '../model/figure-ids.js';
import { ref, sumOf } from '../model/figure-ref.js';

const perTier = (id: string, label: string, unit: string, perMailbox: FigureId, source: string) =>
  tierFigure(id, { label, unit, source }, mul(tierInput('mailboxes'), ref(perMailbox)));

const average = (id: string, label: string, unit: string, tierTotal: FigureId) =>
  scenarioFigure(
    id,
    { label, unit, source: 'weighted by mailboxes per tier' },
    div(sumOf(tierTotal), ref('totalMailboxes')),
  );

/**
 * Tiers spread evenly over the mailbox servers, so each server's load is its share of the
 * mailboxes times the mailbox-weighted average of every per-mailbox figure.
 */
export const tierDemandFigures: readonly Figure[] = [
  tierFigure('tierMailboxes', { label: 'Mailboxes', unit: 'mailboxes', kind: 'count' }, tierInput('mailboxes')),
  perTier('tierMailboxDataMB', 'Mailbox data', 'MB', 'mailboxSizeOnDiskMB', '[S3]'),
  perTier(
    'tierActiveMegacycles',
    'Megacycles, all mailboxes active',
    'megacycles',
    'megacyclesPerActiveMailbox',
    '[S2]',
  ),
  perTier(
    'tierPassiveMegacycles',
    'Megacycles, all mailboxes passive',
    'megacycles',
    'megacyclesPerPassiveMailbox',
    '[S2]',
  ),
  perTier('tierDatabaseCacheMB', 'Database cache, all mailboxes active', 'MB', 'databaseCachePerMailboxMB', '[S14]'),
  perTier('tierIopsSingleCopy', 'IOPS, one copy', 'IOPS', 'iopsPerMailboxSingleCopy', '[S19]'),
  perTier('tierIopsMultipleCopies', 'IOPS, two or more copies', 'IOPS', 'iopsPerMailboxMultipleCopies', '[S1]'),
  tierFigure(
    'tierLogsPerDayMB',
    { label: 'Transaction logs per day', unit: 'MB', source: '[S9] [S14]' },
    mul(tierInput('mailboxes'), ref('logsPerMailboxPerDay'), constant('log_file_mb')),
  ),
  scenarioFigure('totalMailboxes', { label: 'Mailboxes', unit: 'mailboxes', kind: 'count' }, sumOf('tierMailboxes')),
  average('averageMailboxSizeOnDiskMB', 'Mailbox size on disk, average', 'MB', 'tierMailboxDataMB'),
  average(
    'averageMegacyclesPerActiveMailbox',
    'Megacycles per active mailbox, average',
    'megacycles',
    'tierActiveMegacycles',
  ),
  average(
    'averageMegacyclesPerPassiveMailbox',
    'Megacycles per passive mailbox, average',
    'megacycles',
    'tierPassiveMegacycles',
  ),
  average(
    'averageDatabaseCachePerMailboxMB',
    'Database cache per active mailbox, average',
    'MB',
    'tierDatabaseCacheMB',
  ),
  average('averageIopsPerMailboxSingleCopy', 'IOPS per mailbox, one copy, average', 'IOPS', 'tierIopsSingleCopy'),
  average(
    'averageIopsPerMailboxMultipleCopies',
    'IOPS per mailbox, two or more copies, average',
    'IOPS',
    'tierIopsMultipleCopies',
  ),
  average('averageLogsPerMailboxPerDayMB', 'Transaction logs per mailbox per day, average', 'MB', 'tierLogsPerDayMB'),
];
