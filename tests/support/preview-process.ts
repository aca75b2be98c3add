import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const DLIS = fileURLToPath(new URL('../../cli/bin/dlis.js', import.meta.url));

/** The real `dlis preview <course-dir>` in a child process. */
export interface PreviewProcess {
  /** The URL it printed, e.g. `http://127.0.0.1:41234/`. */
  url: string;
  /** Everything it printed so far (stdout and stderr). */
  output(): string;
  /** SIGTERM, then waits until the process is gone. */
  stop(): Promise<void>;
}

/** Starts `dlis preview` and resolves once it printed its URL and "ready". */
export function startPreviewProcess(courseDir: string): Promise<PreviewProcess> {
  const child: ChildProcess = spawn(process.execPath, [DLIS, 'preview', courseDir], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const url = /^preview: (\S+)$/m.exec(out)?.[1];
      if (url && /^ready/m.test(out)) {
        resolve({
          url,
          output: () => out,
          async stop() {
            if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
            await exited;
          },
        });
      }
    });
    child.stderr!.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`dlis preview exited with ${code}:\n${out}`)));
  });
}

/**
 * A course of `pages` pages in fr and en, each page one Markdown file (`pages/p<n>.<lang>.md`); page 2 also holds
 * a scored single-choice question ("Which colour?": Blue is right). Written into `dir`.
 */
export async function writePreviewCourse(dir: string, pages = 30): Promise<void> {
  await mkdir(join(dir, 'pages'), { recursive: true });
  const entries: string[] = [];
  for (let n = 1; n <= pages; n++) {
    await writeFile(join(dir, 'pages', `p${n}.fr.md`), `Texte de la page ${n}.\n`);
    await writeFile(join(dir, 'pages', `p${n}.en.md`), `Text of page ${n}.\n`);
    const question =
      n === 2
        ? `
          - type: question
            id: colour
            kind: single-choice
            prompt: { fr: Quelle couleur ?, en: Which colour? }
            choices:
              - label: { fr: Bleu, en: Blue }
                correct: true
              - label: { fr: Rouge, en: Red }`
        : '';
    entries.push(`      - id: p${n}
        title: { fr: Page ${n}, en: Page ${n} }
        blocks:
          - type: markdown
            file: pages/p${n}.md${question}
`);
  }
  await writeFile(
    join(dir, 'course.yaml'),
    `id: preview-fixture
version: '1.0.0'
title: { fr: Cours d'essai, en: Trial course }
description: { fr: Un cours pour essayer l'aperçu., en: A course to try the preview. }
completion: all-pages-viewed
languages: [fr, en]
defaultLanguage: fr
licence: CC-BY-SA-4.0
modules:
  - id: m1
    title: { fr: Module, en: Module }
    pages:
${entries.join('')}`,
  );
}
