import { afterEach, describe, expect, test } from 'vitest';
import { createTracker } from '../../../src/index.ts';
import type { TrackerOptions } from '../../../src/index.ts';
import { collect, layout, stateAfterQuiz } from '../../support/fixtures.ts';

const options: TrackerOptions = { target: 'web', courseId: 'local-test', courseVersion: '1.0.0', layout };
const FILLER_PREFIX = 'dlis-test-filler:';

afterEach(() => {
  for (const key of Object.keys(localStorage)) {
    if (key.startsWith(FILLER_PREFIX) || key === 'dlis:local-test') localStorage.removeItem(key);
  }
});

/** Fills localStorage until the browser refuses even one more character (a real quota error). */
function fillStorage(): void {
  let n = 0;
  for (const size of [512 * 1024, 16 * 1024, 512, 16, 1]) {
    try {
      for (;;) localStorage.setItem(`${FILLER_PREFIX}${n++}`, 'x'.repeat(size));
    } catch {
      // full at this size; go smaller
    }
  }
}

describe('local adapter', () => {
  test('keeps the state in localStorage under dlis:<courseId> and resumes from it', async () => {
    const tracker = createTracker(options);
    const info = await tracker.start();
    expect(info).toMatchObject({
      connection: 'local',
      standard: 'local',
      credit: true,
      mode: 'normal',
      learner: {},
    });
    expect(info.resume).toBeUndefined();
    tracker.progress('quiz', 0.75);
    tracker.save(stateAfterQuiz);
    tracker.scored({ raw: 1, min: 0, max: 2, scaled: 0.5 });
    tracker.completed();
    tracker.passed();
    tracker.failed();
    await tracker.finish('suspend');

    const record = JSON.parse(localStorage.getItem('dlis:local-test')!) as Record<string, unknown>;
    expect(record).toMatchObject({
      format: 1,
      completion: 'completed',
      success: 'passed',
      location: 'result',
    });
    expect(record.suspendData).toMatch(/^B/);
    expect((await createTracker(options).start()).resume).toEqual(stateAfterQuiz);
  });

  test('state of another layout is ignored', async () => {
    const tracker = createTracker(options);
    await tracker.start();
    tracker.save(stateAfterQuiz);
    const changed = { ...options, layout: { ...layout, pages: [...layout.pages, 'appendix'] } };
    expect((await createTracker(changed).start()).resume).toBeUndefined();
  });

  test('a full storage: keeps going, reports save-failed once (not retrying), then saved when it works again', async () => {
    const tracker = createTracker(options);
    const { statuses, listener } = collect();
    tracker.onStatus(listener);
    await tracker.start();
    fillStorage();
    tracker.save(stateAfterQuiz);
    tracker.progress('result', 1);
    expect(statuses).toEqual([
      { kind: 'save-failed', retrying: false, detail: expect.stringContaining('kept until') },
    ]);
    for (const key of Object.keys(localStorage))
      if (key.startsWith(FILLER_PREFIX)) localStorage.removeItem(key);
    tracker.completed();
    expect(statuses.at(-1)).toEqual({ kind: 'saved' });
    expect((await createTracker(options).start()).resume).toEqual(stateAfterQuiz);
  });
});
