/**
 * The order of a sweep's nested loops, outermost first, that recomputes least. A variation whose step
 * recomputes `cost` figures and which has `n` values changes `n` times per turn of the loops outside it;
 * swapping two neighbours shows the cheaper order puts the larger `cost·n/(n−1)` outside. Ties keep
 * the order given, so with equal costs the last variation changes fastest.
 *
 * @example loopOrder([100, 5], [900, 40]) // [0, 1]: the 100 values reaching 900 figures turn slowest
 */
export function loopOrder(sizes: readonly number[], costs: readonly number[]): number[] {
  const weight = (v: number) => (sizes[v]! <= 1 ? Number.POSITIVE_INFINITY : (costs[v]! * sizes[v]!) / (sizes[v]! - 1));
  return sizes.map((_, v) => v).sort((a, b) => weight(b) - weight(a) || a - b);
}
