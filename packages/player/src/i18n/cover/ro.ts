import type { CoverMessages } from './cover-messages.ts';

/** Romanian UI strings of the cover add-on (addon-cover.ts). */
export const ro = {
  startCourse: 'Intrați în curs',
  resumeCourse: 'Continuați: {page}',
  courseContents: 'În acest curs',
  duration: 'Durată: {duration}',
  objectives: 'La final, veți putea:',
} satisfies CoverMessages;
