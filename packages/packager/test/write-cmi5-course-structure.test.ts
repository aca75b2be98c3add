import { describe, expect, test } from 'vitest';
import type { CourseTracking } from '@dlis/course';
import { ActivityTypeIri, courseActivityIri } from '@dlis/xapi-profile';
import { verifyManifest } from '@dlis/packager';
import { cmi5Ids, writeCmi5CourseStructure } from '@dlis/packager';
import { courseFixture, courseWithoutAssessment } from './support/course-fixture.ts';
import { el, xpath } from './support/xml-query.ts';

const tracking = (moveOn: CourseTracking['cmi5']['moveOn'] = 'CompletedAndPassed'): CourseTracking => ({
  identity: 'pseudonymous',
  cmi5: { moveOn, launchMethod: 'AnyWindow' },
});

describe('writeCmi5CourseStructure', () => {
  test('is valid against the official cmi5 CourseStructure.xsd', async () => {
    for (const course of [courseFixture(), courseWithoutAssessment()]) {
      const xml = writeCmi5CourseStructure(course, tracking('Completed'));
      expect(await verifyManifest(xml, 'cmi5')).toEqual({ valid: true, errors: [] });
    }
  });

  test('one course and one AU with stable ids from the course IRI (not the version)', async () => {
    const xml = writeCmi5CourseStructure(courseFixture(), tracking());
    const iri = courseActivityIri('digital-agility');
    expect(await xpath(xml, `string(${el('course')}/@id)`)).toBe(iri);
    expect(await xpath(xml, `count(${el('au')})`)).toBe('1');
    expect(await xpath(xml, `string(${el('au')}/@id)`)).toBe(`${iri}/au`);
    expect(cmi5Ids({ id: 'digital-agility' })).toEqual({ course: iri, au: `${iri}/au` });
    const next = writeCmi5CourseStructure(courseFixture({ version: '2.0.0' }), tracking());
    expect(next).toBe(xml);
  });

  test('title and description in every course language, default language first', async () => {
    const xml = writeCmi5CourseStructure(courseFixture(), tracking());
    for (const parent of ['course', 'au']) {
      const langs = `${el(parent)}/*[local-name()="title"]/*[local-name()="langstring"]`;
      expect(await xpath(xml, `string(${langs}[1]/@lang)`)).toBe('fr');
      expect(await xpath(xml, `string(${langs}[1])`)).toBe('Agilité numérique');
      expect(await xpath(xml, `string(${langs}[2]/@lang)`)).toBe('en');
      expect(await xpath(xml, `string(${langs}[2])`)).toBe('Digital agility');
      const desc = `${el(parent)}/*[local-name()="description"]/*[local-name()="langstring"]`;
      expect(await xpath(xml, `count(${desc})`)).toBe('2');
      expect(await xpath(xml, `string(${desc}[2])`)).toBe('A course.');
    }
  });

  test('relative url, launchMethod, moveOn, masteryScore 0..1 and activityType', async () => {
    const xml = writeCmi5CourseStructure(courseFixture({ masteryScore: 75 }), tracking());
    expect(await xpath(xml, `string(${el('au/url')})`)).toBe('index.html');
    expect(await xpath(xml, `string(${el('au')}/@launchMethod)`)).toBe('AnyWindow');
    expect(await xpath(xml, `string(${el('au')}/@moveOn)`)).toBe('CompletedAndPassed');
    expect(await xpath(xml, `string(${el('au')}/@masteryScore)`)).toBe('0.75');
    expect(await xpath(xml, `string(${el('au')}/@activityType)`)).toBe(ActivityTypeIri.course);
    const own = writeCmi5CourseStructure(courseFixture({ masteryScore: 100 }), {
      identity: 'named',
      cmi5: { moveOn: 'Passed', launchMethod: 'OwnWindow' },
    });
    expect(await xpath(own, `string(${el('au')}/@launchMethod)`)).toBe('OwnWindow');
    expect(await xpath(own, `string(${el('au')}/@masteryScore)`)).toBe('1');
  });

  test('no masteryScore without scored questions', async () => {
    const xml = writeCmi5CourseStructure(courseWithoutAssessment(), tracking('Completed'));
    expect(await xpath(xml, `count(${el('au')}/@masteryScore)`)).toBe('0');
  });

  test('escapes titles and drops characters XML forbids, staying valid', async () => {
    const course = courseFixture({
      title: { fr: 'Tom & "Jerry" <b>\u0001', en: "l'été" },
      description: { fr: 'a<b', en: 'c>d' },
    });
    const xml = writeCmi5CourseStructure(course, tracking());
    expect(await xpath(xml, `string(${el('course/title')}/*[1])`)).toBe('Tom & "Jerry" <b>');
    expect(await verifyManifest(xml, 'cmi5')).toEqual({ valid: true, errors: [] });
  });
});
