import { type CompileContext, type Compiled, compile } from './compile.js';
import { allNodes, type Expr } from './expression.js';
import { type Figure, LIST_NAMES, type RowSet, type Scope } from './figure.js';
import { nodeInputTokens } from './input-tokens.js';

/**
 * A set of figures and the row sets they span: the whole calculation, as data, compiled once. `Id` names its
 * figures: a domain gives the union of its ids (src/model/figure-ids.ts), so a read of a misspelt id fails to
 * compile; the expression layer itself knows no ids.
 */
export interface Model<Id extends string = string> {
  readonly figures: ReadonlyMap<Id, Figure>;
  readonly rowSets: ReadonlyMap<string, RowSet>;
  /** The figures in order; `index` gives a figure's place in it and in `compiled`. */
  readonly order: readonly Figure[];
  readonly index: ReadonlyMap<Id, number>;
  readonly compiled: readonly Compiled[];
  /** Per figure: on a cycle of references (a running state down rows), so its cells are marked while evaluated. */
  readonly cyclic: readonly boolean[];
  /** The names compiled expressions read by number: scenario inputs, constants, option attributes, list inputs. */
  readonly reads: CompileContext['reads'];
  /**
   * For each figure, the option attributes its value depends on (directly or through other figures):
   * two options that agree on them share the figure's value.
   */
  readonly optionAttributes: readonly (readonly string[])[];
  /**
   * For each figure, the inputs its value depends on, as tokens: `scenario.dag_copies`, `tier.mailboxes`,
   * `workload.vcpu`, `prices`. A sweep recomputes only the figures whose inputs changed.
   */
  readonly inputTokens: readonly ReadonlySet<string>[];
  /** For each memo slot of `compiled` (a sub-expression over inputs only, computed once), the input tokens it reads. */
  readonly memoInputTokens: readonly ReadonlySet<string>[];
}

/** The figures an expression's nodes refer to, by index. */
function referencedFigures(nodes: readonly Expr[], index: ReadonlyMap<string, number>): number[] {
  // Each figure once: a figure read twice adds nothing to what its readers depend on.
  const found = new Set<number>();
  for (const node of nodes) {
    if (node.kind === 'figure') found.add(index.get(node.id)!);
    else if (node.kind === 'aggregate') found.add(index.get(node.figure)!);
    else if (node.kind === 'pick') {
      found.add(index.get(node.figure)!);
      found.add(index.get(node.where)!);
    }
  }
  return [...found];
}

/**
 * The strongly connected components of the figures' references (Tarjan's algorithm), each listed after every
 * component it refers to. Figures that refer to each other (a running state down the rows of a row set) share one.
 */
function components(refs: readonly (readonly number[])[]): number[][] {
  const found: number[][] = [];
  const order: number[] = [];
  const low: number[] = [];
  const stack: number[] = [];
  const onStack: boolean[] = [];
  let counter = 0;
  const visit = (i: number): void => {
    order[i] = low[i] = counter++;
    stack.push(i);
    onStack[i] = true;
    for (const j of refs[i]!) {
      if (order[j] === undefined) {
        visit(j);
        low[i] = Math.min(low[i]!, low[j]!);
      } else if (onStack[j]) low[i] = Math.min(low[i]!, order[j]!);
    }
    if (low[i] !== order[i]) return;
    const members: number[] = [];
    let member: number;
    do {
      member = stack.pop()!;
      onStack[member] = false;
      members.push(member);
    } while (member !== i);
    found.push(members);
  };
  refs.forEach((_, i) => {
    if (order[i] === undefined) visit(i);
  });
  return found;
}

/**
 * For each figure, what `read` finds in it and in every figure it refers to, transitively: a component's members
 * share one set, so a figure in a cycle misses nothing another member of it reads. The sets are built as bit sets
 * over the names found (a union is a few words), then read out once.
 */
function transitively(
  nodes: readonly (readonly Expr[])[],
  refs: readonly (readonly number[])[],
  parts: readonly (readonly number[])[],
  read: (node: Expr) => readonly string[],
): Set<string>[] {
  const numbers = new Map<string, number>();
  const names: string[] = [];
  const own = nodes.map((list) => {
    const found: number[] = [];
    for (const node of list)
      for (const name of read(node)) {
        let k = numbers.get(name);
        if (k === undefined) numbers.set(name, (k = names.push(name) - 1));
        found.push(k);
      }
    return found;
  });
  const words = Math.ceil(names.length / 32);
  const bits: Uint32Array[] = [];
  for (const members of parts) {
    const union = new Uint32Array(words);
    for (const m of members) {
      for (const k of own[m]!) union[k >>> 5]! |= 1 << (k & 31);
      for (const j of refs[m]!) {
        const below = bits[j];
        if (below !== undefined && below !== union) for (let w = 0; w < words; w++) union[w]! |= below[w]!;
      }
    }
    for (const m of members) bits[m] = union;
  }
  const sets = new Map<Uint32Array, Set<string>>();
  return bits.map((union) => {
    let set = sets.get(union);
    if (!set) {
      set = new Set<string>();
      for (let k = 0; k < names.length; k++) if (union[k >>> 5]! & (1 << (k & 31))) set.add(names[k]!);
      sets.set(union, set);
    }
    return set;
  });
}

const isList = (scope: Scope) => (LIST_NAMES as readonly string[]).includes(scope);

function mayRefer(from: Scope, to: Scope): boolean {
  if (to === 'scenario' || from === to) return true;
  if (to === 'option') return from.startsWith('rows:');
  return false;
}

function mayAggregate(from: Scope, over: Scope): boolean {
  if (isList(over)) return !isList(from);
  return over.startsWith('rows:') && (from === 'option' || from.startsWith('rows:'));
}

/**
 * Collects figures into a model, checking that ids are unique, every reference exists, and each
 * reference respects scopes (a tier or workload figure is reached from outside only through an aggregate).
 * `Id` is the caller's word for the ids the figures have (a generated list, held to the model by a test).
 *
 * @example
 * const model = buildModel(mailboxRoleFigures, mailboxRoleRowSets);
 * model.figures.get('vcpu')!.unit; // 'vCPU'
 */
export function buildModel<Id extends string = string>(
  figures: readonly Figure[],
  rowSets: readonly RowSet[] = [],
): Model<Id> {
  const byId = new Map<string, Figure>();
  for (const figure of figures) {
    if (byId.has(figure.id)) throw new Error(`figure '${figure.id}' is defined twice`);
    byId.set(figure.id, figure);
  }
  const sets = new Map(rowSets.map((set) => [set.id, set]));
  const problems: string[] = [];
  const visit = (figure: Figure, expr: Figure['expr']): void => {
    switch (expr.kind) {
      case 'figure': {
        const target = byId.get(expr.id);
        if (!target) problems.push(`${figure.id} refers to unknown figure '${expr.id}'`);
        else if (!mayRefer(figure.scope, target.scope))
          problems.push(`${figure.id} (${figure.scope}) cannot refer to ${expr.id} (${target.scope}) directly`);
        return;
      }
      case 'aggregate':
      case 'pick': {
        const ids = expr.kind === 'aggregate' ? [expr.figure] : [expr.figure, expr.where];
        for (const id of ids) {
          const target = byId.get(id);
          if (!target) problems.push(`${figure.id} aggregates unknown figure '${id}'`);
          else if (!mayAggregate(figure.scope, target.scope))
            problems.push(`${figure.id} (${figure.scope}) cannot aggregate ${id} (${target.scope})`);
        }
        if (expr.kind === 'pick') visit(figure, expr.equals);
        return;
      }
      default:
        break;
    }
    if (expr.kind === 'previous') {
      if (!figure.scope.startsWith('rows:'))
        problems.push(`${figure.id} (${figure.scope}) reads a previous row outside a row set`);
      visit(figure, expr.expr);
      visit(figure, expr.first);
    } else if (expr.kind === 'binary' || expr.kind === 'compare') {
      visit(figure, expr.left);
      visit(figure, expr.right);
    } else if (expr.kind === 'call') expr.args.forEach((a) => visit(figure, a));
    else if (expr.kind === 'lookup') visit(figure, expr.key);
  };
  for (const figure of figures) {
    if (figure.scope.startsWith('rows:') && !sets.has(figure.scope.slice(5)))
      problems.push(`${figure.id} lives in unknown row set ${figure.scope}`);
    visit(figure, figure.expr);
  }
  if (problems.length > 0) throw new Error(`invalid model:\n${[...new Set(problems)].join('\n')}`);
  const index = new Map(figures.map((f, i) => [f.id, i]));
  const nodes = figures.map((figure) => allNodes(figure.expr));
  const refs = nodes.map((own) => referencedFigures(own, index));
  const parts = components(refs);
  // A figure on a cycle of references (through `previous`, down rows) is marked while evaluated: a real cycle is
  // then told from a running state. Every other figure's cells are written once, when computed.
  const cyclic = new Array<boolean>(figures.length).fill(false);
  for (const members of parts) for (const m of members) cyclic[m] = members.length > 1 || refs[m]!.includes(m);
  const memoInputTokens: ReadonlySet<string>[] = [];
  const context: CompileContext = {
    figureIndex: (id) => index.get(id)!,
    figureScope: (i) => figures[i]!.scope,
    isRange: (set) => sets.get(set)?.kind === 'range',
    cyclic,
    memoInputTokens,
    invariances: new Map(),
    reads: { inputs: [], constants: [], optionInputs: [], itemInputs: [] },
  };
  const compiled = figures.map((f) =>
    compile(f.expr, context, f.scope.startsWith('rows:') ? f.scope.slice('rows:'.length) : undefined),
  );
  const optionAttributes = transitively(nodes, refs, parts, (node) =>
    node.kind === 'optionInput' ? [node.name] : [],
  ).map((s) => [...s].sort());
  const inputTokens = transitively(nodes, refs, parts, nodeInputTokens);
  const model: Model = {
    figures: byId,
    rowSets: sets,
    order: figures,
    index,
    compiled,
    cyclic,
    reads: context.reads,
    optionAttributes,
    inputTokens,
    memoInputTokens,
  };
  return model as Model<Id>;
}
