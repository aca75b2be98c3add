import { expect, test } from 'vitest';
import { formatDiagnostic } from '../src/index.ts';

test('formatDiagnostic gives file:line:col: path: message, and the hint on the next line', () => {
  const d = {
    file: 'courses/x/course.yaml',
    line: 7,
    col: 5,
    path: 'modules[0].titel',
    code: 'COURSE_E_UNKNOWN_KEY',
    severity: 'error',
    message: "unknown key 'titel'. Did you mean 'title'?",
  } as const;
  expect(formatDiagnostic(d)).toBe(
    "courses/x/course.yaml:7:5: modules[0].titel: unknown key 'titel'. Did you mean 'title'?",
  );
  expect(formatDiagnostic({ ...d, hint: 'Allowed keys here: id, title, pages.' })).toBe(
    "courses/x/course.yaml:7:5: modules[0].titel: unknown key 'titel'. Did you mean 'title'?\n  hint: Allowed keys here: id, title, pages.",
  );
});
