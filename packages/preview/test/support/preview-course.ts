import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

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
