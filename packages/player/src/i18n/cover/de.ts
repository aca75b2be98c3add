import type { CoverMessages } from './cover-messages.ts';

/** German UI strings of the cover add-on (addon-cover.ts). */
export const de = {
  startCourse: 'Zum Kursinhalt',
  resumeCourse: 'Fortsetzen: {page}',
  courseContents: 'In diesem Kurs',
  duration: 'Dauer: {duration}',
  objectives: 'Am Ende können Sie:',
} satisfies CoverMessages;
