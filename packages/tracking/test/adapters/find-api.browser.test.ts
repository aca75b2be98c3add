import { afterEach, describe, expect, test } from 'vitest';
import { Scorm12API, Scorm2004API } from 'scorm-again';
import { API_NAMES, MAX_PARENT_LEVELS, findApi } from '../../src/adapters/find-api.ts';
import { createTracker } from '../../src/index.ts';
import { layout } from '../support/fixtures.ts';

const host = window as unknown as { API?: object; API_1484_11?: object };
const frames: HTMLIFrameElement[] = [];

/** A same-origin child frame of `parent`'s document; returns its window. */
function childFrame(parent: Window, attributes: Record<string, string> = {}): Window {
  const frame = parent.document.createElement('iframe');
  for (const [name, value] of Object.entries(attributes)) frame.setAttribute(name, value);
  parent.document.body.append(frame);
  frames.push(frame);
  return frame.contentWindow!;
}

afterEach(() => {
  delete host.API;
  delete host.API_1484_11;
  for (const frame of frames.splice(0)) frame.remove();
});

describe('API discovery', () => {
  test('finds the API of an ancestor frame from a nested frame, for both standards', () => {
    const api12 = new Scorm12API({ logLevel: 5 });
    const api2004 = new Scorm2004API({ logLevel: 5 });
    host.API = api12;
    host.API_1484_11 = api2004;
    const grandchild = childFrame(childFrame(window));
    expect(findApi(grandchild, API_NAMES.scorm12, MAX_PARENT_LEVELS.scorm12)).toBe(api12);
    expect(findApi(grandchild, API_NAMES.scorm2004, MAX_PARENT_LEVELS.scorm2004)).toBe(api2004);
  });

  test('the climb is bounded', () => {
    host.API = new Scorm12API({ logLevel: 5 });
    const grandchild = childFrame(childFrame(window));
    expect(findApi(grandchild, API_NAMES.scorm12, 1)).toBeUndefined();
    expect(findApi(grandchild, API_NAMES.scorm12, 2)).toBe(host.API);
  });

  test('ignores a property that is not an API object', () => {
    (host as Record<string, unknown>).API = { name: 'not an API' };
    expect(findApi(childFrame(window), API_NAMES.scorm12, 7)).toBeUndefined();
  });

  test('a cross-origin frame stops the climb without throwing', () => {
    host.API = new Scorm12API({ logLevel: 5 });
    const foreign = childFrame(window, { sandbox: 'allow-scripts', srcdoc: '<p>other origin</p>' });
    expect(() => (foreign as unknown as { API?: unknown }).API).toThrow();
    expect(findApi(foreign, API_NAMES.scorm12, 7)).toBeUndefined();
  });

  test('createTracker in a nested frame talks to the LMS of the parent frame', async () => {
    const api = new Scorm12API({ autocommit: false, lmsCommitUrl: false, logLevel: 5 });
    host.API = api;
    const tracker = createTracker({
      target: 'scorm12',
      courseId: 'c',
      courseVersion: '1',
      layout,
      window: childFrame(childFrame(window)),
    });
    expect((await tracker.start()).connection).toBe('lms');
    tracker.progress('quiz', 0.5);
    expect(api.cmi.core.lesson_location).toBe('quiz');
    await tracker.finish('suspend');
  });
});
