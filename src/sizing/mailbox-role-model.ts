import type { Figure, RowSet } from '../expr/figure.js';
import { buildModel, type Model } from '../expr/model.js';
import type { FigureId } from '../model/figure-ids.js';
import { dagLayoutFigures, memberServerCandidates } from './dag-layout.js';
import { databaseCapacityFigures } from './database-capacity.js';
import { databaseCopiesTotalFigure } from './database-copies.js';
import { databaseSizeLimitFigures, databaseWithinLimitFigure } from './database-size-limit.js';
import { hostPlatformFigures } from './host-platform.js';
import { mailboxCpuFigures } from './mailbox-cpu.js';
import { mailboxIopsFigures } from './mailbox-iops.js';
import { mailboxMemoryFigures } from './mailbox-memory.js';
import { mailboxServerLoadFigures } from './mailbox-server-load.js';
import { mailboxSizeFigures } from './mailbox-size.js';
import { mailboxVmDiskFigures } from './mailbox-vm-disks.js';
import { numaNodeFigures } from './numa-node.js';
import { profileFigures } from './profile.js';
import { siteCopyFigures } from './site-copies.js';
import { tierDemandFigures } from './tier-demand.js';
import { workloadFigures } from './workloads.js';

/** Every figure of the Exchange 2010 Mailbox role sizing, method steps 2-5. */
export const mailboxRoleFigures: readonly Figure[] = [
  ...profileFigures,
  ...mailboxSizeFigures,
  ...tierDemandFigures,
  ...hostPlatformFigures,
  ...numaNodeFigures,
  databaseCopiesTotalFigure,
  ...dagLayoutFigures,
  ...mailboxServerLoadFigures,
  ...mailboxCpuFigures,
  ...mailboxMemoryFigures,
  ...databaseSizeLimitFigures,
  ...databaseCapacityFigures,
  ...siteCopyFigures,
  databaseWithinLimitFigure,
  ...mailboxIopsFigures,
  ...mailboxVmDiskFigures,
];

export const mailboxRoleRowSets: readonly RowSet[] = [memberServerCandidates];

/** Its ids are FigureIds too: the options model holds every mailbox-role figure (test/figure-ids.test.ts). */
// The other workloads share the primary site's hosts, which the DAG candidates count (dag-layout.ts).
export const mailboxRoleModel: Model<FigureId> = buildModel<FigureId>(
  [...mailboxRoleFigures, ...workloadFigures],
  mailboxRoleRowSets,
);
