import { describe, expect, test } from 'vitest';
import { ActivityTypeIri, courseActivityIri } from '@dlis/xapi-profile';
import { writeTincanXml } from '@dlis/packager';
import { courseFixture } from './support/course-fixture.ts';
import { el, xpath } from './support/xml-query.ts';

describe('writeTincanXml', () => {
  test('one activity: the course IRI, type course, names and descriptions per language, launch index.html', async () => {
    const xml = writeTincanXml(courseFixture());
    expect(xml).toContain('<tincan xmlns="http://projecttincan.com/tincan.xsd">');
    expect(await xpath(xml, `count(${el('activity')})`)).toBe('1');
    expect(await xpath(xml, `string(${el('activity')}/@id)`)).toBe(courseActivityIri('digital-agility'));
    expect(await xpath(xml, `string(${el('activity')}/@type)`)).toBe(ActivityTypeIri.course);
    expect(await xpath(xml, `string(${el('activity/name')}[@lang="fr"])`)).toBe('Agilité numérique');
    expect(await xpath(xml, `string(${el('activity/name')}[@lang="en"])`)).toBe('Digital agility');
    expect(await xpath(xml, `string(${el('activity/description')}[@lang="en"])`)).toBe('A course.');
    expect(await xpath(xml, `string(${el('activity/launch')})`)).toBe('index.html');
    expect(await xpath(xml, `string(${el('activity/launch')}/@lang)`)).toBe('fr');
  });

  test('escapes texts and is deterministic', async () => {
    const course = courseFixture({ title: { fr: 'A & <B>', en: 'x' } });
    const xml = writeTincanXml(course);
    expect(await xpath(xml, `string(${el('activity/name')}[@lang="fr"])`)).toBe('A & <B>');
    expect(writeTincanXml(course)).toBe(xml);
  });
});
