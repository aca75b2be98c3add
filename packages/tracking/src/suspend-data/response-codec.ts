import type { SuspendQuestion } from '../learner-state.ts';
import { type BitReader, type BitWriter, bitsFor } from './bit-stream.ts';
import { maxUtf8Bytes, utf8Cut, utf8Read } from './utf8-text.ts';

/**
 * Writes a saved answer's `response` for `question` (SavedAnswer encodings, tracker.ts):
 * - choices: one bit per option (a bitset; ids the layout does not know are dropped);
 * - order: the count of items (bitsFor(n + 1)), then each item as its index among the items not yet written
 *   (bitsFor(remaining)), a Lehmer code; unknown and repeated ids are dropped;
 * - match: per source, 0 for unmatched or 1 + the target index (bitsFor(options + 1)); unknown targets count as
 *   unmatched, entries beyond `sources` are dropped;
 * - text: the byte count (bitsFor(4 × maxLength + 1)), then the UTF-8 bytes of the first maxLength characters.
 */
export function writeResponse(bits: BitWriter, question: SuspendQuestion, response: readonly string[]): void {
  switch (question.kind) {
    case 'choices': {
      const selected = new Set(response);
      for (const option of question.options) bits.write(selected.has(option) ? 1 : 0, 1);
      return;
    }
    case 'order': {
      const remaining = [...question.options];
      const seen = new Set<string>();
      const order = response.filter((id) => !seen.has(id) && seen.add(id) && remaining.includes(id));
      bits.write(order.length, bitsFor(question.options.length + 1));
      for (const id of order) {
        const index = remaining.indexOf(id);
        bits.write(index, bitsFor(remaining.length));
        remaining.splice(index, 1);
      }
      return;
    }
    case 'match': {
      const width = bitsFor(question.options.length + 1);
      for (let source = 0; source < sourceCount(question); source++) {
        bits.write(question.options.indexOf(response[source] ?? '') + 1, width);
      }
      return;
    }
    case 'text': {
      const bytes = utf8Cut(response[0] ?? '', question.maxLength);
      bits.write(bytes.length, bitsFor(maxUtf8Bytes(question.maxLength) + 1));
      for (const byte of bytes) bits.write(byte, 8);
      return;
    }
  }
}

/**
 * Reads what writeResponse wrote: choices in layout order, order as written, match with exactly `sources`
 * entries (`''` for unmatched), text as one string. Undefined for an out-of-range index or malformed text.
 */
export function readResponse(bits: BitReader, question: SuspendQuestion): string[] | undefined {
  switch (question.kind) {
    case 'choices':
      return question.options.filter(() => bits.read(1) === 1);
    case 'order': {
      const remaining = [...question.options];
      const count = bits.read(bitsFor(question.options.length + 1));
      if (count > remaining.length) return undefined;
      const order: string[] = [];
      for (let i = 0; i < count; i++) {
        const index = bits.read(bitsFor(remaining.length));
        const [id] = remaining.splice(index, 1);
        if (id === undefined) return undefined;
        order.push(id);
      }
      return order;
    }
    case 'match': {
      const width = bitsFor(question.options.length + 1);
      const targets: string[] = [];
      for (let source = 0; source < sourceCount(question); source++) {
        const value = bits.read(width);
        const target = value === 0 ? '' : question.options[value - 1];
        if (target === undefined) return undefined;
        targets.push(target);
      }
      return targets;
    }
    case 'text': {
      const count = bits.read(bitsFor(maxUtf8Bytes(question.maxLength) + 1));
      if (count > maxUtf8Bytes(question.maxLength)) return undefined;
      const bytes = new Uint8Array(count);
      for (let i = 0; i < count; i++) bytes[i] = bits.read(8);
      const text = utf8Read(bytes, question.maxLength);
      return text === undefined ? undefined : [text];
    }
  }
}

function sourceCount(question: { sources: number }): number {
  return Math.max(0, Math.floor(question.sources) || 0);
}
