import { lookup, mul, tierInput } from '../expr/expression.js';
import { type Figure, tierFigure } from '../expr/figure.js';
import { ref } from '../model/figure-ref.js';

const PROFILES = 'mailbox-profiles';
const byMessages = (column: string) =>
  lookup(PROFILES, 'messages_per_day', column, tierInput('messages_per_day'), 'interpolate');

/** Method step 2: the per-mailbox profile of a tier, interpolated between the 50-message rows. */
export const profileFigures: readonly Figure[] = [
  tierFigure(
    'databaseCachePerMailboxMB',
    { label: 'Database cache per active mailbox', unit: 'MB', source: '[S14]' },
    byMessages('database_cache_per_mailbox_mb'),
  ),
  tierFigure(
    'iopsPerMailboxSingleCopy',
    { label: 'IOPS per mailbox, one copy', unit: 'IOPS', source: '[S19] [S24]' },
    mul(byMessages('iops_per_mailbox_single_copy'), tierInput('iops_factor')),
  ),
  tierFigure(
    'iopsPerMailboxMultipleCopies',
    { label: 'IOPS per mailbox, two or more copies', unit: 'IOPS', source: '[S1] [S24]' },
    mul(byMessages('iops_per_mailbox_multiple_copies'), tierInput('iops_factor')),
  ),
  tierFigure(
    'megacyclesPerActiveMailbox',
    { label: 'Megacycles per active mailbox', unit: 'megacycles', source: '[S2] [S24]' },
    mul(byMessages('megacycles_per_active_mailbox'), tierInput('megacycles_factor')),
  ),
  tierFigure(
    'megacyclesPerPassiveMailbox',
    { label: 'Megacycles per passive mailbox', unit: 'megacycles', source: '[S2] [S24]' },
    mul(byMessages('megacycles_per_passive_mailbox'), tierInput('megacycles_factor')),
  ),
  tierFigure(
    'logGenerationFactor',
    { label: 'Log generation factor for the message size', unit: 'x', source: '[S14]' },
    lookup(
      'message-size-factors',
      'average_message_kb',
      'log_generation_factor',
      tierInput('average_message_kb'),
      'interpolate',
    ),
  ),
  tierFigure(
    'logsPerMailboxPerDay',
    { label: 'Transaction logs per mailbox per day', unit: 'logs', source: '[S14]' },
    mul(byMessages('logs_per_mailbox_per_day'), ref('logGenerationFactor')),
  ),
];
