import { COMPILED_COURSE_FORMAT, type PlayerPayload } from '@dlis/course/compiled';
import { PlayerError, PlayerErrorCode } from '../errors.ts';

/** Id of the `<script type="application/json">` that holds the PlayerPayload in a package's index.html. */
export const PAYLOAD_ELEMENT_ID = 'dlis-course';

/**
 * Checks that `value` is a payload this player can run: an object with a course of format 1.
 * Throws PlayerError PLAYER_E_NO_COURSE or PLAYER_E_COURSE_FORMAT. The deeper shape is trusted:
 * the packager wrote it from a validated course.
 */
export function checkPayload(value: unknown): PlayerPayload {
  const course = (value as { course?: { format?: unknown } } | null)?.course;
  if (typeof course !== 'object' || course === null) {
    throw new PlayerError(PlayerErrorCode.noCourse, 'The page holds no course payload; rebuild the package.');
  }
  if (course.format !== COMPILED_COURSE_FORMAT) {
    const format = String(course.format);
    throw new PlayerError(
      PlayerErrorCode.format,
      `Course format ${format} is not supported (this player reads format ${COMPILED_COURSE_FORMAT}); rebuild the package.`,
      { format },
    );
  }
  return value as PlayerPayload;
}

/** Parses the JSON text of the payload element; a missing element or bad JSON is PLAYER_E_NO_COURSE. */
export function parsePayload(text: string | null | undefined): PlayerPayload {
  if (!text)
    throw new PlayerError(PlayerErrorCode.noCourse, `No #${PAYLOAD_ELEMENT_ID} element in the page.`);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (cause) {
    throw new PlayerError(
      PlayerErrorCode.noCourse,
      `#${PAYLOAD_ELEMENT_ID} is not valid JSON.`,
      {},
      { cause },
    );
  }
  return checkPayload(value);
}
