import { DLIS_BASE_IRI } from './iris.ts';

/**
 * Activity id of a course when the launch gives none (SCORM and web packages reporting to an LRS):
 * `https://w3id.org/dlis/xapi/courses/<courseId>`. cmi5 and xAPI launches pass their own activity id.
 */
export function courseActivityIri(courseId: string): string {
  return `${DLIS_BASE_IRI}courses/${encodeURIComponent(courseId)}`;
}

/**
 * Activity ids of the parts of a course, under the course's activity id, so that they are stable across sessions
 * and packages of the same course: `<course>/pages/<id>`, `<course>/questions/<id>`, `<course>/scenarios/<id>`,
 * `<course>/scenarios/<id>/situations/<situation>`, `<course>/questionnaires/<id>`,
 * `<course>/questionnaires/<id>/items/<item>` (items and scenario items of the agility index: `1.1`, `D1-S1`),
 * `<course>/pages/<page>/blocks/<block>` (a block, such as a process, on its page),
 * and `<course>/au`, the publisher id of the course's one cmi5 AU (cmi5 13.1.4; the AU a cmi5 package reports
 * as, when the LMS launches it with that id). Ids are percent-encoded.
 */
export const activityIri = {
  au: (course: string): string => `${course}/au`,
  page: (course: string, pageId: string): string => `${course}/pages/${encodeURIComponent(pageId)}`,
  block: (course: string, pageId: string, blockId: string): string =>
    `${course}/pages/${encodeURIComponent(pageId)}/blocks/${encodeURIComponent(blockId)}`,
  question: (course: string, questionId: string): string =>
    `${course}/questions/${encodeURIComponent(questionId)}`,
  scenario: (course: string, scenarioId: string): string =>
    `${course}/scenarios/${encodeURIComponent(scenarioId)}`,
  situation: (course: string, scenarioId: string, situationId: string): string =>
    `${course}/scenarios/${encodeURIComponent(scenarioId)}/situations/${encodeURIComponent(situationId)}`,
  questionnaire: (course: string, questionnaireId: string): string =>
    `${course}/questionnaires/${encodeURIComponent(questionnaireId)}`,
  questionnaireItem: (course: string, questionnaireId: string, itemId: string): string =>
    `${course}/questionnaires/${encodeURIComponent(questionnaireId)}/items/${encodeURIComponent(itemId)}`,
} as const;
