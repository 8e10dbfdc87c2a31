/** Every field path of a zod schema, written as the guides write them (`events[].date`, `events.*.title`). */
export function schemaPaths(schema: unknown, prefix = ''): string[] {
  const def = (schema as { _zod: { def: Record<string, unknown> & { type: string } } })._zod.def;
  switch (def.type) {
    case 'object':
      return Object.entries(def.shape as Record<string, unknown>).flatMap(([key, inner]) => {
        const path = prefix ? `${prefix}.${key}` : key;
        return [path, ...schemaPaths(inner, path)];
      });
    case 'array':
      return [`${prefix}[]`, ...schemaPaths(def.element, `${prefix}[]`)];
    case 'record':
      return [`${prefix}.*`, ...schemaPaths(def.valueType, `${prefix}.*`)];
    case 'optional':
    case 'default':
    case 'nullable':
      return schemaPaths(def.innerType, prefix);
    case 'pipe':
      return schemaPaths(def.in, prefix);
    default:
      return [];
  }
}
