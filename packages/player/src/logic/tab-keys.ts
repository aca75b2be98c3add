/**
 * The tab index a key moves to in a WAI-ARIA tab list (horizontal, wrapping): ArrowRight/ArrowLeft next and
 * previous, Home/End first and last. Undefined for any other key (the key is then not handled).
 */
export function tabIndexForKey(key: string, current: number, count: number): number | undefined {
  if (count <= 0) return undefined;
  switch (key) {
    case 'ArrowRight':
      return (current + 1) % count;
    case 'ArrowLeft':
      return (current - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return undefined;
  }
}
