import { add, input, mul } from '../expr/expression.js';
import { type Figure, optionFigure } from '../expr/figure.js';
import { ref } from '../model/figure-ref.js';
import { linkNeededMbps } from './log-replication.js';
import { shareOf } from './shares.js';

/** What the WAN between the sites carries at the peak: DAG log shipping, SRM array replication, third-party replication. */
export const wanLinkFigures: readonly Figure[] = [
  optionFigure(
    'wanReplicationPeakMbps',
    { label: 'Replication over the WAN at the peak, every kind', unit: 'Mbit/s', source: '[S13] brief 5.1-5.3' },
    add(ref('drLogReplicationPeakMbps'), ref('srmReplicationPeakMbps'), ref('inGuestReplicationOverWanMbps')),
  ),
  optionFigure(
    'wanLinkNeededMbps',
    { label: 'WAN link needed at the utilisation target', unit: 'Mbit/s', source: '[S13] (target: assumption)' },
    linkNeededMbps(ref('wanReplicationPeakMbps')),
  ),
  optionFigure(
    'wanUsableMbps',
    { label: 'WAN link usable for replication at the utilisation target', unit: 'Mbit/s', source: '[S13]' },
    mul(input('wan_link_mbps'), shareOf('link_utilization_pct')),
  ),
];
