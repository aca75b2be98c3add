import type { CoverMessages } from './cover-messages.ts';

/** English UI strings of the cover add-on (addon-cover.ts). */
export const en = {
  startCourse: 'Enter the course',
  resumeCourse: 'Resume: {page}',
  courseContents: 'In this course',
  duration: 'Duration: {duration}',
  objectives: 'By the end, you will be able to:',
} satisfies CoverMessages;
