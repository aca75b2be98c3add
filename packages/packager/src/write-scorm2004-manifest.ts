import type { CompiledCourse } from '@dlis/course/compiled';
import { manifestIdentifiers } from './manifest-identifiers.ts';
import { defaultTitle, hasAssessment, resourceFileHrefs } from './manifest-files.ts';
import { escapeXml } from './xml-escape.ts';

/** Schema files a SCORM 2004 4th Edition package carries at its root (IMS CP 1.1.4, IMS SS, ADL CP/SEQ/NAV). */
export const SCORM2004_SCHEMA_FILES = [
  'XMLSchema.dtd',
  'adlcp_v1p3.xsd',
  'adlnav_v1p3.xsd',
  'adlseq_v1p3.xsd',
  'datatypes.dtd',
  'imscp_v1p1.xsd',
  'imsss_v1p0.xsd',
  'imsss_v1p0auxresource.xsd',
  'imsss_v1p0control.xsd',
  'imsss_v1p0delivery.xsd',
  'imsss_v1p0limit.xsd',
  'imsss_v1p0objective.xsd',
  'imsss_v1p0random.xsd',
  'imsss_v1p0rollup.xsd',
  'imsss_v1p0seqrule.xsd',
  'imsss_v1p0util.xsd',
  'xml.xsd',
];

/**
 * The imsmanifest.xml of a SCORM 2004 4th Edition package: one organization with one item and one SCO resource
 * launched by index.html that lists every content file in `files` (paths relative to the package root).
 *
 * Sequencing (IMS SS as profiled by SCORM 2004 SN):
 * - the SCO sets completion and success itself (`deliveryControls` completionSetByContent/objectiveSetByContent);
 * - with an assessment, the primary objective is satisfied by measure: `cmi.score.scaled` ≥ masteryScore/100
 *   (`minNormalizedMeasure`); without one there is no objective measure at all;
 * - the LMS's continue/previous buttons are hidden: there is one SCO, the player has its own navigation.
 * Same input, same bytes.
 */
export function writeScorm2004Manifest(course: CompiledCourse, files: readonly string[]): string {
  const ids = manifestIdentifiers(course);
  const title = escapeXml(defaultTitle(course));
  const objectives = hasAssessment(course)
    ? `
          <imsss:objectives>
            <imsss:primaryObjective objectiveID="${ids.item}-mastery" satisfiedByMeasure="true">
              <imsss:minNormalizedMeasure>${formatMeasure(course.masteryScore / 100)}</imsss:minNormalizedMeasure>
            </imsss:primaryObjective>
          </imsss:objectives>`
    : '';
  const fileLines = resourceFileHrefs(files)
    .map((href) => `      <file href="${escapeXml(href)}"/>`)
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${ids.manifest}" version="${escapeXml(course.version)}"
  xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
  xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"
  xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"
  xmlns:imsss="http://www.imsglobal.org/xsd/imsss"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>2004 4th Edition</schemaversion>
  </metadata>
  <organizations default="${ids.organization}">
    <organization identifier="${ids.organization}">
      <title>${title}</title>
      <item identifier="${ids.item}" identifierref="${ids.resource}" isvisible="true">
        <title>${title}</title>
        <imsss:sequencing>${objectives}
          <imsss:deliveryControls tracked="true" completionSetByContent="true" objectiveSetByContent="true"/>
        </imsss:sequencing>
        <adlnav:presentation>
          <adlnav:navigationInterface>
            <adlnav:hideLMSUI>continue</adlnav:hideLMSUI>
            <adlnav:hideLMSUI>previous</adlnav:hideLMSUI>
          </adlnav:navigationInterface>
        </adlnav:presentation>
      </item>
      <imsss:sequencing>
        <imsss:controlMode choice="true" flow="true"/>
      </imsss:sequencing>
    </organization>
  </organizations>
  <resources>
    <resource identifier="${ids.resource}" type="webcontent" adlcp:scormType="sco" href="index.html">
${fileLines}
    </resource>
  </resources>
</manifest>
`;
}

/** imsss measureType: decimal in [-1, 1] with at least 4 significant decimal digits. */
function formatMeasure(measure: number): string {
  return Math.min(1, Math.max(0, measure)).toFixed(4);
}
