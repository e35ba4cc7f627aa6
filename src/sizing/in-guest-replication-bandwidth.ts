import { eq, ifThen, input, optionInput, text } from '../expr/expression.js';
import { type Figure, optionFigure } from '../expr/figure.js';
import { ref } from '../model/figure-ref.js';
import { linkNeededMbps, mbpsForGBPerHour } from './log-replication.js';

/**
 * Third-party in-guest replication sends each write of the replicated mailbox servers to its target; every change
 * is written to the transaction logs first, so the log rate at the peak hour measures it (brief 5.3.1 [S14];
 * the hourly shares are an assumption).
 */
export const inGuestReplicationBandwidthFigures: readonly Figure[] = [
  optionFigure(
    'inGuestReplicationPeakMbps',
    {
      label: 'Third-party replication at the peak hour, every replicated mailbox server',
      unit: 'Mbit/s',
      source: 'brief 5.3.1 [S14] (hourly shares: assumption)',
    },
    ifThen(optionInput('in_guest_replication'), mbpsForGBPerHour(ref('peakHourLogsGB')), 0),
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
