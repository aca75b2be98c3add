/**
 * Line and column of offsets in one text, for many lookups: the line starts are found once (one pass over the
 * text), then each lookup is a binary search. Locating every link of a page is linear in its size, where
 * scanning from the start for each link was quadratic.
 */
export class LineIndex {
  private readonly starts: number[] = [0];
  /** Characters scanned and search steps taken so far: tests check that the work stays linear. */
  work = 0;

  constructor(text: string) {
    for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) this.starts.push(at + 1);
    this.work += text.length;
  }

  /** 1-based line and column of a UTF-16 offset. */
  position(offset: number): { line: number; col: number } {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      this.work++;
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, col: offset - this.starts[low]! + 1 };
  }
}
