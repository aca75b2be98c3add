import type { CourseTracking } from '@dlis/course';
import type { CompiledCourse, Localized } from '@dlis/course/compiled';
import { ActivityTypeIri, activityIri, courseActivityIri } from '@dlis/xapi-profile';
import { hasAssessment } from './manifest-files.ts';
import { escapeXml } from './xml-escape.ts';

/** The course structure file of a cmi5 package, at the zip root (cmi5 section 14.1). */
export const CMI5_FILE = 'cmi5.xml';

/** Namespace of cmi5 course structures (the targetNamespace of CourseStructure.xsd). */
const CMI5_NAMESPACE = 'https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd';

/**
 * The publisher ids of the course structure (cmi5 section 13.1.1 course `id`, 13.1.4 AU `id`): both derive from
 * the course id only (never its version), so an LMS keeps learners' records when a new version is imported.
 * The AU id is a sub-path of the course IRI, so the two never collide.
 */
export function cmi5Ids(course: Pick<CompiledCourse, 'id'>): { course: string; au: string } {
  const iri = courseActivityIri(course.id);
  return { course: iri, au: activityIri.au(iri) };
}

/**
 * cmi5.xml (cmi5 section 13, "Course Structure Data Requirements"): the course and ONE assignable unit. The
 * player is one AU: its navigation, learner state and completion rule span the whole course, and a launch
 * per module would split the learner state and make the learner relaunch from the LMS between modules.
 *
 * - title and description: one `langstring` per packaged language, default language first;
 * - `url`: `index.html`, relative to the package root (section 13.1.4: the LMS resolves it against the
 *   package location);
 * - `launchMethod` (default AnyWindow: the player works in an LMS frame and in a window of its own) and
 *   `moveOn` from the course's `tracking:` section;
 * - `masteryScore` (0..1, from the course's 0–100) only when the course has scored questions;
 * - `activityType`: the ADL course activity type, the type of the activity the player reports.
 * Same input, same bytes.
 */
export function writeCmi5CourseStructure(course: CompiledCourse, tracking: CourseTracking): string {
  const ids = cmi5Ids(course);
  const mastery = hasAssessment(course) ? ` masteryScore="${formatMastery(course.masteryScore)}"` : '';
  return `<?xml version="1.0" encoding="UTF-8"?>
<courseStructure xmlns="${CMI5_NAMESPACE}">
  <course id="${escapeXml(ids.course)}">
    <title>${langstrings(course, course.title)}</title>
    <description>${langstrings(course, course.description)}</description>
  </course>
  <au id="${escapeXml(ids.au)}" moveOn="${tracking.cmi5.moveOn}"${mastery} launchMethod="${tracking.cmi5.launchMethod}" activityType="${escapeXml(ActivityTypeIri.course)}">
    <title>${langstrings(course, course.title)}</title>
    <description>${langstrings(course, course.description)}</description>
    <url>index.html</url>
  </au>
</courseStructure>
`;
}

/** Package languages in order, the default language first (LMSs that show one string take the first). */
export function languagesDefaultFirst(
  course: Pick<CompiledCourse, 'languages' | 'defaultLanguage'>,
): string[] {
  const rest = course.languages.filter((l) => l !== course.defaultLanguage);
  return course.languages.includes(course.defaultLanguage) ? [course.defaultLanguage, ...rest] : rest;
}

function langstrings(course: CompiledCourse, text: Localized): string {
  return languagesDefaultFirst(course)
    .filter((lang) => text[lang] !== undefined)
    .map((lang) => `\n      <langstring lang="${escapeXml(lang)}">${escapeXml(text[lang]!)}</langstring>`)
    .join('')
    .concat('\n    ');
}

/** xs:decimal in [0, 1], at most 4 decimals, no trailing zeros (80 → 0.8). */
function formatMastery(score: number): string {
  const clamped = Math.min(100, Math.max(0, score)) / 100;
  return String(Math.round(clamped * 10000) / 10000);
}
