import { add, constant, div, type Expr, input, lookup, max, mul, roundUp, sub } from '../expr/expression.js';
import { type Figure, optionFigure } from '../expr/figure.js';
import type { FigureId } from '../model/figure-ids.js';
import { ref } from '../model/figure-ref.js';

/** The scenario inputs naming a row of data/disk-catalog.csv: one disk for each kind of volume. */
export type DiskChoice = 'database_disk' | 'log_disk' | 'backup_disk';

/** A column of the catalogue row the scenario chose for `choice` (random_iops, formatted_capacity_gb, rpm, price_item). */
export const diskOf = (choice: DiskChoice, column: string): Expr =>
  lookup('disk-catalog', 'disk', column, input(choice), 'exact');

/** A column of data/raid-levels.csv for the RAID level `level` gives. */
export const raidOf = (level: Expr, column: string): Expr =>
  lookup('raid-levels', 'raid_level', column, level, 'exact');

/** Data disks of a full RAID group: half the group when mirrored (RAID10), the group less its parity (RAID5/6). */
export const dataDisksPerGroup = (level: Expr): Expr =>
  sub(div(raidOf(level, 'group_disks_max'), raidOf(level, 'mirror_copies')), raidOf(level, 'parity_disks_per_group'));

/** What one array (one pool of disks of one kind at a RAID level) needs, from which the disks are counted. */
export interface ArrayDemand {
  readonly label: string;
  readonly level: Expr;
  /** Data disks for capacity: the pool's GB over the disk's formatted capacity, rounded up. */
  readonly dataDisksForCapacity: Expr;
  /** Disks (every spindle, mirrors and parity included) for the pool's disk IOPS with the RAID write penalty. */
  readonly disksForIops: Expr;
  readonly source: string;
}

/**
 * The disks of an array: enough data disks for its capacity and, at the data share of a full group, for its IOPS;
 * RAID groups of at most `group_disks_max` disks ([S7]: RAID5 at most 7); each group's mirrors or parity on top.
 * The disk count covers the IOPS too: data x (mirror + parity / data per group) = data x group size / data per group.
 */
export function raidArrayFigures(id: { data: FigureId; groups: FigureId; disks: FigureId }, demand: ArrayDemand) {
  const count = (figureId: FigureId, label: string, expr: Expr) =>
    optionFigure(figureId, { label, unit: 'disks', kind: 'count', source: demand.source }, expr);
  return [
    count(
      id.data,
      `${demand.label}: data disks (for capacity, and the data share of the disks for IOPS)`,
      max(
        demand.dataDisksForCapacity,
        roundUp(
          div(mul(demand.disksForIops, dataDisksPerGroup(demand.level)), raidOf(demand.level, 'group_disks_max')),
        ),
      ),
    ),
    optionFigure(
      id.groups,
      {
        label: `${demand.label}: RAID groups`,
        unit: 'groups',
        kind: 'count',
        source: '[S7] (group sizes: data/raid-levels.csv)',
      },
      roundUp(div(ref(id.data), dataDisksPerGroup(demand.level))),
    ),
    count(
      id.disks,
      `${demand.label}: disks (data, mirrors and parity)`,
      add(
        mul(ref(id.data), raidOf(demand.level, 'mirror_copies')),
        mul(ref(id.groups), raidOf(demand.level, 'parity_disks_per_group')),
      ),
    ),
  ] satisfies Figure[];
}

/** Hot spares of an array: one per `disks_per_hot_spare` disks, rounded up (an assumption, data/constants.csv). */
export const hotSpares = (arrayDisks: Expr): Expr => roundUp(div(arrayDisks, constant('disks_per_hot_spare')));
