import { readFile, stat } from 'node:fs/promises';
import { dirname, extname } from 'node:path';
import { checkAssetFile, type AssetCheck, type AssetKind } from './check-asset-file.ts';
import type { CourseFiles } from './course-files.ts';
import type { CheckedAsset, QuestionnaireParts } from './course-model.ts';
import { closestMatch } from './closest-match.ts';
import { DiagnosticCode } from './diagnostic.ts';
import type { DiagnosticCollector, Finding } from './diagnostic-collector.ts';
import { formatFromExtension, imageSize, IMAGE_EXTENSIONS, sniffImageFormat } from './image-info.ts';
import {
  findMarkdownReferences,
  hrefToPath,
  isExternalUrl,
  normalizeNewlines,
} from './markdown-references.ts';
import { LineIndex } from './line-index.ts';
import { MAX_NESTING, markdownTooDeep } from './nesting-depth.ts';
import { MAX_TEXT_FILE_BYTES, readTextFile } from './read-text-file.ts';
import { positionInText } from './text-position.ts';
import { resolveCoursePath, type ResolvedPath } from './resolve-course-path.ts';
import { formatPath, type SourcePath } from './yaml-document.ts';

/** Images above this size are refused (read whole to be hashed). */
export const MAX_IMAGE_BYTES = 50 * 1024 * 1024;
/** Images above this size get a warning: learners may be on slow or metered connections. */
export const LARGE_IMAGE_BYTES = 1024 * 1024;

/** Markdown nested deeper than the renderer can follow (it recurses once per level). */
const tooDeepFinding: Finding = {
  code: DiagnosticCode.tooDeep,
  message: `quotes (>) or lists nested more than ${MAX_NESTING} levels deep.`,
  hint: 'Nest quotes and lists a few levels at most: readers cannot follow more.',
};

type ImageCheck = { ok: true; asset: CheckedAsset; warning?: Finding } | { ok: false; finding: Finding };

/** The per-language file of a Markdown reference: `pages/intro.md` → `pages/intro.fr.md`. */
export function markdownFileFor(ref: string, language: string): string {
  return ref.replace(/\.md$/, `.${language}.md`);
}

/**
 * Checks the files a course refers to (Markdown files, images, images inside Markdown) and keeps what the
 * model needs: the Markdown texts and the image table. Each file is read once.
 */
export class CourseFileChecker implements CourseFiles {
  /** Normalized Markdown text by absolute path, for the files that passed every check. */
  readonly markdown = new Map<string, string>();
  readonly assets: Record<string, CheckedAsset> = {};
  private readonly images = new Map<string, Promise<ImageCheck>>();
  private readonly texts = new Map<string, Promise<string | undefined>>();
  private readonly files = new Map<string, Promise<AssetCheck>>();
  /** Ids of the course glossary: `[word](glossary:<id>)` links must name one of them. */
  glossaryIds: ReadonlySet<string> = new Set();
  /** Ids of the course's `links`: `[text](link:<id>)` links must name one of them. */
  linkIds: ReadonlySet<string> = new Set();
  /** Glossary ids linked from some text (to warn about terms never linked). */
  readonly glossaryUsed = new Set<string>();
  /** Questionnaire files that passed every check, by absolute path (the model builder reads them). */
  readonly questionnaires = new Map<string, QuestionnaireParts>();

  constructor(
    private readonly out: DiagnosticCollector,
    private readonly courseDir: string,
    private readonly realCourseDir: string,
  ) {}

  /** A block's `file:`: one Markdown file per language, each readable, each image in it resolving. */
  async checkMarkdownFile(path: SourcePath, ref: string, languages: readonly string[]): Promise<void> {
    const blockPath = formatPath(path.slice(0, -1));
    for (const language of languages) {
      const langRef = markdownFileFor(ref, language);
      const resolved = await resolveCoursePath(this.courseDir, this.realCourseDir, this.courseDir, langRef);
      if (!resolved.ok) {
        if (resolved.code !== DiagnosticCode.missingFile) {
          this.out.error(path, resolved);
          return; // the same path problem for every language: say it once
        }
        const plain = await resolveCoursePath(this.courseDir, this.realCourseDir, this.courseDir, ref);
        this.out.error(path, {
          code: DiagnosticCode.missingTranslation,
          message: `missing '${language}' translation: file '${langRef}' not found.`,
          hint: plain.ok
            ? `Markdown files carry their language in their name: rename '${ref}' to '${langRef}'.`
            : `Write the '${language}' text in '${langRef}' (one file per language).`,
        });
        continue;
      }
      const text = await this.readMarkdown(resolved.path, blockPath);
      if (text !== undefined) await this.checkReferences(text, resolved.path, blockPath);
    }
  }

  /** Absolute path of the course folder (as given, before realpath). */
  get courseDirectory(): string {
    return this.courseDir;
  }

  /** `ref` (relative to the course folder) resolved to a file inside the course folder, or why not. */
  resolveFile(ref: string): Promise<ResolvedPath> {
    return resolveCoursePath(this.courseDir, this.realCourseDir, this.courseDir, ref);
  }

  /** Markdown written in course.yaml (`text:` maps): images resolve against the course folder. */
  async checkYamlMarkdown(path: SourcePath, text: string, inline: boolean): Promise<void> {
    const normalized = normalizeNewlines(text);
    if (markdownTooDeep(normalized)) {
      this.out.error(path, tooDeepFinding);
      return;
    }
    for (const ref of findMarkdownReferences(normalized, inline)) {
      if (ref.kind === 'link') {
        const finding = this.glossaryProblem(ref.href) ?? this.courseLinkProblem(ref.href);
        if (finding) this.out.error(path, finding);
        continue;
      }
      if (inline) {
        this.out.error(path, {
          code: DiagnosticCode.notAllowed,
          message: 'images are not allowed in this short text.',
          hint: 'Use an image block (type: image) before or after it.',
        });
        continue;
      }
      const finding = await this.imageProblem(ref.href, this.courseDir, formatPath(path));
      if (finding) this.out.error(path, finding);
    }
  }

  /** An image block's `src`. */
  async checkImageBlock(path: SourcePath, ref: string): Promise<void> {
    const finding = await this.imageProblem(ref, this.courseDir, formatPath(path), false);
    if (finding) this.out.error(path, finding);
  }

  /** A media, captions, download or font file (`src` of a media block, `file` of a resource...). */
  async checkAsset(path: SourcePath, ref: string, kind: AssetKind): Promise<void> {
    const resolved = await resolveCoursePath(this.courseDir, this.realCourseDir, this.courseDir, ref);
    if (!resolved.ok) {
      this.out.error(path, resolved);
      return;
    }
    let pending = this.files.get(resolved.path);
    if (!pending) {
      pending = checkAssetFile(resolved.path, ref, kind);
      this.files.set(resolved.path, pending);
    }
    const check = await pending;
    if (!check.ok) {
      this.out.error(path, check.finding);
      return;
    }
    this.assets[resolved.path] = check.asset;
    if (check.warning) this.out.warning(path, check.warning);
  }

  /** A file shipped with the toolkit itself (the built-in font), outside the course folder. */
  async checkToolkitFile(path: SourcePath, file: string, kind: AssetKind): Promise<void> {
    const check = await checkAssetFile(file, file, kind);
    if (check.ok) this.assets[file] = check.asset;
    else this.out.error(path, check.finding);
  }

  /** `link:<id>` links must name one of the course's `links`; undefined when fine or not such a link. */
  private courseLinkProblem(href: string): Finding | undefined {
    const id = /^link:(.*)$/.exec(href)?.[1];
    if (id === undefined || this.linkIds.has(id)) return undefined;
    const known = [...this.linkIds];
    const suggestion = closestMatch(id, known);
    return {
      code: DiagnosticCode.unknownCourseLink,
      message: `'${id}' is not one of the course's links.${suggestion ? ` Did you mean '${suggestion}'?` : ''}`,
      hint: known.length
        ? `Link ids: ${known.join(', ')}.`
        : 'Give the address in the `links:` map of course.yaml, e.g. links: { M1: ../m1-course/ }.',
    };
  }

  /** `glossary:<id>` links must name a term of the course glossary; undefined when fine or not such a link. */
  private glossaryProblem(href: string): Finding | undefined {
    const id = /^glossary:(.*)$/.exec(href)?.[1];
    if (id === undefined) return undefined;
    this.glossaryUsed.add(id);
    if (this.glossaryIds.has(id)) return undefined;
    const known = [...this.glossaryIds];
    const suggestion = closestMatch(id, known);
    return {
      code: DiagnosticCode.unknownGlossaryTerm,
      message: `'${id}' is not a term of the course glossary.${suggestion ? ` Did you mean '${suggestion}'?` : ''}`,
      hint: known.length
        ? `Glossary ids: ${known.join(', ')}.`
        : 'Define the term in the `glossary:` list of course.yaml.',
    };
  }

  private readMarkdown(file: string, blockPath: string): Promise<string | undefined> {
    let pending = this.texts.get(file);
    if (!pending) {
      pending = this.readMarkdownOnce(file, blockPath);
      this.texts.set(file, pending);
    }
    return pending;
  }

  private async readMarkdownOnce(file: string, blockPath: string): Promise<string | undefined> {
    const read = await readTextFile(file);
    const at1 = { line: 1, col: 1 };
    if (read.ok) {
      const text = normalizeNewlines(read.text);
      const tooDeep = markdownTooDeep(text);
      if (tooDeep) {
        this.out.inFile('error', file, positionInText(text, tooDeep.offset), blockPath, tooDeepFinding);
        return undefined;
      }
      this.markdown.set(file, text);
      return text;
    }
    const report = (position: { line: number; col: number }, f: Finding) =>
      this.out.inFile('error', file, position, blockPath, f);
    switch (read.problem) {
      case 'empty':
        report(at1, { code: DiagnosticCode.emptyFile, message: 'this Markdown file is empty.' });
        break;
      case 'too-large':
        report(at1, {
          code: DiagnosticCode.fileTooLarge,
          message: `this Markdown file is larger than ${MAX_TEXT_FILE_BYTES / 1024 / 1024} MiB.`,
          hint: 'Split the text into several pages.',
        });
        break;
      case 'binary':
        report(positionInText(read.text, read.offset), {
          code: DiagnosticCode.binaryFile,
          message: `this is not a text file (${read.reason} here).`,
          hint: 'Markdown files must be plain text saved as UTF-8.',
        });
        break;
      default:
        report(at1, { code: DiagnosticCode.notAFile, message: 'this is not a readable file.' });
    }
    return undefined;
  }

  private async checkReferences(text: string, file: string, blockPath: string): Promise<void> {
    const lines = new LineIndex(text);
    for (const ref of findMarkdownReferences(text)) {
      const position = lines.position(ref.offset);
      if (ref.kind === 'link') {
        const glossary = this.glossaryProblem(ref.href) ?? this.courseLinkProblem(ref.href);
        if (glossary) this.out.inFile('error', file, position, blockPath, glossary);
        if (!isExternalUrl(ref.href) && !ref.href.startsWith('#') && ref.href !== '') {
          this.out.inFile('warning', file, position, blockPath, {
            code: DiagnosticCode.relativeLink,
            message: `link to '${ref.href}' will not work inside a package.`,
            hint: 'Link to a full https:// address, or move that content into a page of the course.',
          });
        }
        continue;
      }
      const finding = await this.imageProblem(ref.href, dirname(file), blockPath);
      if (finding) this.out.inFile('error', file, position, blockPath, finding);
    }
  }

  /**
   * Resolve and check one image reference; undefined when it is fine (warnings are reported here).
   * `isHref`: written in Markdown, so percent-encoded (`my%20photo.png`); a YAML `src` is a plain path.
   */
  private async imageProblem(
    href: string,
    baseDir: string,
    path: string,
    isHref = true,
  ): Promise<Finding | undefined> {
    if (isExternalUrl(href)) {
      return {
        code: DiagnosticCode.externalImage,
        message: `image '${href.length > 60 ? `${href.slice(0, 57)}...` : href}' is not a file of the course.`,
        hint: 'Packages work offline: save the image in the course folder (e.g. assets/) and use its path.',
      };
    }
    const ref = isHref ? hrefToPath(href) : href;
    const resolved = await resolveCoursePath(this.courseDir, this.realCourseDir, baseDir, ref);
    if (!resolved.ok) return resolved;
    let pending = this.images.get(resolved.path);
    if (!pending) {
      pending = checkImage(resolved.path, ref);
      this.images.set(resolved.path, pending);
    }
    const check = await pending;
    if (!check.ok) return check.finding;
    this.assets[resolved.path] = check.asset;
    if (check.warning) {
      this.out.inFile('warning', resolved.path, { line: 1, col: 1 }, path, check.warning);
    }
    return undefined;
  }
}

async function checkImage(file: string, ref: string): Promise<ImageCheck> {
  const ext = extname(file).slice(1).toLowerCase();
  const expected = formatFromExtension(ext);
  if (!expected) {
    return {
      ok: false,
      finding: {
        code: DiagnosticCode.imageFormat,
        message: `'${ref}' is not a supported image format.`,
        hint: `Use one of: ${IMAGE_EXTENSIONS.join(', ')}.`,
      },
    };
  }
  const { size } = await stat(file);
  if (size > MAX_IMAGE_BYTES) {
    return {
      ok: false,
      finding: {
        code: DiagnosticCode.fileTooLarge,
        message: `'${ref}' is larger than ${MAX_IMAGE_BYTES / 1024 / 1024} MiB.`,
        hint: 'Resize or compress the image.',
      },
    };
  }
  const bytes = await readFile(file);
  const actual = sniffImageFormat(bytes);
  if (actual !== expected) {
    return {
      ok: false,
      finding: {
        code: DiagnosticCode.imageFormat,
        message: actual
          ? `'${ref}' is a ${actual.toUpperCase()} image, not ${expected.toUpperCase()} as its name says.`
          : `'${ref}' is not a ${expected.toUpperCase()} image (its content does not match its extension).`,
        hint: actual ? `Rename it with the .${actual === 'jpeg' ? 'jpg' : actual} extension.` : undefined,
      },
    };
  }
  if (actual === 'svg' && /<script\b|\son[a-z]+\s*=|javascript:/i.test(bytes.toString('utf8'))) {
    return {
      ok: false,
      finding: {
        code: DiagnosticCode.svgScript,
        message: `'${ref}' contains scripts or event handlers.`,
        hint: 'Export the SVG again without scripts (e.g. "plain SVG" in your drawing tool).',
      },
    };
  }
  const dimensions = imageSize(actual, bytes);
  const asset: CheckedAsset = {
    source: file,
    ext,
    bytes: size,
    ...dimensions,
  };
  if (size > LARGE_IMAGE_BYTES) {
    return {
      ok: true,
      asset,
      warning: {
        code: DiagnosticCode.largeImage,
        message: `this image weighs ${(size / 1024 / 1024).toFixed(1)} MiB.`,
        hint: 'Learners may have slow or metered connections: resize or compress it.',
      },
    };
  }
  return { ok: true, asset };
}
