import schema from '../schema/agility-definition.schema.json' with { type: 'json' };

/** The JSON Schema (2020-12) of a questionnaire definition (AgilityDefinition), for loaders and editors. */
export const agilityDefinitionSchema: Readonly<Record<string, unknown>> = schema;
