/** A figure could not be evaluated: the Excel error it would show and where it arose. */
export class EvaluationError extends Error {
  constructor(
    readonly excelError: '#DIV/0!' | '#N/A' | '#REF!' | '#VALUE!',
    readonly detail: string,
  ) {
    super(`${excelError} ${detail}`);
    this.name = 'EvaluationError';
  }
}
