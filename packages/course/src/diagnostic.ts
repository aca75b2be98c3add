/** Permanent, searchable codes of the problems the loader reports (docs/errors.md lists them). */
export const DiagnosticCode = {
  noCourseFile: 'COURSE_E_NO_COURSE_FILE',
  emptyFile: 'COURSE_E_EMPTY_FILE',
  binaryFile: 'COURSE_E_BINARY_FILE',
  fileTooLarge: 'COURSE_E_FILE_TOO_LARGE',
  yamlSyntax: 'COURSE_E_YAML_SYNTAX',
  tooDeep: 'COURSE_E_TOO_DEEP',
  unknownKey: 'COURSE_E_UNKNOWN_KEY',
  missingKey: 'COURSE_E_MISSING_KEY',
  wrongType: 'COURSE_E_WRONG_TYPE',
  invalidValue: 'COURSE_E_INVALID_VALUE',
  notAllowed: 'COURSE_E_NOT_ALLOWED',
  duplicateId: 'COURSE_E_DUPLICATE_ID',
  missingTranslation: 'COURSE_E_MISSING_TRANSLATION',
  unknownLanguage: 'COURSE_E_UNKNOWN_LANGUAGE',
  missingFile: 'COURSE_E_MISSING_FILE',
  absolutePath: 'COURSE_E_ABSOLUTE_PATH',
  pathEscape: 'COURSE_E_PATH_ESCAPE',
  symlinkEscape: 'COURSE_E_SYMLINK_ESCAPE',
  notAFile: 'COURSE_E_NOT_A_FILE',
  imageFormat: 'COURSE_E_IMAGE_FORMAT',
  svgScript: 'COURSE_E_SVG_SCRIPT',
  externalImage: 'COURSE_E_EXTERNAL_IMAGE',
  bodySource: 'COURSE_E_BODY_SOURCE',
  altRequired: 'COURSE_E_ALT_REQUIRED',
  correctChoices: 'COURSE_E_CORRECT_CHOICES',
  noAssessment: 'COURSE_E_NO_ASSESSMENT',
  mediaFormat: 'COURSE_E_MEDIA_FORMAT',
  captionsFormat: 'COURSE_E_CAPTIONS_FORMAT',
  captionsRequired: 'COURSE_E_CAPTIONS_REQUIRED',
  fontFormat: 'COURSE_E_FONT_FORMAT',
  unknownGlossaryTerm: 'COURSE_E_UNKNOWN_GLOSSARY_TERM',
  unknownCourseLink: 'COURSE_E_UNKNOWN_LINK',
  resourceSource: 'COURSE_E_RESOURCE_SOURCE',
  matchingAnswer: 'COURSE_E_MATCHING_ANSWER',
  fillInAnswer: 'COURSE_E_FILL_IN_ANSWER',
  numericAnswer: 'COURSE_E_NUMERIC_ANSWER',
  likertScored: 'COURSE_E_LIKERT_SCORED',
  bankDraw: 'COURSE_E_BANK_DRAW',
  bankQuestions: 'COURSE_E_BANK_QUESTIONS',
  scenarioUnknownNext: 'COURSE_E_SCENARIO_UNKNOWN_NEXT',
  scenarioUnreachable: 'COURSE_E_SCENARIO_UNREACHABLE',
  scenarioDeadEnd: 'COURSE_E_SCENARIO_DEAD_END',
  scenarioNoWayOut: 'COURSE_E_SCENARIO_NO_WAY_OUT',
  scenarioScore: 'COURSE_E_SCENARIO_SCORE',
  scenarioTooLarge: 'COURSE_E_SCENARIO_TOO_LARGE',
  scenarioUnknownSpeaker: 'COURSE_E_SCENARIO_UNKNOWN_SPEAKER',
  contrast: 'COURSE_E_CONTRAST',
  questionnaireModel: 'COURSE_E_QUESTIONNAIRE_MODEL',
  questionnaireUnknownId: 'COURSE_E_QUESTIONNAIRE_UNKNOWN_ID',
  questionnaireMissingWording: 'COURSE_E_QUESTIONNAIRE_MISSING_WORDING',
  questionnaireBackground: 'COURSE_E_QUESTIONNAIRE_BACKGROUND',
  noQuestionnaire: 'COURSE_E_NO_QUESTIONNAIRE',
  moveOnWithoutAssessment: 'COURSE_E_MOVE_ON_WITHOUT_ASSESSMENT',
  unknownVariable: 'COURSE_E_UNKNOWN_VARIABLE',
  unknownVariableValue: 'COURSE_E_UNKNOWN_VARIABLE_VALUE',
  // Warnings: the course builds, but something is probably not what the author meant.
  unreachableScore: 'COURSE_W_UNREACHABLE_SCORE',
  largeImage: 'COURSE_W_LARGE_IMAGE',
  relativeLink: 'COURSE_W_RELATIVE_LINK',
  unusedAlt: 'COURSE_W_UNUSED_ALT',
  unusedMasteryScore: 'COURSE_W_UNUSED_MASTERY_SCORE',
  trueFalseLabels: 'COURSE_W_TRUE_FALSE_LABELS',
  likertLabels: 'COURSE_W_LIKERT_LABELS',
  largeMedia: 'COURSE_W_LARGE_MEDIA',
  unusedGlossaryTerm: 'COURSE_W_UNUSED_GLOSSARY_TERM',
  questionnaireCountry: 'COURSE_W_QUESTIONNAIRE_COUNTRY',
  namedIdentity: 'COURSE_W_NAMED_IDENTITY',
  markersOverlap: 'COURSE_W_MARKERS_OVERLAP',
} as const;

export type DiagnosticCode = (typeof DiagnosticCode)[keyof typeof DiagnosticCode];

/** One problem found in a course's sources, located so that a terminal can open it. */
export interface Diagnostic {
  /** Path of the file, relative to the current directory (or to the course folder's parent when outside it). */
  file: string;
  /** 1-based line. */
  line: number;
  /** 1-based column (UTF-16 code units, as editors count). */
  col: number;
  /** Where in course.yaml the problem sits, e.g. `modules[0].pages[2].blocks[1]`; `(root)` for the top. */
  path: string;
  code: DiagnosticCode;
  severity: 'error' | 'warning';
  /** What is wrong and why, in one sentence. */
  message: string;
  /** What to do about it, when that is not obvious from the message. */
  hint?: string;
}

/**
 * `file:line:col: path: message`, with the hint (if any) on the next line. Takes any located problem, so
 * that other packages can render their own diagnostics (with their own codes) the same way.
 */
export function formatDiagnostic(
  d: Pick<Diagnostic, 'file' | 'line' | 'col' | 'path' | 'message' | 'hint'>,
): string {
  const head = `${d.file}:${d.line}:${d.col}: ${d.path}: ${d.message}`;
  return d.hint ? `${head}\n  hint: ${d.hint}` : head;
}
