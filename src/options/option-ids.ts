/** The ids of the availability options, in the order of data/options.csv (test/typed-keys.test.ts holds the two alike). */
export const OPTION_IDS = [
  'standalone-ha',
  'standalone-app-ha',
  'dag',
  'dag-ha',
  'dag-srm',
  'dag-lagged-dr',
  'third-party-replication',
  'dag-site-resilient',
] as const;

/** An availability option id (data/options.csv): a typo in a caller's option id fails to compile. */
export type OptionId = (typeof OPTION_IDS)[number];
