import { describe, expect, it } from 'vitest';
import { activityIri, courseActivityIri } from '../src/index.ts';

describe('activity IRIs', () => {
  it('the cmi5 AU id is the course IRI + /au, never the course itself', () => {
    const course = courseActivityIri('digital safety');
    expect(activityIri.au(course)).toBe('https://w3id.org/dlis/xapi/courses/digital%20safety/au');
    expect(activityIri.au(course)).not.toBe(course);
  });
});
