// Timeouts of the tests that take seconds on an idle 2-core machine, and several times that while other work keeps
// both cores busy (issue 14): each such test (or hook) sets its own, rather than leaning on the suite's default.

/** A test that starts a process (the CLI, npm, tsc, a child that crashes itself). */
export const PROCESS_TIMEOUT = 120_000;

/** A test or hook that writes a workbook (and reads it back) or recalculates one with HyperFormula. */
export const WORKBOOK_TIMEOUT = 120_000;
