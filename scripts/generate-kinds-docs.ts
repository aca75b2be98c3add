// `npm run docs:kinds`: writes what is generated from the kinds (packages/course/src/kinds/): course.schema.json
// and the table of kinds in docs/course-format.md. Run it after adding or changing a kind; the unit test
// packages/course/test/generated-kinds.test.ts fails while they are stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { generateCourseSchema, withKindsTable } from '@dlis/course';

const root = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));

const schemaPath = root('packages/course/schema/course.schema.json');
const options = { ...(await resolveConfig(schemaPath)), filepath: schemaPath };
const schema = await format(JSON.stringify(generateCourseSchema()), options);
writeFileSync(schemaPath, schema);

const docPath = root('docs/course-format.md');
writeFileSync(docPath, withKindsTable(readFileSync(docPath, 'utf8')));
console.log(
  'Wrote packages/course/schema/course.schema.json and the table of kinds in docs/course-format.md.',
);
