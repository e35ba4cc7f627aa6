import { add, constant, div, eq, ifThen, input, mul, optionInput, text } from '../expr/expression.js';
import { type Figure, optionFigure } from '../expr/figure.js';
import { ref } from '../model/figure-ref.js';
import { linkNeededMbps, mbpsForGBPerHour, mbpsForMBPerSecond } from './log-replication.js';

const replicated = optionInput('in_guest_replication');

/**
 * Third-party in-guest replication (byte-level, e.g. Double-Take, Neverfail: brief 5.3.1) sends every write of the
 * replicated volumes to its target: the transaction logs at the peak hour [S14] (hourly shares: an assumption) and the
 * database page writes, each a 32 KB ESE page (database_page_kb), at the database write IOPS the storage is sized for.
 */
export const inGuestReplicationBandwidthFigures: readonly Figure[] = [
  optionFigure(
    'inGuestLogReplicationMbps',
    {
      label: 'Third-party replication of the transaction logs at the peak hour',
      unit: 'Mbit/s',
      source: 'brief 5.3.1 [S14] (hourly shares: assumption)',
    },
    ifThen(replicated, mbpsForGBPerHour(ref('peakHourLogsGB')), 0),
  ),
  optionFigure(
    'inGuestDatabaseWriteIops',
    {
      label: 'Database write IOPS of the replicated mailbox servers',
      unit: 'IOPS',
      source: 'brief 5.3.1 [S33] (read/write split: assumption)',
    },
    ifThen(replicated, mul(ref('mailboxServers'), ref('databaseWriteIopsPerServer')), 0),
  ),
  optionFigure(
    'inGuestDatabaseReplicationMbps',
    {
      label: 'Third-party replication of the database page writes (32 KB pages)',
      unit: 'Mbit/s',
      source: 'brief 5.3.1 (ESE 32 KB page: data/constants.csv database_page_kb)',
    },
    mbpsForMBPerSecond(div(mul(ref('inGuestDatabaseWriteIops'), constant('database_page_kb')), constant('kb_per_mb'))),
  ),
  optionFigure(
    'inGuestReplicationPeakMbps',
    {
      label: 'Third-party replication at the peak hour, every replicated mailbox server (logs and database writes)',
      unit: 'Mbit/s',
      source: 'brief 5.3.1 [S14] (hourly shares: assumption)',
    },
    add(ref('inGuestLogReplicationMbps'), ref('inGuestDatabaseReplicationMbps')),
  ),
  optionFigure(
    'inGuestReplicationLinkMbps',
    {
      label: 'Link the third-party replication needs at the utilisation target',
      unit: 'Mbit/s',
      source: 'brief 5.3.1 (target: assumption)',
    },
    linkNeededMbps(ref('inGuestReplicationPeakMbps')),
  ),
  // Targets kept in the same cluster (replication_target local) replicate over the LAN, not the WAN.
  optionFigure(
    'inGuestReplicationOverWanMbps',
    { label: 'Third-party replication over the WAN at the peak hour', unit: 'Mbit/s', source: 'brief 5.3.1' },
    ifThen(eq(input('replication_target'), text('dr')), ref('inGuestReplicationPeakMbps'), 0),
  ),
];
