import schema from '../schema/questionnaire.schema.json' with { type: 'json' };

/**
 * The JSON Schema (2020-12) of a questionnaire file (the wording of the agility questionnaire), as published
 * for editors. It refers to the course schema's definitions (`course.schema.json#/$defs/...`).
 */
export const questionnaireSchema: Readonly<Record<string, unknown>> = schema;
