import { describe, expect, test } from 'vitest';
import { scenarioMaxScore } from '../src/scenario-graph.ts';
import { courseYaml } from './support/course-dir.ts';
import { compileFiles, firstPageBlocks, loadFiles } from './support/load-files.ts';

const t = (s: string) => `{ fr: ${s}, en: ${s} }`;
const choice = (next: string, score = 0, id?: string) =>
  `{ ${id ? `id: ${id}, ` : ''}label: ${t('c')}, next: ${next}, score: ${score} }`;

/** A scenario block; `situations` are `id: [choices]` lines. */
function scenario(start: string, situations: Record<string, string[]>, extra = ''): string {
  const lines = [
    '          - type: scenario',
    '            id: case',
    `            title: ${t('Cas')}`,
    `            start: ${start}`,
    ...(extra ? [`            ${extra}`] : []),
    '            situations:',
    ...Object.entries(situations).flatMap(([id, choices]) => [
      `              - id: ${id}`,
      `                text: ${t(id)}`,
      `                choices: [${choices.join(', ')}]`,
    ]),
    '            endings:',
    `              - { id: good, tone: positive, text: ${t('bien')} }`,
    `              - { id: bad, tone: negative, text: ${t('mal')} }`,
  ];
  return lines.join('\n');
}

describe('scenario graph checks', () => {
  test('a valid scenario compiles with its best score over paths that never revisit a situation', async () => {
    const course = await compileFiles({
      'course.yaml': courseYaml(
        scenario('a', {
          a: [choice('b', 1), choice('c', 2), choice('bad', -1)],
          b: [choice('a', 5), choice('good', 1)],
          c: [choice('b', 3), choice('good', 0)],
        }),
      ),
    });
    const block = firstPageBlocks(course)[0]!;
    if (block.type !== 'scenario') throw new Error('not a scenario');
    // a→c→b→good = 2+3+1 = 6 (a→b→a is a revisit, not counted)
    expect(block.maxScore).toBe(6);
    expect(block.situations[0]!.choices.map((c) => c.id)).toEqual(['a-a', 'a-b', 'a-c']);
    expect([block.scored, block.points]).toEqual([true, 1]);
    expect(course.assessment.questionIds).toEqual(['case']);
    expect(course.assessment.maxPoints).toBe(1);
  });

  test('an unknown next and an unknown start are located, with a suggestion', async () => {
    const { lines, errors } = await loadFiles({
      'course.yaml': courseYaml(scenario('aa', { a: [choice('god', 1)] })),
    });
    expect(lines).toEqual([
      "course/course.yaml:19:20: modules[0].pages[0].blocks[0].start: 'aa' is not the id of a situation of this scenario. Did you mean 'a'?",
      "course/course.yaml:23:60: modules[0].pages[0].blocks[0].situations[0].choices[0].next: 'god' is not the id of a situation or an ending of this scenario. Did you mean 'good'?",
    ]);
    expect(errors.map((d) => d.code)).toEqual([
      'COURSE_E_SCENARIO_UNKNOWN_NEXT',
      'COURSE_E_SCENARIO_UNKNOWN_NEXT',
    ]);
  });

  test('unreachable situations, dead ends and loops with no way out, each at its situation', async () => {
    const { lines, errors } = await loadFiles({
      'course.yaml': courseYaml(
        scenario('a', {
          a: [choice('good', 1), choice('loop1')],
          loop1: [choice('loop2')],
          loop2: [choice('loop1')],
          orphan: [choice('good', 1)],
          stuck: [],
        }).replace(`choice('loop1')`, ''),
      ).replace(
        '{ label: { fr: c, en: c }, next: good, score: 1 }, { label',
        '{ label: { fr: c, en: c }, next: stuck, score: 0 }, { label: { fr: c, en: c }, next: good, score: 1 }, { label',
      ),
    });
    expect(errors.map((d) => [d.code, d.path.replace('modules[0].pages[0].blocks[0].', '')])).toEqual([
      ['COURSE_E_SCENARIO_NO_WAY_OUT', 'situations[1].id'],
      ['COURSE_E_SCENARIO_NO_WAY_OUT', 'situations[2].id'],
      ['COURSE_E_SCENARIO_UNREACHABLE', 'situations[3].id'],
      ['COURSE_E_SCENARIO_DEAD_END', 'situations[4].choices'],
    ]);
    expect(lines[0]).toMatch(/:24:21: .*no ending can be reached from situation 'loop1'/);
  });

  test('a scored scenario whose best run earns nothing is an error; unscored it is fine', async () => {
    const bad = scenario('a', { a: [choice('good', 0), choice('bad', -2)] });
    const { errors } = await loadFiles({ 'course.yaml': courseYaml(bad) });
    expect(errors.map((d) => [d.code, d.message])).toEqual([
      [
        'COURSE_E_SCENARIO_SCORE',
        'the best run of this scored scenario earns 0 points: it cannot be passed.',
      ],
    ]);
    const unscored = scenario('a', { a: [choice('good', 0)] }, 'scored: false');
    expect((await loadFiles({ 'course.yaml': courseYaml(unscored) })).ok).toBe(true);
  });

  test('duplicate situation, ending and choice ids', async () => {
    const { errors } = await loadFiles({
      'course.yaml': courseYaml(
        scenario('a', { a: [choice('good', 1, 'x'), choice('bad', 0, 'x')], good: [choice('good', 1)] }),
      ),
    });
    expect(errors.map((d) => [d.code, d.path.replace('modules[0].pages[0].blocks[0].', '')])).toEqual([
      ['COURSE_E_DUPLICATE_ID', 'situations[0].choices[1].id'],
      ['COURSE_E_DUPLICATE_ID', 'endings[0].id'],
    ]);
  });

  test('absurdly large scenarios are refused instead of explored', async () => {
    const situations = Object.fromEntries(
      Array.from({ length: 201 }, (_, i) => [`s${i}`, [choice(i === 200 ? 'good' : `s${i + 1}`, 1)]]),
    );
    const { errors } = await loadFiles({ 'course.yaml': courseYaml(scenario('s0', situations)) });
    expect(errors.map((d) => d.code)).toEqual(['COURSE_E_SCENARIO_TOO_LARGE']);
  });

  test('the best-score search is bounded: a dense graph gives up instead of running for ever', () => {
    const n = 40;
    const ids = Array.from({ length: n }, (_, i) => `s${i}`);
    const g = {
      start: 's0',
      situations: ids.map((id) => ({
        id,
        choices: [
          ...ids.filter((o) => o !== id).map((next) => ({ score: 1, next })),
          { score: 0, next: 'end' },
        ],
      })),
      endings: [{ id: 'end' }],
    };
    expect(scenarioMaxScore(g)).toBeUndefined();
    expect(scenarioMaxScore({ ...g, situations: g.situations.slice(0, 1) })).toBe(0);
  });
});
