import { expect, test } from 'vitest';
import { formatDiagnostic, loadCourse } from '../src/index.ts';
import { courseYaml, makeCourse } from './support/course-dir.ts';

const weird = [
  'modules: 5\nlanguages: fr',
  '- a\n- b',
  'just text',
  courseYaml(
    '          - null\n          - 3\n          - "x"\n          - type: question\n            choices: x\n            feedback: 3\n          - type: markdown\n            text: [1]\n          - type: image\n            alt: "s"\n            src: 3\n          - type: callout\n            file: 7\n          - type: question\n            kind: multiple-choice\n            choices: [null, { correct: true, weight: 5 }]',
  ),
  courseYaml('          - type: markdown\n            text: { fr: a, en: b }').replace(
    'languages: [fr, en]',
    'languages: [1, {}]',
  ),
  'a: &a [1,2,3,4,5,6,7,8,9]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
];

test('malformed shapes give located diagnostics, never an exception', async () => {
  for (const yaml of weird) {
    const c = await makeCourse({ 'course.yaml': yaml });
    const r = await loadCourse(c.dir);
    expect(r.ok).toBe(false);
    const diagnostics = r.ok ? [] : r.diagnostics;
    expect(diagnostics.length).toBeGreaterThan(0);
    for (const d of diagnostics) expect(formatDiagnostic(d)).toMatch(/^course\/course\.yaml:\d+:\d+: \S/);
    await c.remove();
  }
});

test('an alias bomb is refused as a YAML problem', async () => {
  const c = await makeCourse({ 'course.yaml': weird[weird.length - 1]! });
  const r = await loadCourse(c.dir);
  await c.remove();
  expect(r.ok ? [] : r.diagnostics.map((d) => d.code)).toEqual(['COURSE_E_YAML_SYNTAX']);
});
