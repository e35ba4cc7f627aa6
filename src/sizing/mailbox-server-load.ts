import { add, div, type Expr, max, min, mul, roundUp, sub } from '../expr/expression.js';
import { type Figure, optionFigure } from '../expr/figure.js';
import { ref } from '../model/figure-ref.js';

const count = (id: string, label: string, value: Expr) =>
  optionFigure(id, { label, unit: 'mailboxes', kind: 'count', source: '[S3] [S12]' }, value);

/**
 * Active mailboxes per surviving server when `survivors` servers of a DAG run its databases: a database fails over
 * whole, so a survivor mounts ROUNDUP(databases / survivors) of them, each of mailboxesPerDatabase mailboxes (the
 * calculator counts whole databases per server after failures [S13]); never more than the DAG's mailboxes.
 */
export function wholeDatabaseActive(databases: Expr, survivors: Expr): Expr {
  return min(ref('mailboxesPerDag'), mul(roundUp(div(databases, survivors)), ref('mailboxesPerDatabase')));
}

/** Passive copies left beside `active` active mailboxes out of `held` mailbox copies on a server. */
export const passiveOf = (held: Expr, active: Expr): Expr => max(0, sub(held, active));
/** Megacycles of a server: active with the copy factor, passive at their rate [S2]. */
export const megacyclesOf = (active: Expr, passive: Expr): Expr =>
  add(
    mul(active, ref('averageMegacyclesPerActiveMailbox'), ref('activeMegacycleCopyFactor')),
    mul(passive, ref('averageMegacyclesPerPassiveMailbox')),
  );

/**
 * Method step 4: the mailboxes one server holds in normal operation and in its worst failure mode
 * (F servers of its DAG down, their databases failed over whole to the survivors [S13]).
 * 24,000 mailboxes, S = 6, C = 3: 4,000 active and 8,000 passive.
 */
export const mailboxServerLoadFigures: readonly Figure[] = [
  count(
    'mailboxCopiesPerServer',
    'Mailbox copies held per server',
    // The copies of the primary site's layout (site-copies.ts): C per mailbox in active/passive [S71].
    roundUp(
      div(
        mul(ref('mailboxesPerDag'), ref('primarySiteCopiesPerDag')),
        mul(ref('databasesPerDag'), ref('memberServers')),
      ),
    ),
  ),
  count(
    'activeMailboxesNormal',
    'Active mailboxes per server, normal operation',
    // The primary site's users only, in active/active (site-copies.ts) [S71].
    roundUp(
      div(
        mul(ref('mailboxesPerDag'), ref('primarySiteDatabasesPerDag')),
        mul(ref('databasesPerDag'), ref('memberServers')),
      ),
    ),
  ),
  count(
    'passiveMailboxesNormal',
    'Passive mailboxes per server, normal operation',
    passiveOf(ref('mailboxCopiesPerServer'), ref('activeMailboxesNormal')),
  ),
  count(
    'activeMailboxesWorstCase',
    'Active mailboxes per server, worst failure mode',
    wholeDatabaseActive(ref('databasesPerDag'), sub(ref('memberServers'), ref('serverFailuresTolerated'))),
  ),
  count(
    'passiveMailboxesWorstCase',
    'Passive mailboxes per server, worst failure mode',
    passiveOf(ref('mailboxCopiesPerServer'), ref('activeMailboxesWorstCase')),
  ),
  optionFigure(
    'megacyclesNormal',
    { label: 'Megacycles per server, normal operation', unit: 'megacycles', source: '[S2]' },
    megacyclesOf(ref('activeMailboxesNormal'), ref('passiveMailboxesNormal')),
  ),
  optionFigure(
    'megacyclesWorstCase',
    { label: 'Megacycles per server, worst failure mode', unit: 'megacycles', source: '[S2] [S12]' },
    megacyclesOf(ref('activeMailboxesWorstCase'), ref('passiveMailboxesWorstCase')),
  ),
];
