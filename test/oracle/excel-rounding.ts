import { Decimal } from 'decimal.js';
import { FunctionArgumentType, FunctionPlugin, HyperFormula } from 'hyperformula';

type ProcedureAst = { args: Parameters<FunctionPlugin['runFunction']>[0] };
type InterpreterState = Parameters<FunctionPlugin['runFunction']>[1];
type Result = ReturnType<FunctionPlugin['runFunction']>;

/**
 * Excel's ROUND, ROUNDUP and ROUNDDOWN work on the value as Excel shows it, to 15 significant digits,
 * so ROUND(9576.3*0.25, 2) is 2394.08; HyperFormula 3.5 rounds the binary double (2394.0749999...) down
 * to 2394.07. This plugin gives the oracle Excel's rule, so that a tie is not mistaken for a wrong formula.
 */
const PARAMETERS = [
  { argumentType: FunctionArgumentType.NUMBER },
  { argumentType: FunctionArgumentType.NUMBER, defaultValue: 0 },
];

export class ExcelRoundPlugin extends FunctionPlugin {
  static override implementedFunctions = {
    ROUND: { method: 'round', parameters: PARAMETERS },
    ROUNDUP: { method: 'roundUp', parameters: PARAMETERS },
    ROUNDDOWN: { method: 'roundDown', parameters: PARAMETERS },
  };

  private excel(name: string, mode: Decimal.Rounding, ast: ProcedureAst, state: InterpreterState): Result {
    return this.runFunction(ast.args, state, this.metadata(name), (value: number, places: number): number =>
      new Decimal(value.toPrecision(15)).toDecimalPlaces(Math.trunc(places), mode).toNumber(),
    );
  }

  round(ast: ProcedureAst, state: InterpreterState): Result {
    return this.excel('ROUND', Decimal.ROUND_HALF_UP, ast, state);
  }

  roundUp(ast: ProcedureAst, state: InterpreterState): Result {
    return this.excel('ROUNDUP', Decimal.ROUND_UP, ast, state);
  }

  roundDown(ast: ProcedureAst, state: InterpreterState): Result {
    return this.excel('ROUNDDOWN', Decimal.ROUND_DOWN, ast, state);
  }
}

let registered = false;
/** Replaces HyperFormula's rounding functions with Excel's rule, once per process. */
export function useExcelRound(): void {
  if (registered) return;
  for (const name of ['ROUND', 'ROUNDUP', 'ROUNDDOWN']) HyperFormula.unregisterFunction(name);
  HyperFormula.registerFunctionPlugin(ExcelRoundPlugin, {
    enGB: { ROUND: 'ROUND', ROUNDUP: 'ROUNDUP', ROUNDDOWN: 'ROUNDDOWN' },
  });
  registered = true;
}
