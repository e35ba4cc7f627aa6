/**
 * A figure could not be evaluated: the Excel error it would show and where it arose.
 *
 * @example
 * try { evaluation.figure('costPerMailbox', { option: 'dag' }); } catch (e) { if (e instanceof EvaluationError) e.excelError; }
 */
export class EvaluationError extends Error {
  constructor(
    readonly excelError: '#DIV/0!' | '#N/A' | '#NUM!' | '#REF!' | '#VALUE!',
    readonly detail: string,
  ) {
    super(`${excelError} ${detail}`);
    this.name = 'EvaluationError';
  }
}
