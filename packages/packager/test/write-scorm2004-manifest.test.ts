import { describe, expect, test } from 'vitest';
import { writeScorm2004Manifest } from '@dlis/packager';
import { verifyManifest } from '@dlis/packager';
import { courseFixture, courseWithoutAssessment } from './support/course-fixture.ts';
import { el, xpath } from './support/xml-query.ts';

const FILES = ['index.html', 'player-ab12cd34.js', 'assets/1a2b3c4d-photo.png'];

describe('writeScorm2004Manifest', () => {
  test('has the SCORM 2004 4th Edition structure and namespaces', async () => {
    const xml = writeScorm2004Manifest(courseFixture(), FILES);
    for (const ns of [
      'xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"',
      'xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"',
      'xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"',
      'xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"',
      'xmlns:imsss="http://www.imsglobal.org/xsd/imsss"',
    ]) {
      expect(xml).toContain(ns);
    }
    expect(await xpath(xml, `string(${el('metadata/schema')})`)).toBe('ADL SCORM');
    expect(await xpath(xml, `string(${el('metadata/schemaversion')})`)).toBe('2004 4th Edition');
    expect(await xpath(xml, `string(${el('manifest')}/@identifier)`)).toBe('digital-agility-v1.2.0');
    expect(await xpath(xml, `count(${el('organization')})`)).toBe('1');
    expect(await xpath(xml, `count(${el('item')})`)).toBe('1');
    expect(await xpath(xml, `string(${el('item/title')})`)).toBe('Agilité numérique');
    expect(await xpath(xml, `string(${el('item')}/@identifierref)`)).toBe(
      await xpath(xml, `string(${el('resource')}/@identifier)`),
    );
    expect(await xpath(xml, `string(${el('resource')}/@*[local-name()="scormType"])`)).toBe('sco');
    expect(await xpath(xml, `string(${el('resource')}/@href)`)).toBe('index.html');
    expect(
      await xpath(xml, `string(${el('item/sequencing/deliveryControls')}/@completionSetByContent)`),
    ).toBe('true');
  });

  test('puts the mastery score on the primary objective, satisfied by measure', async () => {
    const xml = writeScorm2004Manifest(courseFixture({ masteryScore: 75 }), FILES);
    const objective = el('item/sequencing/objectives/primaryObjective');
    expect(await xpath(xml, `string(${objective}/@satisfiedByMeasure)`)).toBe('true');
    expect(await xpath(xml, `string(${objective}/*[local-name()="minNormalizedMeasure"])`)).toBe('0.7500');
  });

  test('has no objective measure when the course has no assessment', async () => {
    const xml = writeScorm2004Manifest(courseWithoutAssessment(), FILES);
    expect(await xpath(xml, `count(${el('objectives')})`)).toBe('0');
    expect(xml).not.toContain('minNormalizedMeasure');
    expect(xml).not.toContain('satisfiedByMeasure');
  });

  test('lists every file once, sorted', async () => {
    const xml = writeScorm2004Manifest(courseFixture(), [...FILES, 'index.html']);
    const hrefs = [...xml.matchAll(/<file href="([^"]*)"\/>/g)].map((m) => m[1]);
    expect(hrefs).toEqual(['assets/1a2b3c4d-photo.png', 'index.html', 'player-ab12cd34.js']);
  });

  test('escapes titles with < & " \' and sanitises identifiers', async () => {
    const title = `R&D <script>"x"</script> l'été`;
    const xml = writeScorm2004Manifest(
      courseFixture({ id: '-bad id', title: { fr: title, en: 'x' } }),
      FILES,
    );
    expect(xml).not.toContain('<script>');
    expect(await xpath(xml, `string(${el('item/title')})`)).toBe(title);
    expect(await xpath(xml, `string(${el('item')}/@identifier)`)).toBe('_-bad_id-sco');
  });

  test('is stable: same input, same bytes', async () => {
    expect(writeScorm2004Manifest(courseFixture(), FILES)).toBe(
      writeScorm2004Manifest(courseFixture(), [...FILES].reverse()),
    );
  });

  test.each([
    ['with an assessment', courseFixture()],
    ['without an assessment', courseWithoutAssessment()],
    ['with a mastery score of 100', courseFixture({ masteryScore: 100 })],
    [
      'with hostile text and identifiers',
      courseFixture({ id: '9 <x>', version: '&', title: { fr: '</title>&', en: 'x' } }),
    ],
  ])('is valid against the official SCORM 2004 4th Edition XSDs (%s)', async (_name, course) => {
    const result = await verifyManifest(
      writeScorm2004Manifest(course, [...FILES, 'assets/a b.png']),
      'scorm2004',
    );
    expect(result).toEqual({ valid: true, errors: [] });
  });
});
