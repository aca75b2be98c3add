import type { CoverMessages } from './cover-messages.ts';

/** Greek UI strings of the cover add-on (addon-cover.ts). */
export const el = {
  startCourse: 'Είσοδος στο μάθημα',
  resumeCourse: 'Συνέχεια: {page}',
  courseContents: 'Σε αυτό το μάθημα',
  duration: 'Διάρκεια: {duration}',
  objectives: 'Στο τέλος, θα μπορείτε:',
} satisfies CoverMessages;
