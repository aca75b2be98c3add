import schema from '../schema/course.schema.json' with { type: 'json' };

/** The JSON Schema (2020-12) of course.yaml, as published for editors. The single source of truth. */
export const courseSchema: Readonly<Record<string, unknown>> = schema;
