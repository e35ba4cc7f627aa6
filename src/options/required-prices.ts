import { allNodes } from '../expr/expression.js';
import type { Model } from '../expr/model.js';
import type { ReferenceData } from '../model/reference-data.js';

const known = new WeakMap<Model, WeakMap<ReferenceData, readonly string[]>>();

/** Every price item the model looks up: named in a figure, or in the price_item column of a table it looks up (editions, disks). */
export function requiredPriceItems(model: Model, reference: ReferenceData): readonly string[] {
  let byReference = known.get(model);
  if (!byReference) known.set(model, (byReference = new WeakMap()));
  let items = byReference.get(reference);
  if (!items) byReference.set(reference, (items = findPriceItems(model, reference)));
  return items;
}

function findPriceItems(model: Model, reference: ReferenceData): string[] {
  const items = new Set<string>();
  for (const figure of model.figures.values()) {
    for (const node of allNodes(figure.expr)) {
      if (node.kind !== 'lookup') continue;
      if (node.table === 'prices' && node.key.kind === 'text') items.add(node.key.value);
      // A table whose rows name a price item (the disks of data/disk-catalog.csv): any row may be chosen, so each is priced.
      if (node.valueColumn === 'price_item')
        for (const row of reference.tables.get(node.table)?.rows ?? [])
          if (typeof row.price_item === 'string') items.add(row.price_item);
    }
  }
  for (const set of model.rowSets.values()) {
    if (set.kind !== 'table') continue;
    for (const row of reference.tables.get(set.table)?.rows ?? []) {
      if (typeof row.price_item === 'string') items.add(row.price_item);
    }
  }
  return [...items].sort();
}
