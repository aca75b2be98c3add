import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { checkDefinition, dlisAgilityModel, scoreQuestionnaire } from '@dlis/agility';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { workedExampleAnswers } from '../../agility/test/support/worked-example.ts';
import {
  compileCourse,
  courseSchema,
  findQuestionnaire,
  loadCourse,
  questionnaireSchema,
} from '../src/index.ts';
import type { QuestionnaireBlock } from '@dlis/course/compiled';
import { courseYaml } from './support/course-dir.ts';
import { loadFiles } from './support/load-files.ts';

const agilityCourse = fileURLToPath(new URL('../../../courses/agility-index', import.meta.url));
const read = (path: string) => readFile(`${agilityCourse}/${path}`, 'utf8');
const realQuestionnaire = await read('agility/questionnaire.yaml');
/** The `links` the questionnaire block of the real course.yaml declares, read straight from the file. */
const declaredLinks = (
  parse(await read('course.yaml')) as {
    modules: { pages: { blocks: { type: string; links?: Record<string, string> }[] }[] }[];
  }
).modules
  .flatMap((m) => m.pages.flatMap((p) => p.blocks))
  .find((b) => b.type === 'questionnaire')?.links;
const notice = {
  'agility/notice.fr.md': await read('agility/notice.fr.md'),
  'agility/notice.en.md': await read('agility/notice.en.md'),
};

const block = (extra = '') =>
  `          - type: questionnaire\n            id: agility\n            questionnaire: agility/questionnaire.yaml${extra}`;

/** A small course whose page holds the questionnaire block, with the real questionnaire file (or a variant). */
function files(questionnaire = realQuestionnaire, extra = '', completion = 'questionnaire-submitted') {
  return {
    'course.yaml': courseYaml(block(extra), { completion }),
    'agility/questionnaire.yaml': questionnaire,
    ...notice,
  };
}

/** The real questionnaire file with `from` replaced by `to` (exactly once). */
function variant(from: string, to: string): string {
  expect(realQuestionnaire.split(from)).toHaveLength(2);
  return realQuestionnaire.replace(from, to);
}

/** 1-based line of the first line containing `text` in `source`. */
const lineOf = (source: string, text: string) => source.split('\n').findIndex((l) => l.includes(text)) + 1;

describe('courses/agility-index', () => {
  test('loads and compiles: every item and option worded in fr and en, Markdown rendered, links kept', async () => {
    const result = await loadCourse(agilityCourse);
    expect(result.ok ? [] : result.diagnostics).toEqual([]);
    if (!result.ok) return;
    expect(result.warnings).toEqual([]);
    expect(result.model.completion).toBe('questionnaire-submitted');
    const course = compileCourse(result.model).course;
    const q = course.modules[0]!.pages[1]!.blocks[0] as QuestionnaireBlock;
    expect(q.type).toBe('questionnaire');
    expect(q.id).toBe('agility-index');
    const { definition } = q;
    expect(definition.items).toHaveLength(45);
    expect(definition.scenarios).toHaveLength(19);
    for (const item of definition.items) expect(Object.keys(item.labels ?? {})).toEqual(['fr', 'en']);
    for (const s of definition.scenarios) {
      for (const o of s.options) expect(o.labels?.fr && o.labels.en, `${s.id} ${o.id}`).toBeTruthy();
      expect(q.scenarioPrompts[s.id]?.fr).toMatch(/^<p>.+<\/p>$/s);
      expect(Object.keys(q.scenarioFeedback[s.id]!)).toEqual(s.options.map((o) => o.id));
    }
    // The country equivalents the toolkit wrote (docs/agility.md): their right answer says what is to be confirmed.
    for (const id of ['D3-S3', 'D3-S4', 'D3-S5', 'D7-S3', 'D7-S4', 'D7-S5', 'D7-S6']) {
      const s = definition.scenarios.find((x) => x.id === id)!;
      const right = q.scenarioFeedback[id]![s.options.find((o) => o.credit === 100)!.id]!;
      expect(right.fr, id).toContain('à confirmer par les partenaires');
      expect(right.en, id).toContain('to be confirmed by the partners');
    }
    expect(definition.items.find((i) => i.id === '8.2')?.labels?.en).toBe(
      'Supporting an online procedure makes me uncomfortable.',
    );
    expect(Object.keys(q.dimensionIntros)).toEqual(['D1', 'D2', 'D3', 'D4', 'D5', 'D6', 'D7', 'D8']);
    expect(q.dimensionIntros.D1?.en).toContain('<strong>working conditions</strong>');
    expect(q.background.map((b) => b.id)).toEqual([
      ...Array.from({ length: 13 }, (_, i) => `Q${i + 1}`),
      'gender',
    ]);
    expect(q.background.filter((b) => b.country).map((b) => b.id)).toEqual(['Q1']);
    expect(q.background.find((b) => b.id === 'gender')?.options.map((o) => o.id)).toContain(
      'prefer-not-to-say',
    );
    expect(q.consent.notice.fr).toContain('<h2>');
    expect(q.consent.notice.en).toContain('[TO BE COMPLETED BY THE INSTITUTION');
    expect(declaredLinks).toBeDefined();
    expect(q.resourceLinks).toEqual(declaredLinks);
    // Every outside resource the model can recommend has a public https link.
    const external = definition.resources.filter((r) => r.kind === 'external').map((r) => r.id);
    expect(external).toEqual(['pix', 'europass', 'les-bons-clics']);
    for (const id of external) expect(q.resourceLinks[id], id).toMatch(/^https:\/\/[^/\s]+\//);
  });

  test('each Likert scale stored once: self items name theirs, scenario items list their options', async () => {
    const result = await loadCourse(agilityCourse);
    if (!result.ok) throw new Error('the agility course does not load');
    const q = compileCourse(result.model).course.modules[0]!.pages[1]!.blocks[0] as QuestionnaireBlock;
    expect(Object.keys(q.interactionScales)).toEqual(['agreement+na', 'proficiency+na']);
    expect(q.interactionScales['agreement+na']?.map((c) => c.id)).toEqual(['1', '2', '3', '4', '5', 'na']);
    expect(q.interactionScales['agreement+na']?.[0]?.description).toEqual({
      fr: "Pas du tout d'accord",
      en: 'Strongly disagree',
    });
    for (const item of q.definition.items) {
      const key = item.notApplicableAllowed ? `${item.scale}+na` : item.scale;
      expect(q.interactions[item.id], item.id).toEqual({ type: 'likert', scale: key });
    }
    for (const s of q.definition.scenarios) {
      const interaction = q.interactions[s.id];
      expect(interaction?.type === 'choice' && interaction.choices.map((c) => c.id), s.id).toEqual(
        s.options.map((o) => o.id),
      );
    }
  });

  test('every module and guide chapter a recommendation names opens a course of this repository', async () => {
    const result = await loadCourse(agilityCourse);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const q = compileCourse(result.model)
      .course.modules.flatMap((m) => m.pages.flatMap((p) => p.blocks))
      .find((b): b is QuestionnaireBlock => b.type === 'questionnaire')!;
    const internal = q.definition.resources.filter((r) => r.kind === 'module' || r.kind === 'guide');
    expect(internal.map((r) => r.id)).toEqual(['M1', 'M2', 'M3', 'M4', 'M5', 'M6', 'M7', 'guide-ch7']);
    for (const resource of internal) {
      // A sibling package, in the folder of its course id: `../<course id>/`, maybe with a page (`#chapitre-7`).
      const folder = /^\.\.\/([a-z0-9-]+)\/(?:#[a-z0-9-]+)?$/.exec(q.resourceLinks[resource.id] ?? '')?.[1];
      expect(folder, resource.id).toBeDefined();
      const target = await loadCourse(fileURLToPath(new URL(`../../../courses/${folder}`, import.meta.url)));
      expect(target.ok, `${resource.id} → courses/${folder}`).toBe(true);
      if (!target.ok) continue;
      expect(target.model.id).toBe(folder);
      if (resource.kind === 'module') expect(folder).toMatch(new RegExp(`^m${resource.id.slice(1)}-`));
      else expect(folder).toBe('guide-outil');
    }
  });

  test('the compiled definition is the model with wording: same scores as the built-in model', async () => {
    const result = await loadCourse(agilityCourse);
    if (!result.ok) throw new Error('the course must load');
    const definition = findQuestionnaire(result.model)!.definition;
    expect(checkDefinition(definition)).toEqual([]);
    const score = scoreQuestionnaire(definition, workedExampleAnswers);
    expect(score.index).toBe(58.25);
    expect(score).toEqual(scoreQuestionnaire(dlisAgilityModel, workedExampleAnswers));
    const strip = (d: typeof definition) => ({
      ...d,
      items: d.items.map(({ labels: _, ...i }) => i),
      scenarios: d.scenarios.map((s) => ({ ...s, options: s.options.map(({ labels: _, ...o }) => o) })),
    });
    expect(strip(definition)).toEqual(strip(dlisAgilityModel));
  });

  test('--lang en: the wording of one language only', async () => {
    const result = await loadCourse(agilityCourse);
    if (!result.ok) throw new Error('the course must load');
    const course = compileCourse(result.model, { languages: ['en'] }).course;
    const q = course.modules[0]!.pages[1]!.blocks[0] as QuestionnaireBlock;
    expect(Object.keys(q.definition.items[0]!.labels!)).toEqual(['en']);
    expect(Object.keys(q.consent.notice)).toEqual(['en']);
    expect(Object.keys(q.scenarioFeedback['D1-S1']!.A!)).toEqual(['en']);
  });
});

describe('questionnaire.schema.json', () => {
  test('compiles in strict mode beside the course schema', () => {
    const ajv = new Ajv2020({ strict: true, allErrors: true }).addSchema(courseSchema);
    expect(() => ajv.compile(questionnaireSchema)).not.toThrow();
  });
});

describe('questionnaire checks, located in the questionnaire file', () => {
  const qFile = 'course/agility/questionnaire.yaml';

  test('an unknown item id, with a suggestion', async () => {
    const source = variant("  '1.6':", "  '1.7':");
    const { lines, errors } = await loadFiles(files(source));
    const line = lineOf(source, "'1.7':");
    expect(lines).toContainEqual(
      `${qFile}:${line}:3: items.1.7: '1.7' is not an item of the scoring model. Did you mean '1.1'?`,
    );
    expect(errors.map((e) => e.code)).toContain('COURSE_E_QUESTIONNAIRE_UNKNOWN_ID');
    expect(lines).toContainEqual(
      `${qFile}:${lineOf(source, 'items:')}:1: items: items of the scoring model without wording: 1.6.`,
    );
  });

  test('wording missing in a course language', async () => {
    const source = variant("    en: 'I feel confident supporting a procedure I have not done before.'\n", '');
    const { lines } = await loadFiles(files(source));
    expect(lines).toContainEqual(`${qFile}:${lineOf(source, "'8.6':")}:3: items.8.6: missing 'en' wording.`);
  });

  test('an option id not in the model, a missing option, and a scenario without a prompt', async () => {
    let source = variant(
      "      D:\n        label:\n          fr: 'Lui dire que vous ne pouvez pas",
      "      E:\n        label:\n          fr: 'Lui dire que vous ne pouvez pas",
    );
    source = source.replace(/ {2}D7-S2:\n {4}prompt:\n(?: {6}.*\n){2}/, '  D7-S2:\n');
    const { lines, errors } = await loadFiles(files(source));
    expect(lines).toContainEqual(
      `${qFile}:${lineOf(source, '      E:')}:7: scenarios.D7-S1.options.E: 'E' is not an option of D7-S1 of the scoring model. Did you mean 'A'?`,
    );
    expect(lines).toContainEqual(
      `${qFile}:${lineOf(source, 'D7-S1:') + 4}:5: scenarios.D7-S1.options: options of the scoring model without wording: D.`,
    );
    expect(lines).toContainEqual(
      `${qFile}:${lineOf(source, '  D7-S2:') + 1}:5: scenarios.D7-S2: missing required key 'prompt'.`,
    );
    expect(errors.every((e) => e.file === qFile)).toBe(true);
  });

  test('a scenario of the model left out', async () => {
    const at = realQuestionnaire.indexOf('  D7-S2:');
    const end = realQuestionnaire.indexOf('\n\n', at);
    const source = realQuestionnaire.slice(0, at) + realQuestionnaire.slice(end + 1);
    const { lines } = await loadFiles(files(source));
    expect(lines).toContainEqual(
      `${qFile}:${lineOf(source, 'scenarios:')}:1: scenarios: scenarios of the scoring model without wording: D7-S2.`,
    );
  });

  test('background: askedIf naming an unknown option or a later question; two country questions', async () => {
    let source = variant('anyOf: [student, apprentice]', 'anyOf: [student, learner]');
    source = source.replace(
      'askedIf: { question: Q1, anyOf: [FR] }',
      'askedIf: { question: Q13, anyOf: [fr] }',
    );
    source = source.replace('  - id: Q13\n', '  - id: Q13\n    country: true\n');
    const { lines, errors } = await loadFiles(files(source));
    expect(lines).toContainEqual(
      `${qFile}:${lineOf(source, 'learner]')}:47: background[2].askedIf.anyOf[1]: 'learner' is not an option of question 'Q2'.`,
    );
    expect(lines).toContainEqual(
      `${qFile}:${lineOf(source, 'question: Q13')}:26: background[11].askedIf.question: 'Q13' is not a question asked before this one.`,
    );
    expect(lines.filter((l) => l.includes('only one question can be the country question'))).toHaveLength(1);
    expect(errors.filter((e) => e.code === 'COURSE_E_QUESTIONNAIRE_BACKGROUND')).toHaveLength(3);
  });

  test('country-specific scenarios need a country question that offers their countries', async () => {
    const be = variant('{ id: BE,', '{ id: BEL,');
    const warned = await loadFiles(files(be));
    expect(warned.ok).toBe(true);
    expect(warned.warnings.map((w) => [w.file, w.line, w.code, w.message])).toEqual([
      [
        qFile,
        lineOf(be, '{ id: FR,'),
        'COURSE_W_QUESTIONNAIRE_COUNTRY',
        'no option of the country question is BE: the scenarios for that country are never shown.',
      ],
    ]);
    const none = variant('    country: true\n', '');
    const { lines } = await loadFiles(files(none));
    expect(lines).toEqual([
      `${qFile}:${lineOf(none, 'background:')}:1: background: the scoring model has country-specific scenarios (FR, BE, LU, GR, RO) but no background question has \`country: true\`.`,
    ]);
  });

  test('schema errors are located in the questionnaire file', async () => {
    const source = variant('model: dlis-agility-index', 'model: dlis-agility-indx\ncolour: blue');
    const { lines } = await loadFiles(files(source));
    expect(lines).toContainEqual(
      `${qFile}:${lineOf(source, 'model:')}:8: model: "dlis-agility-indx" is not allowed. Did you mean 'dlis-agility-index'?`,
    );
    expect(lines).toContainEqual(`${qFile}:${lineOf(source, 'colour:')}:1: colour: unknown key 'colour'.`);
  });

  test('a version other than the model version', async () => {
    const source = variant("version: '0.2.0'", "version: '0.0.9'");
    const { errors } = await loadFiles(files(source));
    expect(errors.map((e) => [e.file, e.line, e.code])).toEqual([
      [qFile, lineOf(source, 'version:'), 'COURSE_E_QUESTIONNAIRE_MODEL'],
    ]);
  });

  test('a notice file missing in one language', async () => {
    const { 'agility/notice.en.md': _, ...withoutEn } = files();
    const { lines } = await loadFiles(withoutEn);
    expect(lines).toContainEqual(
      `${qFile}:${lineOf(realQuestionnaire, 'notice:')}:11: consent.notice: missing 'en' notice: file 'agility/notice.en.md' not found.`,
    );
  });
});

describe('questionnaire block in course.yaml', () => {
  test('a missing questionnaire file, and a link to a resource the model does not have', async () => {
    const { lines } = await loadFiles({
      'course.yaml': courseYaml(
        `          - type: questionnaire\n            questionnaire: agility/q.yaml\n            links: { M1: ../m1/, M9: https://example.org/ }`,
      ),
    });
    expect(lines).toEqual([
      "course/course.yaml:17:28: modules[0].pages[0].blocks[0].questionnaire: file 'agility/q.yaml' not found.",
    ]);
    const withFile = await loadFiles({
      ...files(),
      'course.yaml': courseYaml(block('\n            links: { M1: ../m1/, M9: https://example.org/ }')),
    });
    expect(withFile.lines).toEqual([
      "course/course.yaml:19:34: modules[0].pages[0].blocks[0].links.M9: 'M9' is not a resource of the scoring model. Did you mean 'M1'?",
    ]);
  });

  test("completion 'questionnaire-submitted' needs a questionnaire block", async () => {
    const { errors } = await loadFiles({
      'course.yaml': courseYaml('          - type: markdown\n            text: { fr: Bonjour, en: Hello }', {
        completion: 'questionnaire-submitted',
      }),
    });
    expect(errors.map((e) => [e.line, e.code])).toEqual([[8, 'COURSE_E_NO_QUESTIONNAIRE']]);
  });

  test('the block id defaults to <page>-<position>; links are copied', async () => {
    const loaded = await loadFiles({
      ...files(),
      'course.yaml': courseYaml(
        '          - type: questionnaire\n            questionnaire: agility/questionnaire.yaml\n            links: { M4: https://lms.example.org/course/4 }',
        { completion: 'questionnaire-submitted' },
      ),
    });
    expect(loaded.lines).toEqual([]);
    const q = findQuestionnaire(loaded.model!)!;
    expect(q.id).toBe('p1-1');
    expect(q.resourceLinks).toEqual({ M4: 'https://lms.example.org/course/4' });
  });
});

describe('compileCourse resourceLinks (per deployment)', () => {
  test('win over the links of course.yaml; an unknown resource id is refused', async () => {
    const result = await loadCourse(agilityCourse);
    if (!result.ok) throw new Error('the course must load');
    const course = compileCourse(result.model, {
      resourceLinks: { M4: 'https://lms.example.org/course/4', M3: 'https://lms.example.org/course/3' },
    }).course;
    const q = course.modules[0]!.pages[1]!.blocks[0] as QuestionnaireBlock;
    expect(declaredLinks?.M4).not.toBe('https://lms.example.org/course/4');
    expect(q.resourceLinks).toEqual({
      ...declaredLinks,
      M4: 'https://lms.example.org/course/4',
      M3: 'https://lms.example.org/course/3',
    });
    expect(() => compileCourse(result.model, { resourceLinks: { M8: 'https://x.example/' } })).toThrow(
      expect.objectContaining({ code: 'COURSE_E_COMPILE_UNKNOWN_RESOURCE' }),
    );
  });
});
