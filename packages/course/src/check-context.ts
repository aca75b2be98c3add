import { closestMatch } from './closest-match.ts';
import type { CourseFiles } from './course-files.ts';
import { DiagnosticCode } from './diagnostic.ts';
import type { DiagnosticCollector } from './diagnostic-collector.ts';
import type { SourcePath } from './yaml-document.ts';

export type Obj = Record<string, unknown>;
export const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
export const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
export const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/**
 * What every semantic check needs: the collector, the file checker, the course languages, and the id tables
 * that span the whole course. Checks run on data that may have failed the schema: every access is guarded.
 */
export class CheckContext {
  /** Block, question, bank and scenario ids: one namespace for the whole course (tracking uses them). */
  readonly blockIds = new Map<string, SourcePath>();
  /** Scored questions (outside and inside banks) and scored scenarios seen so far. */
  scored = 0;
  /** Questionnaire blocks seen so far (`completion: questionnaire-submitted` needs one). */
  questionnaires = 0;

  constructor(
    readonly out: DiagnosticCollector,
    readonly files: CourseFiles,
    readonly languages: readonly string[],
  ) {}

  /** A map of texts per language: one per course language, no other language. */
  translations(path: SourcePath, value: unknown): void {
    const { languages, out } = this;
    if (!isObj(value) || languages.length === 0) return;
    for (const language of languages) {
      if (!(language in value)) {
        out.error(
          path,
          {
            code: DiagnosticCode.missingTranslation,
            message: `missing '${language}' translation.`,
            hint: `Every text must be given in each course language (${languages.join(', ')}).`,
          },
          'key',
        );
      }
    }
    for (const key of Object.keys(value)) {
      // Keys that are not even language tags are reported by the schema.
      if (languages.includes(key) || !/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/.test(key)) continue;
      const suggestion = closestMatch(key, languages);
      out.error(
        [...path, key],
        {
          code: DiagnosticCode.unknownLanguage,
          message: `'${key}' is not a course language.${suggestion ? ` Did you mean '${suggestion}'?` : ''}`,
          hint: `Add it to \`languages\`, or remove this text. Course languages: ${languages.join(', ')}.`,
        },
        'key',
      );
    }
  }

  /** Markdown written in course.yaml, per language: translations, images, glossary links. */
  async markdownTexts(path: SourcePath, value: unknown, inline: boolean): Promise<void> {
    this.translations(path, value);
    if (!isObj(value)) return;
    for (const language of this.languages) {
      const text = str(value[language]);
      if (text !== undefined) await this.files.checkYamlMarkdown([...path, language], text, inline);
    }
  }

  /** A body given by exactly one of `file` (Markdown file per language) and `text` (Markdown per language). */
  async body(path: SourcePath, block: Obj, what: string): Promise<void> {
    if ((block.file === undefined) === (block.text === undefined)) {
      this.out.error(path, {
        code: DiagnosticCode.bodySource,
        message: `${what} needs exactly one of 'file' and 'text'.`,
        hint: "Use 'file: pages/name.md' for a text in Markdown files, or 'text: { fr: …, en: … }' for a short one.",
      });
    }
    await this.markdownFileOrText([...path, 'file'], block.file);
    await this.markdownTexts([...path, 'text'], block.text, false);
  }

  /** A value that is a Markdown file reference (`pages/x.md`) or a map of Markdown texts. */
  async markdownFileOrText(path: SourcePath, value: unknown): Promise<void> {
    const file = str(value);
    if (file !== undefined) {
      if (file.endsWith('.md')) await this.files.checkMarkdownFile(path, file, this.languages);
    } else await this.markdownTexts(path, value, false);
  }

  /** Report `id` when already seen in `seen`; otherwise remember where it is. */
  unique(seen: Map<string, SourcePath>, id: unknown, path: SourcePath, what: string, scope: string): void {
    if (typeof id !== 'string') return;
    const first = seen.get(id);
    if (first) {
      const at = this.out.doc?.locate(first);
      this.out.error(path, {
        code: DiagnosticCode.duplicateId,
        message: `${what} id '${id}' is already used${at ? ` at line ${at.line}` : ''}; ${what} ids must be unique ${scope}.`,
      });
    } else seen.set(id, path);
  }

  /** Ids of the items of a list (written, or 1, 2, 3... by position) must be unique in it. */
  itemIds(
    items: unknown,
    path: SourcePath,
    what: string,
    defaultId = (i: number) => String(i + 1),
    scope = 'in this list',
  ): void {
    const seen = new Map<string, SourcePath>();
    for (const [i, item] of list(items).entries()) {
      if (!isObj(item)) continue;
      const written = item.id !== undefined;
      this.unique(
        seen,
        written ? item.id : defaultId(i),
        written ? [...path, i, 'id'] : [...path, i],
        what,
        scope,
      );
    }
  }
}
