import { closestMatch } from './closest-match.ts';
import { checkBlock } from './check-blocks.ts';
import { CheckContext, isObj, list, str } from './check-context.ts';
import type { CourseFileChecker } from './check-files.ts';
import { checkCover } from './check-cover.ts';
import { checkTheme } from './check-theme.ts';
import { checkTracking } from './check-tracking.ts';
import { checkCondition, checkVariableChoice, checkVariables } from './check-variables.ts';
import { DiagnosticCode } from './diagnostic.ts';
import type { DiagnosticCollector } from './diagnostic-collector.ts';
import { defaultBlockId } from './course-defaults.ts';
import type { SourcePath } from './yaml-document.ts';

/** The schema's `languageTag` pattern. */
const LANGUAGE_TAG = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/;

/**
 * Semantic checks that the schema cannot express: languages and translations, unique ids, body sources,
 * alt texts, the cover, answers, banks, scenario graphs, course variables and `when` conditions, glossary links, theme contrast, the assessment, and every file.
 * Runs on data that may also have failed the schema, so every access is guarded: all problems are reported
 * in one run.
 */
export async function checkCourse(
  data: unknown,
  out: DiagnosticCollector,
  files: CourseFileChecker,
): Promise<void> {
  if (!isObj(data)) return;
  const languages = list(data.languages).filter((l): l is string => typeof l === 'string');
  const defaultLanguage = str(data.defaultLanguage);
  if (defaultLanguage !== undefined && languages.length > 0 && !languages.includes(defaultLanguage)) {
    const suggestion = closestMatch(defaultLanguage, languages);
    out.error(['defaultLanguage'], {
      code: DiagnosticCode.unknownLanguage,
      message: `'${defaultLanguage}' is not one of the course languages.${suggestion ? ` Did you mean '${suggestion}'?` : ''}`,
      hint: `Course languages: ${languages.join(', ')}.`,
    });
  }
  // A malformed tag in `languages` is reported by the schema; checking every text against it would bury that
  // one error under a "missing translation" for each text: translations wait until the tags are fixed.
  const tagsValid = languages.every((l) => LANGUAGE_TAG.test(l));
  const ctx = new CheckContext(out, files, tagsValid ? languages : []);
  ctx.translations(['title'], data.title);
  ctx.translations(['description'], data.description);

  // The glossary first: links in every text are checked against its ids.
  const glossaryIds = new Map<string, SourcePath>();
  for (const [i, entry] of list(data.glossary).entries()) {
    if (!isObj(entry)) continue;
    ctx.unique(glossaryIds, entry.id, ['glossary', i, 'id'], 'glossary', 'in the glossary');
    ctx.translations(['glossary', i, 'term'], entry.term);
  }
  files.glossaryIds = new Set(glossaryIds.keys());
  files.linkIds = new Set(isObj(data.links) ? Object.keys(data.links) : []);
  for (const [i, entry] of list(data.glossary).entries())
    if (isObj(entry)) await ctx.markdownTexts(['glossary', i, 'definition'], entry.definition, true);

  await checkCover(ctx, data.cover);
  await checkTheme(ctx, data.theme);
  const variables = checkVariables(ctx, data.variables);

  const moduleIds = new Map<string, SourcePath>();
  const pageIds = new Map<string, SourcePath>();
  for (const [m, mod] of list(data.modules).entries()) {
    if (!isObj(mod)) continue;
    const mPath = ['modules', m];
    ctx.unique(moduleIds, mod.id, [...mPath, 'id'], 'module', 'among the modules');
    ctx.translations([...mPath, 'title'], mod.title);
    for (const [p, page] of list(mod.pages).entries()) {
      if (!isObj(page)) continue;
      const pPath = [...mPath, 'pages', p];
      ctx.unique(pageIds, page.id, [...pPath, 'id'], 'page', 'in the whole course');
      ctx.translations([...pPath, 'title'], page.title);
      checkCondition(ctx, variables, page.when, [...pPath, 'when']);
      for (const [b, block] of list(page.blocks).entries()) {
        if (!isObj(block)) continue;
        const bPath = [...pPath, 'blocks', b];
        const pageId = str(page.id);
        const id = block.id ?? (pageId === undefined ? undefined : defaultBlockId(pageId, b));
        const idPath = block.id === undefined ? bPath : [...bPath, 'id'];
        ctx.unique(ctx.blockIds, id, idPath, 'block', 'in the whole course');
        await checkBlock(ctx, block, bPath);
        checkCondition(ctx, variables, block.when, [...bPath, 'when']);
        if (block.type === 'variable-choice') await checkVariableChoice(ctx, variables, block, bPath);
        for (const [q, question] of (block.type === 'question-bank' ? list(block.questions) : []).entries())
          if (isObj(question))
            checkCondition(ctx, variables, question.when, [...bPath, 'questions', q, 'when']);
      }
    }
  }

  for (const [id, path] of glossaryIds) {
    if (files.glossaryUsed.has(id)) continue;
    out.warning(path, {
      code: DiagnosticCode.unusedGlossaryTerm,
      message: `glossary term '${id}' is never linked from the text.`,
      hint: `Link it where it first appears: [word](glossary:${id}).`,
    });
  }

  checkTracking(ctx, data.tracking);

  if (data.completion === 'assessment-passed' && ctx.scored === 0) {
    out.error(['completion'], {
      code: DiagnosticCode.noAssessment,
      message: "completion is 'assessment-passed' but the course has no scored question.",
      hint: "Add a question (scored by default), or use 'completion: all-pages-viewed'.",
    });
  } else if (data.completion === 'questionnaire-submitted' && ctx.questionnaires === 0) {
    out.error(['completion'], {
      code: DiagnosticCode.noQuestionnaire,
      message: "completion is 'questionnaire-submitted' but the course has no questionnaire block.",
      hint: "Add a block `type: questionnaire`, or use 'completion: all-pages-viewed'.",
    });
  } else if (data.masteryScore !== undefined && ctx.scored === 0) {
    out.warning(
      ['masteryScore'],
      {
        code: DiagnosticCode.unusedMasteryScore,
        message: 'the course has no scored question: masteryScore has no effect.',
      },
      'key',
    );
  }
}
