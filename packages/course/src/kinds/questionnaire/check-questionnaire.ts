import { checkDefinition, dlisAgilityModel, type AgilityDefinition } from '@dlis/agility';
import { buildQuestionnaireParts } from '../../build-questionnaire.ts';
import { isObj, list, str, type CheckContext, type Obj } from '../../check-context.ts';
import { markdownFileFor } from '../../check-files.ts';
import { closestMatch } from '../../closest-match.ts';
import { DiagnosticCode } from '../../diagnostic.ts';
import type { Finding } from '../../diagnostic-collector.ts';
import { normalizeNewlines } from '../../markdown-references.ts';
import { MAX_TEXT_FILE_BYTES, readTextFile } from '../../read-text-file.ts';
import { positionInText } from '../../text-position.ts';
import { questionnaireValidator, validateSchema } from '../../validate-schema.ts';
import { formatPath, parseYamlDocument, type SourcePath, type YamlDocument } from '../../yaml-document.ts';

/** The scoring models a questionnaire file can name (`model:`), by id. */
const MODELS: Readonly<Record<string, AgilityDefinition>> = { [dlisAgilityModel.id]: dlisAgilityModel };

/** Reports located in the questionnaire file (not in course.yaml). */
class QuestionnaireReporter {
  errors = 0;
  constructor(
    private readonly ctx: CheckContext,
    readonly file: string,
    readonly doc: YamlDocument,
  ) {}

  report(severity: 'error' | 'warning', path: SourcePath, f: Finding, at: 'value' | 'key' = 'value'): void {
    if (severity === 'error') this.errors++;
    this.ctx.out.inFile(severity, this.file, this.doc.locate(path, at), formatPath(path), f);
  }

  error = (path: SourcePath, f: Finding, at: 'value' | 'key' = 'value') => this.report('error', path, f, at);

  /** A text per language: every course language, no other. */
  translations(path: SourcePath, value: unknown): void {
    if (!isObj(value)) return;
    const { languages } = this.ctx;
    for (const language of languages) {
      if (typeof value[language] === 'string') continue;
      this.error(
        path,
        {
          code: DiagnosticCode.missingTranslation,
          message: `missing '${language}' wording.`,
          hint: `Every text of the questionnaire is given in each course language (${languages.join(', ')}).`,
        },
        'key',
      );
    }
    for (const key of Object.keys(value)) {
      if (languages.includes(key)) continue;
      const suggestion = closestMatch(key, [...languages]);
      this.error(
        [...path, key],
        {
          code: DiagnosticCode.unknownLanguage,
          message: `'${key}' is not a course language.${suggestion ? ` Did you mean '${suggestion}'?` : ''}`,
          hint: `Course languages: ${languages.join(', ')}.`,
        },
        'key',
      );
    }
  }

  /**
   * The keys of `map` against the ids of the model (`known`): a key that is not an id is an error, and so is, when
   * `missingHint` is given, an id without its key (`one` names an id, `many` the list, in the messages).
   */
  ids(
    path: SourcePath,
    map: unknown,
    known: readonly string[],
    names: { one: string; many: string },
    missingHint?: string,
  ): void {
    const given = isObj(map) ? map : {};
    for (const key of Object.keys(given)) {
      if (known.includes(key)) continue;
      const suggestion = closestMatch(key, known);
      this.error(
        [...path, key],
        {
          code: DiagnosticCode.questionnaireUnknownId,
          message: `'${key}' is not ${names.one} of the scoring model.${suggestion ? ` Did you mean '${suggestion}'?` : ''}`,
          hint: `Ids are the model's and never change (researchers join on them): ${known.join(', ')}.`,
        },
        'key',
      );
    }
    if (missingHint === undefined) return;
    const missing = known.filter((id) => !(id in given));
    if (missing.length === 0) return;
    this.error(
      path,
      {
        code: DiagnosticCode.questionnaireMissingWording,
        message: `${names.many} of the scoring model without wording: ${missing.join(', ')}.`,
        hint: missingHint,
      },
      'key',
    );
  }
}

function checkScenarios(r: QuestionnaireReporter, data: Obj, definition: AgilityDefinition): void {
  const ids = definition.scenarios.map((s) => s.id);
  r.ids(
    ['scenarios'],
    data.scenarios,
    ids,
    { one: 'a scenario', many: 'scenarios' },
    'Give each scenario its `prompt` (the situation) and the wording of each of its options.',
  );
  const scenarios = isObj(data.scenarios) ? data.scenarios : {};
  for (const scenario of definition.scenarios) {
    const s = scenarios[scenario.id];
    if (!isObj(s)) continue;
    const path = ['scenarios', scenario.id];
    r.translations([...path, 'prompt'], s.prompt);
    const optionIds = scenario.options.map((o) => o.id);
    r.ids(
      [...path, 'options'],
      s.options,
      optionIds,
      { one: `an option of ${scenario.id}`, many: 'options' },
      `${scenario.id} has the options ${optionIds.join(', ')} in the scoring model; word each of them.`,
    );
    const options = isObj(s.options) ? s.options : {};
    for (const id of optionIds) {
      const o = options[id];
      if (!isObj(o)) continue;
      r.translations([...path, 'options', id, 'label'], o.label);
      r.translations([...path, 'options', id, 'feedback'], o.feedback);
    }
  }
}

function checkBackground(r: QuestionnaireReporter, data: Obj, definition: AgilityDefinition): void {
  const seen = new Map<string, string[]>();
  let country: { index: number; options: string[] } | undefined;
  for (const [i, q] of list(data.background).entries()) {
    if (!isObj(q)) continue;
    const path = ['background', i];
    const id = str(q.id);
    r.translations([...path, 'label'], q.label);
    const options: string[] = [];
    for (const [k, o] of list(q.options).entries()) {
      if (!isObj(o)) continue;
      r.translations([...path, 'options', k, 'label'], o.label);
      const oid = str(o.id);
      if (oid === undefined) continue;
      if (options.includes(oid)) {
        r.error([...path, 'options', k, 'id'], {
          code: DiagnosticCode.duplicateId,
          message: `option id '${oid}' is used twice in this question; option ids must be unique in a question.`,
        });
      }
      options.push(oid);
    }
    const askedIf = isObj(q.askedIf) ? q.askedIf : undefined;
    if (askedIf) {
      const on = str(askedIf.question);
      const earlier = on === undefined ? undefined : seen.get(on);
      if (on !== undefined && earlier === undefined) {
        r.error([...path, 'askedIf', 'question'], {
          code: DiagnosticCode.questionnaireBackground,
          message: `'${on}' is not a question asked before this one.`,
          hint: `askedIf names an earlier background question: ${[...seen.keys()].join(', ') || '(none)'}.`,
        });
      }
      for (const [k, answer] of list(askedIf.anyOf).entries()) {
        if (earlier === undefined || typeof answer !== 'string' || earlier.includes(answer)) continue;
        r.error([...path, 'askedIf', 'anyOf', k], {
          code: DiagnosticCode.questionnaireBackground,
          message: `'${answer}' is not an option of question '${on}'.`,
          hint: `Its options: ${earlier.join(', ')}.`,
        });
      }
    }
    if (q.country === true) {
      if (country) {
        r.error([...path, 'country'], {
          code: DiagnosticCode.questionnaireBackground,
          message: `only one question can be the country question; question ${country.index + 1} already is.`,
        });
      } else country = { index: i, options };
    }
    if (id === undefined) continue;
    if (seen.has(id)) {
      r.error([...path, 'id'], {
        code: DiagnosticCode.duplicateId,
        message: `background question id '${id}' is used twice; ids must be unique.`,
      });
    } else seen.set(id, options);
  }
  const countries = [...new Set(definition.scenarios.flatMap((s) => s.countries ?? []))];
  if (countries.length === 0) return;
  if (!country) {
    r.error(
      ['background'],
      {
        code: DiagnosticCode.questionnaireBackground,
        message: `the scoring model has country-specific scenarios (${countries.join(', ')}) but no background question has \`country: true\`.`,
        hint: 'Mark the country question (Q1) with `country: true`; its option ids are ISO 3166 codes (FR, BE, …).',
      },
      'key',
    );
    return;
  }
  const missing = countries.filter((c) => !country.options.includes(c));
  if (missing.length > 0) {
    r.report('warning', ['background', country.index, 'options'], {
      code: DiagnosticCode.questionnaireCountry,
      message: `no option of the country question is ${missing.join(', ')}: the scenarios for ${missing.length === 1 ? 'that country' : 'those countries'} are never shown.`,
      hint: 'Option ids of the country question are ISO 3166 alpha-2 codes, as in the scenarios’ `countries`.',
    });
  }
}

/** Reads the notice's Markdown: one file per language, or the texts written in the questionnaire file. */
async function readNotice(
  ctx: CheckContext,
  r: QuestionnaireReporter,
  notice: unknown,
): Promise<Record<string, { markdown: string; file?: string }> | undefined> {
  if (isObj(notice)) {
    r.translations(['consent', 'notice'], notice);
    return Object.fromEntries(ctx.languages.map((l) => [l, { markdown: str(notice[l]) ?? '' }]));
  }
  const ref = str(notice);
  if (ref === undefined) return undefined;
  const texts: Record<string, { markdown: string; file: string }> = {};
  for (const language of ctx.languages) {
    const langRef = markdownFileFor(ref, language);
    const resolved = await ctx.files.resolveFile(langRef);
    if (!resolved.ok) {
      r.error(['consent', 'notice'], {
        code:
          resolved.code === DiagnosticCode.missingFile ? DiagnosticCode.missingTranslation : resolved.code,
        message:
          resolved.code === DiagnosticCode.missingFile
            ? `missing '${language}' notice: file '${langRef}' not found.`
            : resolved.message,
        hint: resolved.hint ?? `Write the '${language}' notice in '${langRef}' (one file per language).`,
      });
      continue;
    }
    const read = await readTextFile(resolved.path);
    if (!read.ok) {
      const position =
        read.problem === 'binary' ? positionInText(read.text, read.offset) : { line: 1, col: 1 };
      r.errors++;
      ctx.out.inFile('error', resolved.path, position, 'consent.notice', {
        code: read.problem === 'too-large' ? DiagnosticCode.fileTooLarge : DiagnosticCode.emptyFile,
        message:
          read.problem === 'too-large'
            ? `this notice is larger than ${MAX_TEXT_FILE_BYTES / 1024 / 1024} MiB.`
            : 'this notice is empty or not a UTF-8 text file.',
      });
      continue;
    }
    texts[language] = { markdown: normalizeNewlines(read.text), file: resolved.path };
  }
  return texts;
}

/**
 * A questionnaire block: reads its questionnaire file, validates it against schema/questionnaire.schema.json,
 * then checks every id against the scoring model (unknown ids, items or options without wording, wording
 * missing in a course language, background questions) and the block's `links` against the model's resources.
 * Problems in the questionnaire file are located in it. When all is well, the parts the model builder needs
 * are kept in `ctx.files.questionnaires`.
 */
export async function checkQuestionnaire(ctx: CheckContext, b: Obj, path: SourcePath): Promise<void> {
  ctx.questionnaires++;
  const ref = str(b.questionnaire);
  if (ref === undefined) return;
  const resolved = await ctx.files.resolveFile(ref);
  if (!resolved.ok) {
    ctx.out.error([...path, 'questionnaire'], resolved);
    return;
  }
  const file = resolved.path;
  const read = await readTextFile(file);
  if (!read.ok) {
    ctx.out.error([...path, 'questionnaire'], {
      code: read.problem === 'too-large' ? DiagnosticCode.fileTooLarge : DiagnosticCode.emptyFile,
      message: `the questionnaire file '${ref}' is ${read.problem === 'too-large' ? 'too large' : 'empty or not a UTF-8 text file'}.`,
    });
    return;
  }
  const doc = parseYamlDocument(read.text);
  const r = new QuestionnaireReporter(ctx, file, doc);
  for (const e of doc.errors) {
    r.errors++;
    ctx.out.inFile('error', file, e.position, '(yaml)', {
      code: DiagnosticCode.yamlSyntax,
      message: e.message,
      hint: 'Check the indentation and the quotes around texts containing ":" or "#".',
    });
  }
  if (doc.errors.length > 0) return;
  for (const p of validateSchema(doc.data, (at) => doc.sourceText(at), questionnaireValidator()))
    r.error(p.path, p, p.at);
  const data = doc.data;
  if (!isObj(data)) return;

  const model = str(data.model) === undefined ? undefined : MODELS[str(data.model)!];
  if (model === undefined) return; // the schema lists the known models
  if (data.version !== undefined && data.version !== model.version) {
    r.error(['version'], {
      code: DiagnosticCode.questionnaireModel,
      message: `the wording was written for version ${JSON.stringify(data.version)} of '${model.id}', which is now at version ${model.version}.`,
      hint: `Read the model's changes, update the wording, then set \`version: "${model.version}"\`.`,
    });
  }
  const itemIds = model.items.map((i) => i.id);
  r.ids(
    ['items'],
    data.items,
    itemIds,
    { one: 'an item', many: 'items' },
    'Word every item, by its id, in each course language.',
  );
  if (isObj(data.items))
    for (const [id, text] of Object.entries(data.items)) r.translations(['items', id], text);
  checkScenarios(r, data, model);
  const dimensionIds = model.dimensions.map((d) => d.id);
  r.ids(['dimensions'], data.dimensions, dimensionIds, { one: 'a dimension', many: 'dimensions' });
  if (isObj(data.dimensions)) {
    for (const [id, d] of Object.entries(data.dimensions))
      if (isObj(d)) r.translations(['dimensions', id, 'intro'], d.intro);
  }
  checkBackground(r, data, model);
  const consent = isObj(data.consent) ? data.consent : {};
  r.translations(['consent', 'diagnostic'], consent.diagnostic);
  r.translations(['consent', 'research'], consent.research);
  const notice = await readNotice(ctx, r, consent.notice);

  const resourceIds = model.resources.map((x) => x.id);
  if (isObj(b.links)) {
    for (const key of Object.keys(b.links)) {
      if (resourceIds.includes(key)) continue;
      const suggestion = closestMatch(key, resourceIds);
      ctx.out.error(
        [...path, 'links', key],
        {
          code: DiagnosticCode.questionnaireUnknownId,
          message: `'${key}' is not a resource of the scoring model.${suggestion ? ` Did you mean '${suggestion}'?` : ''}`,
          hint: `Resources: ${resourceIds.join(', ')}.`,
        },
        'key',
      );
    }
  }
  if (r.errors > 0 || notice === undefined) return;

  const parts = buildQuestionnaireParts(data, model, notice, ctx.languages, ctx.files.courseDirectory);
  for (const issue of checkDefinition(parts.definition)) {
    r.error(['model'], {
      code: DiagnosticCode.questionnaireModel,
      message: `the scoring model is not valid (${issue.code} at ${issue.id}): ${issue.message}`,
    });
  }
  if (r.errors === 0) ctx.files.questionnaires.set(file, parts);
}
