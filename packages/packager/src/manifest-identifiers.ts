import type { CompiledCourse } from '@dlis/course/compiled';

/** The xs:ID values of a SCORM manifest (IMS CP: identifier attributes are xs:ID, i.e. NCName). */
export interface ManifestIdentifiers {
  /** Changes with the course version, so an LMS can tell two versions of a package apart. */
  manifest: string;
  /**
   * Organization, item and resource ids depend on the course id only: Moodle re-attaches learners' tracks to
   * the SCO with the same item identifier when a package is updated, so they must survive a new version.
   */
  organization: string;
  item: string;
  resource: string;
}

/**
 * Makes any string a valid xs:ID (NCName): ASCII letters, digits, `.`, `-`, `_`, starting with a letter or `_`.
 * Other characters become `_`; a leading digit, `.` or `-` gets a `_` prefix.
 */
export function toXmlId(value: string): string {
  const cleaned = value.replace(/[^A-Za-z0-9._-]/g, '_');
  return /^[A-Za-z_]/.test(cleaned) ? cleaned : `_${cleaned}`;
}

export function manifestIdentifiers(course: Pick<CompiledCourse, 'id' | 'version'>): ManifestIdentifiers {
  const base = toXmlId(course.id);
  return {
    manifest: toXmlId(`${course.id}-v${course.version}`),
    organization: `${base}-org`,
    item: `${base}-sco`,
    resource: `${base}-res`,
  };
}
