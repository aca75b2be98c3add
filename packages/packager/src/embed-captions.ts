import type { PlayerPayload } from '@dlis/course/compiled';

/**
 * The payload of a web package with each caption track (WebVTT) written into it as a `data:` URL: a page opened
 * from disk (file://) may not load a `<track>` file next to it, so the captions travel inside index.html. The
 * URL is the file's bytes in base64, so the same course still gives the same zip. `files` are the package's
 * files by package path (the captions among them); a track whose file is not there keeps its path.
 */
export function withEmbeddedCaptions(
  payload: PlayerPayload,
  files: ReadonlyMap<string, Uint8Array>,
): PlayerPayload {
  const modules = payload.course.modules.map((module) => ({
    ...module,
    pages: module.pages.map((page) => ({
      ...page,
      blocks: page.blocks.map((block) =>
        block.type === 'media'
          ? {
              ...block,
              captions: block.captions.map((track) => {
                const data = files.get(track.path);
                return data
                  ? { ...track, path: `data:text/vtt;base64,${Buffer.from(data).toString('base64')}` }
                  : track;
              }),
            }
          : block,
      ),
    })),
  }));
  return { ...payload, course: { ...payload.course, modules } };
}
