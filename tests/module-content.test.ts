// Content rules of the DLIS thematic modules (content brief §5 "Format for each module"), checked on every module
// folder courses/m<N>-<slug>/, so that a module added later is held to the same rules: the course id is its folder
// name, the assessment asks 5 quiz questions each with feedback in every language, sources are cited and a
// printable tool sheet is given in every language, the pass rule is the modules' one, and no placeholder is left.
import { readdirSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, test } from 'vitest';
import { compileCourse, loadCourse } from '@dlis/course';
import {
  visibleCourse,
  type CompiledBlock,
  type CompiledCourse,
  type QuestionBlock,
  type ScenarioBlock,
} from '@dlis/course/compiled';
import { coursePages, plainText } from './support/learner.ts';

const coursesDir = fileURLToPath(new URL('../courses/', import.meta.url));
/** A module's folder and id: `m`, its number, then a lowercase slug (`m2-reperer-diagnostiquer-exclusion-numerique`). */
const MODULE_ID = /^m[1-9]\d*-[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MODULE_FOLDER = /^m\d+-/;
/** Marks of unfinished text: upper-case markers only (ordinary words are never caught), and any "lorem". */
const PLACEHOLDER = [/\b(?:TODO|TBD|FIXME|XXX)\b/, /\blorem\b/i];
const QUIZ_QUESTIONS = 5;

const moduleFolders = readdirSync(coursesDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && MODULE_FOLDER.test(entry.name))
  .map((entry) => entry.name)
  .sort();

function allBlocks(course: CompiledCourse): CompiledBlock[] {
  return coursePages(course).flatMap((page) =>
    page.blocks.flatMap((b): CompiledBlock[] => (b.type === 'question-bank' ? [b, ...b.questions] : [b])),
  );
}

/**
 * The course as each kind of learner sees it: one view per combination of the course variables' values (M5: one
 * per country), or the course itself when it has no variables.
 */
function learnerViews(course: CompiledCourse): { name: string; course: CompiledCourse }[] {
  let combos: Record<string, string>[] = [{}];
  for (const variable of course.variables ?? [])
    combos = combos.flatMap((c) => variable.values.map((v) => ({ ...c, [variable.id]: v.id })));
  return combos.map((values) => ({
    name: Object.values(values).join(', ') || 'every learner',
    course: visibleCourse(course, values),
  }));
}

/** The quiz questions a learner answers: the scored question blocks of the assessment they see. */
function quizQuestions(course: CompiledCourse): QuestionBlock[] {
  return allBlocks(course).filter(
    (b): b is QuestionBlock =>
      b.type === 'question' && b.scored && course.assessment.questionIds.includes(b.id),
  );
}

/** The items of the list that follows a heading or paragraph naming the sources ("Sources cited…"). */
function sourceItems(html: string): string[] {
  const match = /Sources[^<]*<\/(?:h[2-6]|p)>\s*<ul>([\s\S]*?)<\/ul>/.exec(html);
  if (!match) return [];
  return [...match[1]!.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((m) => plainText(m[1]!));
}

async function textFiles(dir: string): Promise<string[]> {
  const files: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && /\.(?:ya?ml|md)$/.test(entry.name)) files.push(join(entry.parentPath, entry.name));
  }
  return files.sort();
}

test('the repository holds DLIS thematic modules', () => {
  expect(moduleFolders.length).toBeGreaterThanOrEqual(2);
});

describe.each(moduleFolders)('courses/%s', (folder) => {
  const dir = join(coursesDir, folder);
  let course: CompiledCourse;

  beforeAll(async () => {
    const loaded = await loadCourse(dir);
    if (!loaded.ok) throw new Error(`${folder} does not validate: ${JSON.stringify(loaded.diagnostics)}`);
    course = compileCourse(loaded.model).course;
  });

  test('its id is its folder name, m<N>-<slug>', () => {
    expect(course.id).toBe(folder);
    expect(course.id).toMatch(MODULE_ID);
  });

  test('French first, English complete, CC BY-SA 4.0, passed at 80 % of the assessment', () => {
    expect(course.defaultLanguage).toBe('fr');
    expect(course.languages).toEqual(expect.arrayContaining(['fr', 'en']));
    expect(course.licence).toBe('CC-BY-SA-4.0');
    expect(course.completion).toBe('assessment-passed');
    expect(course.masteryScore).toBe(80);
  });

  test(`every learner answers ${QUIZ_QUESTIONS} quiz questions, each with feedback in every language`, () => {
    for (const view of learnerViews(course)) {
      const quiz = quizQuestions(view.course);
      expect(quiz.length, view.name).toBe(QUIZ_QUESTIONS);
      for (const question of quiz) {
        for (const lang of course.languages) {
          for (const outcome of ['correct', 'incorrect'] as const) {
            const text = plainText(question.feedback[outcome]?.[lang] ?? '');
            expect(text, `${view.name}: ${question.id}: ${outcome} feedback in ${lang}`).not.toBe('');
          }
        }
      }
    }
  });

  test('every learner sees 6 to 9 screens, with practice questions beyond the quiz', () => {
    for (const view of learnerViews(course)) {
      expect(coursePages(view.course).length, view.name).toBeGreaterThanOrEqual(6);
      expect(coursePages(view.course).length, view.name).toBeLessThanOrEqual(9);
      const practice = allBlocks(view.course).filter((b) => b.type === 'question' && !b.scored);
      expect(practice.length, view.name).toBeGreaterThanOrEqual(1);
    }
  });

  test('sources cited in every language (a list after "Sources…", or a resources block titled so)', () => {
    const markdown = allBlocks(course).filter((b) => b.type === 'markdown');
    const resources = allBlocks(course).filter((b) => b.type === 'resources');
    for (const lang of course.languages) {
      const items = [
        ...markdown.flatMap((b) => sourceItems(b.html[lang] ?? '')),
        ...resources
          .filter((b) => /sources/i.test(plainText(b.title?.[lang] ?? '')))
          .flatMap((b) => b.items.filter((item) => 'url' in item)),
      ];
      expect(items.length, `sources in ${lang}`).toBeGreaterThanOrEqual(3);
    }
  });

  test('a printable tool sheet in every language', () => {
    const sheets = allBlocks(course).filter((b) => b.type === 'tool-sheet');
    expect(sheets.length).toBeGreaterThanOrEqual(1);
    for (const sheet of sheets) {
      for (const lang of course.languages) {
        expect(plainText(sheet.title[lang] ?? ''), `tool sheet title in ${lang}`).not.toBe('');
        expect(plainText(sheet.html[lang] ?? '').length, `tool sheet in ${lang}`).toBeGreaterThan(200);
      }
    }
  });

  test('no placeholder text (TODO, TBD, FIXME, lorem ipsum) in its sources', async () => {
    const found: string[] = [];
    for (const file of await textFiles(dir)) {
      const lines = (await readFile(file, 'utf8')).split('\n');
      lines.forEach((line, i) => {
        if (PLACEHOLDER.some((marker) => marker.test(line)))
          found.push(`${relative(coursesDir, file)}:${i + 1}: ${line.trim()}`);
      });
    }
    expect(found).toEqual([]);
  });
});

// The branching case of M3 as the content brief (§5, "Le dossier de M. Martin") scores it: each run's total decides
// its ending (6: supported autonomy; 2 to 5: fragile, in the version naming the decision to revisit; 1 or less:
// loss of rights), and logging into his account (decision 3, C) is only offered once his credentials were kept.
describe('courses/m3-posture-ethique-mandat: the case "Le dossier de M. Martin"', () => {
  let scenario: ScenarioBlock;

  beforeAll(async () => {
    const loaded = await loadCourse(join(coursesDir, 'm3-posture-ethique-mandat'));
    if (!loaded.ok) throw new Error('m3-posture-ethique-mandat does not validate');
    const course = compileCourse(loaded.model).course;
    scenario = allBlocks(course).find((b): b is ScenarioBlock => b.type === 'scenario')!;
  });

  /** Every run from the start to an ending that takes no situation twice, with its choices and its total. */
  function everyRun(): { choices: string[]; total: number; ending: string }[] {
    const situations = new Map(scenario.situations.map((s) => [s.id, s]));
    const runs: { choices: string[]; total: number; ending: string }[] = [];
    const visit = (id: string, seen: Set<string>, choices: string[], total: number) => {
      const situation = situations.get(id);
      if (!situation) return void runs.push({ choices, total, ending: id });
      if (seen.has(id)) return;
      for (const c of situation.choices)
        visit(c.next, new Set([...seen, id]), [...choices, c.id], total + c.score);
    };
    visit(scenario.start, new Set(), [], 0);
    return runs;
  }

  test('is scored out of 6, with three decisions per run and five endings', () => {
    expect(scenario.scored).toBe(true);
    expect(scenario.maxScore).toBe(6);
    expect(scenario.endings.map((e) => [e.id, e.tone])).toEqual([
      ['autonomie-accompagnee', 'positive'],
      ['fragile-identifiants', 'mixed'],
      ['fragile-adresse', 'mixed'],
      ['fragile-arnaque', 'mixed'],
      ['rupture-de-droits', 'negative'],
    ]);
    for (const run of everyRun()) expect(run.choices).toHaveLength(3);
  });

  test("each run's total decides its ending, as the brief's bands say", () => {
    const runs = everyRun();
    expect(runs).toHaveLength(15);
    for (const run of runs) {
      const where = `${run.choices.join(' → ')} (total ${run.total})`;
      if (run.total === 6) expect(run.ending, where).toBe('autonomie-accompagnee');
      else if (run.total >= 2) expect(run.ending, where).toMatch(/^fragile-/);
      else expect(run.ending, where).toBe('rupture-de-droits');
    }
  });

  test('the fragile ending names the decision to revisit', () => {
    const fragile = everyRun().filter((r) => r.ending.startsWith('fragile-'));
    for (const run of fragile) {
      const [dp1, dp2, dp3] = run.choices;
      const missed =
        dp1 !== 'dp1-faire-avec'
          ? 'identifiants'
          : !dp2!.endsWith('sa-propre-adresse')
            ? 'adresse'
            : 'arnaque';
      expect(run.ending, run.choices.join(' → ')).toBe(`fragile-${missed}`);
      expect(dp3).toMatch(/-(verifier|remplir)$/);
    }
  });

  test('the second try: referring him away (decision 1, C) scores 0 and comes back to decision 1', () => {
    const dp1 = scenario.situations.find((s) => s.id === scenario.start)!;
    expect(dp1.choices.map((c) => [c.score, c.next])).toEqual([
      [-1, 'dp2-identifiants-gardes'],
      [2, 'dp2'],
      [0, 'dp1'],
    ]);
  });

  test('logging into his account is offered only when his credentials were kept', () => {
    for (const run of everyRun()) {
      if (run.choices.some((c) => c.endsWith('-se-connecter'))) expect(run.choices[0]).toBe('dp1-garder');
    }
    const offered = scenario.situations.filter((s) => s.choices.some((c) => c.id.endsWith('-se-connecter')));
    expect(offered.map((s) => s.id).sort()).toEqual([
      'dp3-identifiants-total-1',
      'dp3-identifiants-total-moins-2',
    ]);
  });
});
