import { isObj, list, str, type CheckContext, type Obj } from './check-context.ts';
import { checkQuestion } from './check-question.ts';
import { checkQuestionnaire } from './check-questionnaire.ts';
import { checkScenario } from './check-scenario.ts';
import { DiagnosticCode } from './diagnostic.ts';
import { questionKindOf } from './kinds/question-kinds.ts';
import type { SourcePath } from './yaml-document.ts';

/** False for a question whose kind has no right answer (likert); true when its kind is unknown (the schema says). */
const scorable = (q: Obj) => questionKindOf(q.kind)?.scorable !== false;

/** Per-language paths (`src`, `file` of a resource): one string for every language, or a map of them. */
function localizedPaths(ctx: CheckContext, path: SourcePath, value: unknown): [SourcePath, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (!isObj(value)) return [];
  ctx.translations(path, value);
  return ctx.languages.flatMap((l): [SourcePath, string][] =>
    typeof value[l] === 'string' ? [[[...path, l], value[l]]] : [],
  );
}

async function checkMedia(ctx: CheckContext, b: Obj, path: SourcePath): Promise<void> {
  ctx.translations([...path, 'title'], b.title);
  for (const [at, ref] of localizedPaths(ctx, [...path, 'src'], b.src))
    await ctx.files.checkAsset(at, ref, 'media');
  if (b.kind === 'video') {
    const captions = isObj(b.captions) ? b.captions : {};
    const missing = ctx.languages.filter((l) => captions[l] === undefined);
    if (missing.length > 0) {
      ctx.out.error(
        isObj(b.captions) ? [...path, 'captions'] : path,
        {
          code: DiagnosticCode.captionsRequired,
          message: `a video needs captions in every course language; missing: ${missing.join(', ')}.`,
          hint: 'Add `captions: { fr: assets/video.fr.vtt, en: assets/video.en.vtt }` (WebVTT files).',
        },
        'key',
      );
    }
  }
  if (isObj(b.captions)) {
    ctx.translations([...path, 'captions'], {
      ...Object.fromEntries(ctx.languages.map((l) => [l, ''])),
      ...b.captions,
    });
    for (const l of ctx.languages) {
      const ref = str(b.captions[l]);
      if (ref) await ctx.files.checkAsset([...path, 'captions', l], ref, 'captions');
    }
  }
  await ctx.markdownFileOrText([...path, 'transcript'], b.transcript);
  const poster = str(b.poster);
  if (poster) await ctx.files.checkImageBlock([...path, 'poster'], poster);
}

async function titledBodies(
  ctx: CheckContext,
  items: unknown,
  path: SourcePath,
  what: string,
): Promise<void> {
  ctx.itemIds(items, path, what);
  for (const [i, item] of list(items).entries()) {
    if (!isObj(item)) continue;
    ctx.translations([...path, i, 'title'], item.title);
    await ctx.body([...path, i], item, `a ${what}`);
  }
}

async function checkResources(ctx: CheckContext, b: Obj, path: SourcePath): Promise<void> {
  ctx.translations([...path, 'title'], b.title);
  ctx.itemIds(b.items, [...path, 'items'], 'resource');
  for (const [i, item] of list(b.items).entries()) {
    if (!isObj(item)) continue;
    const iPath = [...path, 'items', i];
    ctx.translations([...iPath, 'title'], item.title);
    ctx.translations([...iPath, 'description'], item.description);
    if ((item.file === undefined) === (item.url === undefined)) {
      ctx.out.error(iPath, {
        code: DiagnosticCode.resourceSource,
        message: "a resource needs exactly one of 'file' (a download) and 'url' (a link).",
        hint: "Use 'file: assets/guide.pdf' for a file of the course, or 'url: https://…' for a web page.",
      });
    }
    for (const [at, ref] of localizedPaths(ctx, [...iPath, 'file'], item.file))
      await ctx.files.checkAsset(at, ref, 'download');
    localizedPaths(ctx, [...iPath, 'url'], item.url);
  }
}

async function checkBank(ctx: CheckContext, b: Obj, path: SourcePath): Promise<void> {
  const questions = list(b.questions);
  const count = questions.length;
  if (typeof b.draw === 'number' && count > 0 && b.draw > count) {
    ctx.out.error([...path, 'draw'], {
      code: DiagnosticCode.bankDraw,
      message: `draw is ${b.draw} but the bank has only ${count} question${count === 1 ? '' : 's'}.`,
      hint: `Draw at most ${count}, or add questions to the bank.`,
    });
  }
  let points: { value: number; index: number } | undefined;
  for (const [i, q] of questions.entries()) {
    if (!isObj(q)) continue;
    const qPath = [...path, 'questions', i];
    ctx.unique(ctx.blockIds, q.id, [...qPath, 'id'], 'block', 'in the whole course');
    if (q.scored === false || !scorable(q)) {
      ctx.out.error(
        q.scored === false ? [...qPath, 'scored'] : [...qPath, 'kind'],
        {
          code: DiagnosticCode.bankQuestions,
          message: 'every question of a bank is scored: a bank draws questions for the assessment.',
          hint: 'Move practice questions and likert scales out of the bank.',
        },
        q.scored === false ? 'key' : 'value',
      );
    } else ctx.scored++;
    const value = typeof q.points === 'number' ? q.points : 1;
    if (points === undefined) points = { value, index: i };
    else if (value !== points.value) {
      ctx.out.error(q.points === undefined ? qPath : [...qPath, 'points'], {
        code: DiagnosticCode.bankQuestions,
        message: `this question is worth ${value} point${value === 1 ? '' : 's'} but question ${points.index + 1} of the bank is worth ${points.value}; every question of a bank has the same points.`,
        hint: 'Otherwise two learners could get different maximum scores.',
      });
    }
    await checkQuestion(ctx, q, qPath);
  }
}

/** Checks of one block that the schema cannot express (ids are checked by the caller). */
export async function checkBlock(ctx: CheckContext, b: Obj, path: SourcePath): Promise<void> {
  switch (b.type) {
    case 'markdown':
      return ctx.body(path, b, 'a markdown block');
    case 'callout':
      ctx.translations([...path, 'title'], b.title);
      return ctx.body(path, b, 'a callout block');
    case 'image': {
      const decorative = b.decorative === true;
      if (!decorative && b.alt === undefined) {
        ctx.out.error(path, {
          code: DiagnosticCode.altRequired,
          message: 'an image needs an `alt` text in each language, or `decorative: true`.',
          hint: 'Describe what the image tells, for people who cannot see it.',
        });
      }
      if (decorative && b.alt !== undefined) {
        ctx.out.warning(
          [...path, 'alt'],
          {
            code: DiagnosticCode.unusedAlt,
            message: 'a decorative image has no alt text: this one is ignored.',
            hint: 'Remove `decorative: true` if the image carries information.',
          },
          'key',
        );
      }
      ctx.translations([...path, 'alt'], b.alt);
      await ctx.markdownTexts([...path, 'caption'], b.caption, true);
      const src = str(b.src);
      if (src) await ctx.files.checkImageBlock([...path, 'src'], src);
      return;
    }
    case 'question':
      if (b.scored !== false && scorable(b)) ctx.scored++;
      return checkQuestion(ctx, b, path);
    case 'question-bank':
      return checkBank(ctx, b, path);
    case 'scenario':
      if (b.scored !== false) ctx.scored++;
      return checkScenario(ctx, b, path);
    case 'media':
      return checkMedia(ctx, b, path);
    case 'accordion':
      return titledBodies(ctx, b.items, [...path, 'items'], 'section');
    case 'tabs':
      ctx.translations([...path, 'label'], b.label);
      return titledBodies(ctx, b.tabs, [...path, 'tabs'], 'tab');
    case 'key-figures':
      ctx.translations([...path, 'title'], b.title);
      ctx.itemIds(b.figures, [...path, 'figures'], 'figure');
      for (const [i, f] of list(b.figures).entries()) {
        if (!isObj(f)) continue;
        for (const key of ['value', 'label', 'source'])
          ctx.translations([...path, 'figures', i, key], f[key]);
      }
      return;
    case 'quote':
      for (const key of ['author', 'role', 'source']) ctx.translations([...path, key], b[key]);
      return ctx.body(path, b, 'a quote');
    case 'resources':
      return checkResources(ctx, b, path);
    case 'checklist':
      ctx.translations([...path, 'title'], b.title);
      ctx.itemIds(b.items, [...path, 'items'], 'item');
      for (const [i, item] of list(b.items).entries())
        if (isObj(item)) await ctx.markdownTexts([...path, 'items', i, 'text'], item.text, true);
      return;
    case 'tool-sheet':
      ctx.translations([...path, 'title'], b.title);
      return ctx.body(path, b, 'a tool sheet');
    case 'questionnaire':
      return checkQuestionnaire(ctx, b, path);
  }
}
