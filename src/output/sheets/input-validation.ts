import type { Expr } from '../../expr/expression.js';
import { rulesGuarding } from '../../model/input-rules.js';
import { parameterRange } from '../../model/parameter-range.js';
import type { ParameterDefinition, ReferenceData } from '../../model/reference-data.js';

/** The bounds of a numeric parameter: its minimum and maximum, or the keys of its look-up table. */
export function boundsOf(
  definition: ParameterDefinition,
  reference: ReferenceData,
): { minimum?: number; maximum?: number } {
  const range = parameterRange(definition, reference);
  return {
    ...(range?.low ? { minimum: range.low.toNumber() } : {}),
    ...(range?.high ? { maximum: range.high.toNumber() } : {}),
  };
}

/** The data validation of an input cell: its type and range, and the rules between parameters it takes part in. */
export function validationOf(
  definition: ParameterDefinition,
  address: string,
  reference: ReferenceData,
  render?: (expr: Expr) => string,
) {
  const prompt = `${definition.description}${definition.unit ? ` (${definition.unit})` : ''}`.slice(0, 250);
  const rules = render ? rulesGuarding(definition.name) : [];
  if (rules.length > 0 && (definition.type === 'integer' || definition.type === 'decimal')) {
    // A rule between parameters (the design checks' own formula) on top of the cell's range, at entry.
    const { minimum, maximum } = boundsOf(definition, reference);
    const own = [
      `ISNUMBER(${address})`,
      ...(definition.type === 'integer' ? [`${address}=INT(${address})`] : []),
      ...(minimum === undefined ? [] : [`${address}>=${minimum}`]),
      ...(maximum === undefined ? [] : [`${address}<=${maximum}`]),
    ];
    return [
      {
        address,
        type: 'custom' as const,
        formula: `AND(${[...own, ...rules.map((r) => render!(r.holds))].join(',')})`,
        error: rules.map((r) => r.message).join('; '),
        prompt,
      },
    ];
  }
  switch (definition.type) {
    case 'boolean':
      return [{ address, type: 'list' as const, list: ['TRUE', 'FALSE'], prompt }];
    case 'choice':
      return [{ address, type: 'list' as const, list: definition.choices, prompt }];
    case 'integer':
    case 'decimal':
      return [
        {
          address,
          type: definition.type === 'integer' ? ('whole' as const) : ('decimal' as const),
          ...boundsOf(definition, reference),
          prompt,
        },
      ];
    default:
      return [];
  }
}
