import type { CompiledCourse, Localized } from '@dlis/course/compiled';
import { ActivityTypeIri, courseActivityIri } from '@dlis/xapi-profile';
import { languagesDefaultFirst } from './write-cmi5-course-structure.ts';
import { escapeXml } from './xml-escape.ts';

/** The launch descriptor of an xAPI ("Tin Can") package, at the zip root. */
export const TINCAN_FILE = 'tincan.xml';

/** Namespace of tincan.xml as LMSs (Rustici SCORM Cloud, Moodle's xAPI launch plugins) expect it. */
const TINCAN_NAMESPACE = 'http://projecttincan.com/tincan.xsd';

/**
 * tincan.xml: one activity, the course, whose id is the course IRI (the player reports against it unless the
 * launch names another `activity_id`), type course, a `name` and a `description` per packaged language
 * (default language first) and `launch` = index.html relative to the package root. The LMS launches it with
 * endpoint, auth, actor and registration in the query string. Same input, same bytes.
 */
export function writeTincanXml(course: CompiledCourse): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<tincan xmlns="${TINCAN_NAMESPACE}">
  <activities>
    <activity id="${escapeXml(courseActivityIri(course.id))}" type="${escapeXml(ActivityTypeIri.course)}">${texts(course, 'name', course.title)}${texts(course, 'description', course.description)}
      <launch lang="${escapeXml(course.defaultLanguage)}">index.html</launch>
    </activity>
  </activities>
</tincan>
`;
}

function texts(course: CompiledCourse, element: 'name' | 'description', text: Localized): string {
  return languagesDefaultFirst(course)
    .filter((lang) => text[lang] !== undefined)
    .map((lang) => `\n      <${element} lang="${escapeXml(lang)}">${escapeXml(text[lang]!)}</${element}>`)
    .join('');
}
