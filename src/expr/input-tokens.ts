import type { Expr } from './expression.js';

/** The input tokens one node reads directly (not through other figures). */
export function nodeInputTokens(node: Expr): string[] {
  if (node.kind === 'input') return [`scenario.${node.name}`];
  if (node.kind === 'itemInput') return [`${node.list}.${node.name}`];
  if (node.kind === 'lookup' && node.table === 'prices') return ['prices'];
  return [];
}
