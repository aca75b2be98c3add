/**
 * Every answer of one registration to one questionnaire, packed in one Float64Array: per answer its time (ms since
 * the epoch) and `item × 2^32 + response` (both interned numbers), 16 bytes, so 20,000 respondents of ~55 answers
 * hold under 20 MB. Kept whole (not just the latest answer per item) because only the completion chosen at the end
 * says which answers count (those at or before it).
 */
export class AnswerLog {
  private data: Float64Array;
  length = 0;

  /** `capacity`: answers expected (the questionnaire's item count); the log doubles when a retake needs more. */
  constructor(capacity: number) {
    this.data = new Float64Array(2 * Math.max(1, capacity));
  }

  /** `item` < 2^21 and `response` < 2^32: packed exactly (a double holds integers up to 2^53). */
  push(item: number, response: number, time: number): void {
    if (2 * this.length === this.data.length) {
      const bigger = new Float64Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[2 * this.length] = time;
    this.data[2 * this.length + 1] = item * 2 ** 32 + response;
    this.length++;
  }

  /** Appends every answer of `later` after this log's (joining the segments of one attempt in stored order). */
  append(later: AnswerLog): void {
    const length = this.length + later.length;
    if (2 * length > this.data.length) {
      const bigger = new Float64Array(2 * Math.max(length, 2 * this.length));
      bigger.set(this.data.subarray(0, 2 * this.length));
      this.data = bigger;
    }
    this.data.set(later.data.subarray(0, 2 * later.length), 2 * this.length);
    this.length = length;
  }

  time(i: number): number {
    return this.data[2 * i] ?? Number.NaN;
  }

  item(i: number): number {
    return Math.floor((this.data[2 * i + 1] ?? 0) / 2 ** 32);
  }

  response(i: number): number {
    return (this.data[2 * i + 1] ?? 0) % 2 ** 32;
  }
}

/** Strings numbered in order of first sight (item ids, responses, questionnaire ids): each text is kept once. */
export class Interner {
  private readonly numbers = new Map<string, number>();
  readonly texts: string[] = [];

  numberOf(text: string): number {
    let n = this.numbers.get(text);
    if (n === undefined) {
      n = this.texts.length;
      this.numbers.set(text, n);
      this.texts.push(text);
    }
    return n;
  }

  /** The number of `text`, or undefined when it was never numbered. */
  find(text: string): number | undefined {
    return this.numbers.get(text);
  }

  get size(): number {
    return this.texts.length;
  }
}
