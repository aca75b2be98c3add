import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { courseSchema } from './course-schema.ts';
import { questionnaireSchema } from './questionnaire-schema.ts';

/** Every problem at once, a strict schema, and the failing schema in each error (its description is the hint). */
const OPTIONS = { allErrors: true, strict: true, verbose: true } as const;

let course: ValidateFunction | undefined;
let questionnaire: ValidateFunction | undefined;

// Compiling a schema is about a second of ajv code generation. The compiled `dlis` command replaces this module
// with a loader of standaloneValidatorsCode(), generated once when the command is compiled (cli/build/compile-cli.mjs).

/** The ajv validator of course.yaml, compiled on first use. */
export function courseValidator(): ValidateFunction {
  course ??= new Ajv2020(OPTIONS).compile(courseSchema);
  return course;
}

/** The validator of a questionnaire file, whose schema refers to the course schema's definitions. */
export function questionnaireValidator(): ValidateFunction {
  questionnaire ??= new Ajv2020(OPTIONS).addSchema(courseSchema).compile(questionnaireSchema);
  return questionnaire;
}

/**
 * The two validators as precompiled JavaScript (ajv standalone code), with the same options and no schema compiled
 * at run time: a CommonJS body that sets `exports.courseValidator` and `exports.questionnaireValidator` (the
 * validate functions) and calls `require` for ajv's runtime helpers. cli/build/compile-cli.mjs runs it as a
 * script with a V8 code cache (the validators are half the code `dlis validate` loads).
 */
export function standaloneValidatorsCode(): string {
  const ajv = new Ajv2020({ ...OPTIONS, code: { source: true } })
    .addSchema(courseSchema, 'course')
    .addSchema(questionnaireSchema, 'questionnaire');
  return standaloneCode(ajv, { courseValidator: 'course', questionnaireValidator: 'questionnaire' });
}
