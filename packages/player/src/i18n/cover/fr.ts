/** French UI strings of the cover add-on (addon-cover.ts): the reference. */
export const fr = {
  startCourse: 'Entrer dans le cours',
  resumeCourse: 'Reprendre : {page}',
  courseContents: 'Au programme',
  duration: 'Durée : {duration}',
  objectives: 'À la fin, vous saurez :',
};
