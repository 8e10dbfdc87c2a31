/** Writes a path the way editors see the YAML: `events[1].date`, `coordinates.latitude`, `areas[0]`. */
export function formatFieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out;
}

/** The value at a path inside parsed YAML, or undefined when the path leads nowhere. */
export function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = data;
  for (const part of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[part];
  }
  return current;
}

/**
 * A value shortened for a message: strings as they are, dates as their calendar day, anything else as
 * compact JSON, cut to a readable length.
 */
export function showValue(value: unknown): string {
  let text: string;
  if (typeof value === 'string') text = value;
  else if (value instanceof Date)
    text = Number.isNaN(value.getTime()) ? String(value) : value.toISOString().slice(0, 10);
  else if (value === undefined) text = '';
  else text = JSON.stringify(value, (_key, v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : v)) ?? '';
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}
