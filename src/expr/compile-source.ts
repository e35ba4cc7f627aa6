import { type CompileContext, columnKey, type Slot } from './compile.js';
import { EvaluationError } from './evaluation-error.js';
import type { EvaluationKit } from './evaluation-kit.js';
import { allNodes, type CompareOperator, type Expr } from './expression.js';
import type { Figure, RowSet } from './figure.js';
import { nodeInputTokens } from './input-tokens.js';

/**
 * What generated figure code reads and writes: the state of one evaluation (ModelEvaluation), shared with the
 * closures of compile.ts. Arrays are indexed as `CompileContext.reads` numbers names; an empty entry is read through
 * the matching `...At` method, which fills it.
 */
export interface FigureState {
  /** Per figure, its values by cache slot. */
  readonly cells: unknown[][];
  /** Per memo slot of the generated code, its value: at 0 for the whole evaluation, at option + 1 per option. */
  readonly sourceMemo: unknown[][];
  readonly shared: readonly (readonly number[])[];
  readonly rows: readonly number[];
  readonly inputs: unknown[];
  inputAt(k: number): unknown;
  readonly constants: unknown[];
  constantAt(k: number): unknown;
  readonly optionInputs: unknown[][];
  optionInputAt(k: number, at: Slot): unknown;
  readonly itemInputs: unknown[][];
  itemInputAt(k: number, item: number): unknown;
  tableColumn(key: string): readonly unknown[];
  readonly rangeKeys: unknown[];
  rangeKeyAt(row: number): unknown;
  readRowKey(rowSet: string, at: Slot): unknown;
  readRowField(rowSet: string, column: string, at: Slot): unknown;
  column(figure: number, at: Slot): readonly unknown[];
}

/** A figure's code: evaluates the figure at a position, stores it in its cache slot `slot` and returns it. */
export type FigureFunction = (state: FigureState, item: number, option: number, row: number, slot: number) => unknown;

/**
 * A model's figures compiled to JavaScript: one function per figure, straight-line code with the values in local
 * variables, made once per calculator. It evaluates as the closures of compile.ts do, in the same order (left to
 * right, IF, AND and OR short-circuiting), so values and errors are the same; a long sweep runs it once V8 has
 * had the calls to optimise it (see ModelEvaluation).
 */
export interface CompiledSource {
  readonly source: string;
  /** Per memo slot of the generated code, the input tokens it reads. */
  readonly memoInputTokens: readonly ReadonlySet<string>[];
  /** The figure functions on a calculator's kit, made once per kit. */
  functions(kit: EvaluationKit): readonly FigureFunction[];
}

/** How far an expression's value holds: for the whole evaluation, per option, or only where it is evaluated. */
type Invariance = 'scenario' | 'option' | 'none';

const ROUNDING = { ROUND: 'half-up', ROUNDUP: 'up', ROUNDDOWN: 'down' } as const;
const COMPARISONS: Readonly<Record<CompareOperator, string>> = {
  '<': 'lt',
  '<=': 'le',
  '>': 'gt',
  '>=': 'ge',
  '=': 'eq',
  '<>': 'ne',
};

/** Numbers the distinct things generated code reads (names, columns, literals) in the order first met. */
class Numbering<K> {
  readonly items: K[] = [];
  private readonly byKey = new Map<string, number>();
  of(key: string, item: () => K): number {
    let k = this.byKey.get(key);
    if (k === undefined) {
      this.byKey.set(key, (k = this.items.length));
      this.items.push(item());
    }
    return k;
  }
}

const text = (s: string) => JSON.stringify(s);

/** The number of a name in a list of names read, added at the end when new. */
function numberOf(names: string[], name: string): number {
  const k = names.indexOf(name);
  return k >= 0 ? k : names.push(name) - 1;
}

/**
 * Compiles a model's figures to the JavaScript source of one function per figure. `index` gives a figure's place,
 * `rowSets` the row sets figures live in; `context` numbers the names read as the closures do.
 */
export function compileSource(
  figures: readonly Figure[],
  index: ReadonlyMap<string, number>,
  rowSets: ReadonlyMap<string, RowSet>,
  context: Pick<CompileContext, 'cyclic' | 'reads'>,
): CompiledSource {
  const cyclic = context.cyclic;
  const reads = context.reads;
  const literals = new Numbering<string>();
  const memoInputTokens: ReadonlySet<string>[] = [];
  const invariances = new Map<Expr, Invariance>();

  const invariance = (expr: Expr): Invariance => {
    let level = invariances.get(expr);
    if (level !== undefined) return level;
    switch (expr.kind) {
      case 'number':
      case 'text':
      case 'input':
      case 'constant':
        level = 'scenario';
        break;
      case 'optionInput':
        level = 'option';
        break;
      case 'binary':
      case 'compare':
      case 'call':
      case 'lookup': {
        const parts =
          expr.kind === 'binary' || expr.kind === 'compare'
            ? [expr.left, expr.right]
            : expr.kind === 'call'
              ? expr.args
              : [expr.key];
        level = 'scenario';
        for (const part of parts) {
          const inner = invariance(part);
          if (inner === 'none') {
            level = 'none';
            break;
          }
          if (inner === 'option') level = 'option';
        }
        break;
      }
      default:
        level = 'none';
    }
    invariances.set(expr, level);
    return level;
  };

  const kinds = figures.map((f) =>
    f.scope === 'scenario'
      ? 'scenario'
      : f.scope === 'option'
        ? 'option'
        : f.scope.startsWith('rows:')
          ? 'rows'
          : 'list',
  );

  const functions: string[] = [];
  figures.forEach((figure, self) => {
    const rowSet = figure.scope.startsWith('rows:') ? figure.scope.slice('rows:'.length) : undefined;
    const lines: string[] = [];
    let temps = 0;
    const tmp = () => `t${temps++}`;
    const emit = (line: string) => lines.push(line);
    const check = (value: string, what: string, isLiteral: boolean) => {
      if (!isLiteral) emit(`if (typeof ${value} !== 'number') num(${value}, ${text(what)});`);
    };
    const condition = (value: string, what: string) =>
      `(typeof ${value} === 'boolean' ? ${value} : cond(${value}, ${text(what)}))`;
    const isNumberLiteral = (expr: Expr) => expr.kind === 'number';

    /** A figure's value at the position (row `row`): its cache slot, then its function where the cell is empty. */
    const figureValue = (target: number, row: string): string => {
      const slot =
        kinds[target] === 'scenario'
          ? '0'
          : kinds[target] === 'list'
            ? 'item'
            : kinds[target] === 'option'
              ? `E.shared[${target}][option]`
              : `E.shared[${target}][option] * E.rows[${target}] + ${row}`;
      const s = tmp();
      const t = tmp();
      emit(`${s} = ${slot}; ${t} = E.cells[${target}][${s}];`);
      emit(
        `if (${t} === undefined${cyclic[target] ? ` || ${t} === IP` : ''}) ${t} = f${target}(E, item, option, ${row}, ${s});`,
      );
      return t;
    };

    /** Emits the statements of `expr` and returns the expression (a variable or a constant) holding its value. */
    const gen = (expr: Expr, row: string, memoised: boolean): string => {
      if (!memoised && expr.kind !== 'number' && expr.kind !== 'text' && expr.kind !== 'input') {
        if (expr.kind !== 'constant' && expr.kind !== 'optionInput') {
          const level = invariance(expr);
          if (level !== 'none') {
            // A composite over inputs, constants and option attributes only: once per evaluation, or per option.
            const slot = memoInputTokens.length;
            memoInputTokens.push(new Set(allNodes(expr).flatMap(nodeInputTokens)));
            const memo = tmp();
            const t = tmp();
            const key = level === 'scenario' ? '0' : 'option + 1';
            emit(`${memo} = E.sourceMemo[${slot}]; ${t} = ${memo}[${key}];`);
            emit(`if (${t} === undefined) {`);
            const value = gen(expr, row, true);
            emit(`${memo}[${key}] = ${t} = ${value};`);
            emit('}');
            return t;
          }
        }
      }
      return node(expr, row, memoised);
    };

    const node = (expr: Expr, row: string, memoised: boolean): string => {
      const sub = (e: Expr) => gen(e, row, memoised);
      switch (expr.kind) {
        case 'number':
          return `L${literals.of(expr.value, () => expr.value)}`;
        case 'text':
          return text(expr.value);
        case 'input': {
          const k = numberOf(reads.inputs, expr.name);
          const t = tmp();
          emit(`${t} = E.inputs[${k}] ?? E.inputAt(${k});`);
          return t;
        }
        case 'constant': {
          const k = numberOf(reads.constants, expr.name);
          const t = tmp();
          emit(`${t} = E.constants[${k}] ?? E.constantAt(${k});`);
          return t;
        }
        case 'optionInput': {
          const k = numberOf(reads.optionInputs, expr.name);
          const t = tmp();
          emit(`${t} = E.optionInputs[${k}][option] ?? E.optionInputAt(${k}, { item, option, row: ${row} });`);
          return t;
        }
        case 'itemInput': {
          const { list, name } = expr;
          let k = reads.itemInputs.findIndex((read) => read.list === list && read.name === name);
          if (k < 0) k = reads.itemInputs.push({ list, name }) - 1;
          const t = tmp();
          emit(`${t} = E.itemInputs[${k}][item] ?? E.itemInputAt(${k}, item);`);
          return t;
        }
        case 'figure':
          return figureValue(index.get(expr.id)!, row);
        case 'rowKey':
        case 'rowField': {
          const set = rowSet === undefined ? undefined : rowSets.get(rowSet);
          const t = tmp();
          if (expr.kind === 'rowKey' && set?.kind === 'range')
            emit(`${t} = E.rangeKeys[${row}] ?? E.rangeKeyAt(${row});`);
          else {
            const at = `{ item, option, row: ${row} }`;
            emit(
              expr.kind === 'rowKey'
                ? `${t} = E.readRowKey(${text(String(rowSet))}, ${at});`
                : `${t} = E.readRowField(${text(String(rowSet))}, ${text(expr.column)}, ${at});`,
            );
          }
          return t;
        }
        case 'binary': {
          const left = sub(expr.left);
          check(left, `left of ${expr.op}`, isNumberLiteral(expr.left));
          const right = sub(expr.right);
          check(right, `right of ${expr.op}`, isNumberLiteral(expr.right));
          const t = tmp();
          const fn = expr.op === '+' ? 'add' : expr.op === '-' ? 'sub' : expr.op === '*' ? 'mul' : 'div';
          emit(`${t} = ${fn}(${left}, ${right});`);
          return t;
        }
        case 'compare': {
          const left = sub(expr.left);
          const t = tmp();
          if (expr.right.kind === 'text' && (expr.op === '=' || expr.op === '<>')) {
            // Against a text literal: lower-cased once here, not on every comparison.
            const value = expr.right.value;
            const equals = `equalsText(${left}, ${text(value.toLowerCase())}, ${text(value)})`;
            emit(`${t} = ${expr.op === '=' ? equals : `!${equals}`};`);
            return t;
          }
          const right = sub(expr.right);
          emit(`${t} = ${COMPARISONS[expr.op]}(${left}, ${right});`);
          return t;
        }
        case 'call':
          return call(expr, row, memoised);
        case 'lookup': {
          const key = sub(expr.key);
          const keys = text(columnKey(expr.table, expr.keyColumn));
          const values = text(columnKey(expr.table, expr.valueColumn));
          const t = tmp();
          emit(
            `${t} = lookup(E.tableColumn(${keys}), E.tableColumn(${values}), ${key}, ${text(expr.match)}, ${text(`${expr.table}.${expr.valueColumn}`)});`,
          );
          return t;
        }
        case 'aggregate': {
          const t = tmp();
          emit(
            `${t} = aggregate(E.column(${index.get(expr.figure)!}, { item, option, row: ${row} }), ${text(expr.fn)}, ${text(expr.figure)});`,
          );
          return t;
        }
        case 'previous': {
          const t = tmp();
          emit(`if (${row} <= 0) {`);
          emit(`${t} = ${sub(expr.first)};`);
          emit('} else {');
          const before = tmp();
          emit(`${before} = ${row} - 1;`);
          emit(`${t} = ${gen(expr.expr, before, memoised)};`);
          emit('}');
          return t;
        }
        case 'pick': {
          const target = sub(expr.equals);
          const t = tmp();
          emit(
            `${t} = E.column(${index.get(expr.figure)!}, { item, option, row: ${row} })[pickRow(E.column(${index.get(expr.where)!}, { item, option, row: ${row} }), ${target}, ${text(expr.where)})];`,
          );
          return t;
        }
      }
    };

    const call = (expr: Expr & { kind: 'call' }, row: string, memoised: boolean): string => {
      const sub = (e: Expr) => gen(e, row, memoised);
      const fn = expr.fn;
      const arg = (i: number) => {
        const a = expr.args[i];
        if (!a) throw new EvaluationError('#VALUE!', `${fn} is missing argument ${i + 1}`);
        return a;
      };
      const t = tmp();
      switch (fn) {
        case 'IF': {
          const [test, then, otherwise] = [arg(0), arg(1), arg(2)];
          const value = sub(test);
          emit(`if ${condition(value, 'IF condition')} {`);
          emit(`${t} = ${sub(then)};`);
          emit('} else {');
          emit(`${t} = ${sub(otherwise)};`);
          emit('}');
          return t;
        }
        case 'ROUND':
        case 'ROUNDUP':
        case 'ROUNDDOWN': {
          const mode = text(ROUNDING[fn]);
          const [quotient, places] = expr.args;
          if (places && quotient?.kind === 'binary' && quotient.op === '/' && invariance(quotient) === 'none') {
            // ROUND of a quotient: rounded without the quotient where the calculator can (Calculator.roundQuotient).
            const a = sub(quotient.left);
            check(a, 'left of /', isNumberLiteral(quotient.left));
            const b = sub(quotient.right);
            check(b, 'right of /', isNumberLiteral(quotient.right));
            emit(`if (isZero(${b})) {`);
            emit(`${t} = div(${a}, ${b});`);
            const zeroDigits = sub(places);
            check(zeroDigits, fn, isNumberLiteral(places));
            emit(`${t} = round(${t}, toNumber(${zeroDigits}), ${mode});`);
            emit('} else {');
            const digits = sub(places);
            check(digits, fn, isNumberLiteral(places));
            emit(`${t} = roundQuotient(${a}, ${b}, toNumber(${digits}), ${mode});`);
            emit('}');
            return t;
          }
          const [value, digits] = [arg(0), arg(1)];
          const v = sub(value);
          check(v, fn, isNumberLiteral(value));
          const d = sub(digits);
          check(d, fn, isNumberLiteral(digits));
          emit(`${t} = round(${v}, toNumber(${d}), ${mode});`);
          return t;
        }
        case 'MIN':
        case 'MAX': {
          const sign = fn === 'MIN' ? -1 : 1;
          if (expr.args.length === 0) {
            emit(`throw new TypeError('${fn} of nothing');`);
            return t;
          }
          expr.args.forEach((a, i) => {
            const v = sub(a);
            check(v, fn, isNumberLiteral(a));
            emit(i === 0 ? `${t} = ${v};` : `${t} = best(${t}, ${v}, ${sign});`);
          });
          return t;
        }
        case 'POWER': {
          const [base, exponent] = [arg(0), arg(1)];
          const b = sub(base);
          check(b, fn, isNumberLiteral(base));
          const e = sub(exponent);
          check(e, fn, isNumberLiteral(exponent));
          emit(`${t} = power(${b}, toNumber(${e}));`);
          return t;
        }
        case 'AND':
        case 'OR': {
          // Left to right, stopping at the first argument that decides (Array.every / Array.some).
          const what = fn === 'AND' ? 'an AND argument' : 'an OR argument';
          const decided = fn === 'AND' ? 'false' : 'true';
          emit(`${t} = ${fn === 'AND' ? 'true' : 'false'};`);
          let open = 0;
          for (const a of expr.args) {
            const v = sub(a);
            emit(`if (${fn === 'AND' ? '!' : ''}${condition(v, what)}) ${t} = ${decided}; else {`);
            open++;
          }
          emit('}'.repeat(open));
          return t;
        }
        case 'NOT': {
          const v = sub(arg(0));
          emit(`${t} = !${condition(v, 'NOT argument')};`);
          return t;
        }
      }
    };

    const result = gen(figure.expr, 'row', false);
    const declared = temps > 0 ? `let ${Array.from({ length: temps }, (_, i) => `t${i}`).join(', ')};\n` : '';
    const body = lines.join('\n');
    const id = text(figure.id);
    functions.push(
      cyclic[self]
        ? `function f${self}(E, item, option, row, s) {\n${declared}const cells = E.cells[${self}];\n` +
            `if (cells[s] === IP) throw dependsOnItself(${id});\ncells[s] = IP;\ntry {\n${body}\n` +
            `cells[s] = ${result};\nreturn ${result};\n} catch (error) {\ncells[s] = undefined;\nthrow error;\n}\n}`
        : `function f${self}(E, item, option, row, s) {\n${declared}${body}\nreturn E.cells[${self}][s] = ${result};\n}`,
    );
  });

  const kitNames = [
    'num',
    'cond',
    'add',
    'sub',
    'mul',
    'div',
    'isZero',
    'toNumber',
    'round',
    'roundQuotient',
    'power',
    'best',
    'equalsText',
    'lookup',
    'aggregate',
    'pickRow',
    'dependsOnItself',
  ];
  const source = [
    '"use strict";',
    `const IP = K.IN_PROGRESS;`,
    `const { ${kitNames.join(', ')} } = K;`,
    `const { ${Object.entries(COMPARISONS)
      .map(([op, name]) => `${text(op)}: ${name}`)
      .join(', ')} } = K.comparisons;`,
    ...literals.items.map((value, k) => `const L${k} = K.literal(${text(value)});`),
    ...functions,
    `return [${figures.map((_, i) => `f${i}`).join(', ')}];`,
  ].join('\n');

  const made = new WeakMap<EvaluationKit, readonly FigureFunction[]>();
  return {
    source,
    memoInputTokens,
    functions(kit) {
      let functions = made.get(kit);
      if (!functions) {
        // The source is generated from the model's own expressions: names and texts are JSON string literals.
        functions = new Function('K', source)(kit) as readonly FigureFunction[];
        made.set(kit, functions);
      }
      return functions;
    },
  };
}
