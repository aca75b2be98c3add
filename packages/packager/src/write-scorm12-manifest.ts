import type { CompiledCourse } from '@dlis/course/compiled';
import { manifestIdentifiers } from './manifest-identifiers.ts';
import { defaultTitle, hasAssessment, resourceFileHrefs } from './manifest-files.ts';
import { escapeXml } from './xml-escape.ts';

/** Schema files a SCORM 1.2 package carries at its root (the ADL copies of IMS CP 1.1.2, IMS MD 1.2.1, ADL CP). */
export const SCORM12_SCHEMA_FILES = [
  'adlcp_rootv1p2.xsd',
  'ims_xml.xsd',
  'imscp_rootv1p1p2.xsd',
  'imsmd_rootv1p2p1.xsd',
];

/** imscp_rootv1p1p2.xsd: titleType and version have maxLength facets. */
const TITLE_MAX = 200;
const VERSION_MAX = 20;

/**
 * The imsmanifest.xml of a SCORM 1.2 package: one organization with one item, and one
 * SCO resource launched by index.html that lists every content file in `files` (paths relative to the package
 * root). `adlcp:masteryscore` carries the course's mastery score when the course has an assessment; without
 * one it is left out, so the LMS never turns a completed course into passed/failed from a score that is never
 * sent. Same input, same bytes.
 */
export function writeScorm12Manifest(course: CompiledCourse, files: readonly string[]): string {
  const ids = manifestIdentifiers(course);
  const title = escapeXml(truncate(defaultTitle(course), TITLE_MAX));
  const mastery = hasAssessment(course)
    ? `\n        <adlcp:masteryscore>${formatScore(course.masteryScore)}</adlcp:masteryscore>`
    : '';
  const fileLines = resourceFileHrefs(files)
    .map((href) => `      <file href="${escapeXml(href)}"/>`)
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${ids.manifest}" version="${escapeXml(truncate(course.version, VERSION_MAX))}"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="${ids.organization}">
    <organization identifier="${ids.organization}">
      <title>${title}</title>
      <item identifier="${ids.item}" identifierref="${ids.resource}" isvisible="true">
        <title>${title}</title>${mastery}
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="${ids.resource}" type="webcontent" adlcp:scormtype="sco" href="index.html">
${fileLines}
    </resource>
  </resources>
</manifest>
`;
}

/** CMIDecimal 0–100; integers stay integers, others keep at most 2 decimals. */
function formatScore(score: number): string {
  const clamped = Math.min(100, Math.max(0, score));
  return String(Math.round(clamped * 100) / 100);
}

/** Cuts to `max` characters (code points, as XSD counts them). */
function truncate(value: string, max: number): string {
  const chars = [...value];
  return chars.length <= max ? value : chars.slice(0, max).join('');
}
