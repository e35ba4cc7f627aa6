// Timeouts of the tests that take seconds on an idle 2-core machine, and up to ten times that while other work keeps
// both cores busy (issue 14: a load average of 15 on 2 cores slowed every file about sevenfold): each such test (or
// hook) sets its own, rather than leaning on the suite's default. A hang still fails, a few minutes later.

/** A test that starts a process (the CLI, npm, tsc, a child that crashes itself). */
export const PROCESS_TIMEOUT = 300_000;

/** A test or hook that writes a workbook (and reads it back) or recalculates one with HyperFormula. */
export const WORKBOOK_TIMEOUT = 300_000;
