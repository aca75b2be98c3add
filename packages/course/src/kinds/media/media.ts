// Audio or video shipped in the package: captions (required for video), a transcript, an optional poster.
import schema from './media.schema.json' with { type: 'json' };
import { isObj, str, type CheckContext, type Obj } from '../../check-context.ts';
import { DiagnosticCode } from '../../diagnostic.ts';
import { languageAutonym, mediaMimeType } from '../../media-info.ts';
import type { SourcePath } from '../../yaml-document.ts';
import type { BlockKindModule } from '../block-kind.ts';
import { localizedPaths } from '../localized-paths.ts';
import { defined, optional } from '../optional-field.ts';
import { mediaCompiled } from './media-compiled.ts';

export const mediaKind: BlockKindModule<'media'> = {
  ...mediaCompiled,
  summary: 'Audio or video from the course folder, with captions and a transcript.',
  schema,
  check: checkMedia,
  build: (b, id, ctx) => ({
    type: 'media',
    id,
    kind: b.kind,
    title: ctx.loc(b.title),
    src: ctx.paths(b.src),
    captions: ctx.languages.flatMap((l) =>
      b.captions?.[l] === undefined ? [] : [{ lang: l, src: ctx.path(b.captions[l]) }],
    ),
    transcript:
      typeof b.transcript === 'string' ? ctx.markdownFile(b.transcript) : ctx.markdownText(b.transcript),
    ...defined('poster', b.poster === undefined ? undefined : ctx.path(b.poster)),
  }),
  compile: (b, { languages, text, blockHtml, requireAsset }) => ({
    type: 'media',
    id: b.id,
    kind: b.kind,
    title: text(b.title),
    src: Object.fromEntries(
      languages.map((l) => {
        const { path, asset } = requireAsset(b.src[l]!, b.id);
        return [l, { path, mimeType: mediaMimeType(asset.ext, b.kind), bytes: asset.bytes }];
      }),
    ),
    captions: b.captions
      .filter((c) => languages.includes(c.lang))
      .map((c) => ({
        lang: c.lang,
        path: requireAsset(c.src, b.id).path,
        label: languageAutonym(c.lang),
      })),
    transcript: blockHtml(b.transcript),
    ...optional('poster', b.poster, (p) => requireAsset(p, b.id).path),
  }),
};

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
