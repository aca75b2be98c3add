import { describe, expect, test } from 'vitest';
import type { MediaBlock, PlayerPayload } from '@dlis/course/compiled';
import { withEmbeddedCaptions } from '../src/embed-captions.ts';

const media: MediaBlock = {
  type: 'media',
  id: 'v',
  kind: 'video',
  title: { fr: 'Vidéo' },
  src: { fr: { path: 'assets/v.mp4', mimeType: 'video/mp4', bytes: 10 } },
  captions: [
    { lang: 'fr', path: 'assets/v.fr.vtt', label: 'Français' },
    { lang: 'en', path: 'assets/missing.vtt', label: 'English' },
  ],
  transcript: { fr: '<p>Texte</p>' },
};

const payload = {
  target: 'web',
  course: {
    modules: [{ id: 'm', title: { fr: 'M' }, pages: [{ id: 'p', title: { fr: 'P' }, blocks: [media] }] }],
  },
} as unknown as PlayerPayload;

describe('captions embedded in web packages (issue 16: file://)', () => {
  test('a caption file becomes a data: URL of its bytes; a track without its file keeps its path', () => {
    const vtt = new TextEncoder().encode('WEBVTT\n\n00:00.000 --> 00:01.000\nBonjour é\n');
    const out = withEmbeddedCaptions(payload, new Map([['assets/v.fr.vtt', vtt]]));
    const block = out.course.modules[0]!.pages[0]!.blocks[0] as MediaBlock;
    const [fr, en] = block.captions;
    expect(fr!.path.startsWith('data:text/vtt;base64,')).toBe(true);
    expect(Buffer.from(fr!.path.slice('data:text/vtt;base64,'.length), 'base64').toString('utf8')).toBe(
      'WEBVTT\n\n00:00.000 --> 00:01.000\nBonjour é\n',
    );
    expect(en!.path).toBe('assets/missing.vtt');
    // The input payload is left as it was (other targets use it).
    expect(media.captions[0]!.path).toBe('assets/v.fr.vtt');
  });
});
