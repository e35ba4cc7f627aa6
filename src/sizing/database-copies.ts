import { add } from '../expr/expression.js';
import { type Figure, optionFigure } from '../expr/figure.js';
import { ref } from '../model/figure-ref.js';

/**
 * Every copy of a database, in any site, lagged included: the active copy ships its logs to each of
 * the others, and each adds 10 % to the active megacycles (Exchange notes §3 "Database Copy Count" [S2]).
 */
export const databaseCopiesTotalFigure: Figure = optionFigure(
  'databaseCopiesTotal',
  { label: 'Database copies in every site, lagged included', unit: 'copies', kind: 'count', source: '[S2] [S25]' },
  add(ref('databaseCopiesInSite'), ref('drDatabaseCopies')),
);
