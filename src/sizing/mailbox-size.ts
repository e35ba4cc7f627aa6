import { add, constant, div, ifThen, mul, tierInput } from '../expr/expression.js';
import { type Figure, tierFigure } from '../expr/figure.js';
import { ref } from '../model/figure-ref.js';
import { tierShareOf } from './shares.js';

const quota = tierInput('mailbox_quota_mb');

/** Method step 3: one mailbox on disk, as the TechNet design example computes it [S3]. */
export const mailboxSizeFigures: readonly Figure[] = [
  tierFigure(
    'whitespaceMB',
    { label: 'Whitespace per mailbox', unit: 'MB', source: '[S3]' },
    div(mul(tierInput('messages_per_day'), tierInput('average_message_kb')), constant('kb_per_mb')),
  ),
  tierFigure(
    'dumpsterMB',
    { label: 'Dumpster per mailbox', unit: 'MB', source: '[S3]' },
    add(
      mul(ref('whitespaceMB'), tierInput('deleted_item_retention_days')),
      ifThen(tierInput('single_item_recovery'), mul(quota, constant('single_item_recovery_share')), 0),
      mul(quota, tierShareOf('calendar_version_pct')),
    ),
  ),
  tierFigure(
    'mailboxSizeOnDiskMB',
    { label: 'Mailbox size on disk', unit: 'MB', source: '[S3]' },
    add(quota, ref('whitespaceMB'), ref('dumpsterMB')),
  ),
  tierFigure(
    'mailboxSizeOnDiskGB',
    { label: 'Mailbox size on disk', unit: 'GB', source: '[S3]' },
    div(ref('mailboxSizeOnDiskMB'), constant('mb_per_gb')),
  ),
];
