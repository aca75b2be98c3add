/** `{ [key]: f(value) }`, or `{}` when value is undefined: an optional field kept out of the JSON when absent. */
export const optional = <K extends string, V>(key: K, value: V | undefined, f: (v: V) => unknown) =>
  (value === undefined ? {} : { [key]: f(value) }) as Record<string, never>;

/** `{ [key]: value }`, or `{}` when value is undefined. */
export const defined = <K extends string, V>(key: K, value: V | undefined) =>
  (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
