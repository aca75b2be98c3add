import type { Inline } from '../src/inline-codes.ts';
import { readXliff } from '../src/read-xliff.ts';
import { writeXliff } from '../src/write-xliff.ts';

const LATIN = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const GREEK = 'αβςδεφγηιξκλμνοπθρστυϋωχψζΑΒΣΔΕΦΓΗΙΞΚΛΜΝΟΠΘΡΣΤΥΫΩΧΨΖ';

/** Latin letters to Greek ones: no word of the source survives, inline codes are kept as they are. */
function pseudoText(text: string): string {
  return [...text].map((c) => GREEK[LATIN.indexOf(c)] ?? c).join('');
}

function pseudoInline(nodes: Inline[]): Inline[] {
  return nodes.map((n) =>
    n.kind === 'text'
      ? { kind: 'text', text: pseudoText(n.text) }
      : n.kind === 'pc'
        ? { ...n, children: pseudoInline(n.children) }
        : n,
  );
}

/**
 * A pseudo-translation of an exported XLIFF file: every translatable segment gets the target
 * `⟦<lang>⟧ ` + its source with Latin letters turned Greek, state translated.
 */
export function pseudoTranslate(xliff: string): string {
  const doc = readXliff(xliff, 'pseudo.xlf');
  for (const file of doc.files) {
    for (const unit of file.units) {
      if (!unit.translate) continue;
      for (const part of unit.parts) {
        if (part.kind !== 'segment') continue;
        part.target = [{ kind: 'text', text: `⟦${doc.trgLang}⟧ ` }, ...pseudoInline(part.source)];
        part.state = 'translated';
      }
    }
  }
  return writeXliff(doc);
}
