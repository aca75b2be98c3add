import { describe, expect, test } from 'vitest';
import { writeScorm12Manifest } from '@dlis/packager';
import { verifyManifest } from '@dlis/packager';
import { courseFixture, courseWithoutAssessment } from './support/course-fixture.ts';
import { el, xpath } from './support/xml-query.ts';

const FILES = ['index.html', 'player-ab12cd34.js', 'player-ab12cd34.css', 'assets/1a2b3c4d-photo.png'];

describe('writeScorm12Manifest', () => {
  test('has the SCORM 1.2 structure: metadata, one organization, one item, one SCO resource', async () => {
    const xml = writeScorm12Manifest(courseFixture(), FILES);
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<manifest ')).toBe(true);
    expect(xml).toContain('xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"');
    expect(xml).toContain('xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"');
    expect(await xpath(xml, `string(${el('manifest')}/@identifier)`)).toBe('digital-agility-v1.2.0');
    expect(await xpath(xml, `string(${el('manifest')}/@version)`)).toBe('1.2.0');
    expect(await xpath(xml, `string(${el('metadata/schema')})`)).toBe('ADL SCORM');
    expect(await xpath(xml, `string(${el('metadata/schemaversion')})`)).toBe('1.2');
    expect(await xpath(xml, `count(${el('organization')})`)).toBe('1');
    expect(await xpath(xml, `count(${el('item')})`)).toBe('1');
    expect(await xpath(xml, `string(${el('organizations')}/@default)`)).toBe('digital-agility-org');
    expect(await xpath(xml, `string(${el('organization')}/@identifier)`)).toBe('digital-agility-org');
    expect(await xpath(xml, `string(${el('organization/title')})`)).toBe('Agilité numérique');
    expect(await xpath(xml, `string(${el('item/title')})`)).toBe('Agilité numérique');
    expect(await xpath(xml, `string(${el('item')}/@identifierref)`)).toBe('digital-agility-res');
    expect(await xpath(xml, `count(${el('resource')})`)).toBe('1');
    expect(await xpath(xml, `string(${el('resource')}/@identifier)`)).toBe('digital-agility-res');
    expect(await xpath(xml, `string(${el('resource')}/@type)`)).toBe('webcontent');
    expect(await xpath(xml, `string(${el('resource')}/@*[local-name()="scormtype"])`)).toBe('sco');
    expect(await xpath(xml, `string(${el('resource')}/@href)`)).toBe('index.html');
  });

  test('carries the mastery score when the course has an assessment, and none without', async () => {
    expect(
      await xpath(writeScorm12Manifest(courseFixture(), FILES), `string(${el('item/masteryscore')})`),
    ).toBe('80');
    const half = writeScorm12Manifest(courseFixture({ masteryScore: 62.5 }), FILES);
    expect(await xpath(half, `string(${el('item/masteryscore')})`)).toBe('62.5');
    const none = writeScorm12Manifest(courseWithoutAssessment(), FILES);
    expect(await xpath(none, `count(${el('masteryscore')})`)).toBe('0');
  });

  test('lists every file once, sorted, percent-encoded, without the manifest', async () => {
    const xml = writeScorm12Manifest(courseFixture(), [
      ...FILES,
      'assets/a b&c.png',
      'index.html',
      'imsmanifest.xml',
    ]);
    const hrefs = [...xml.matchAll(/<file href="([^"]*)"\/>/g)].map((m) => m[1]);
    expect(hrefs).toEqual([
      'assets/1a2b3c4d-photo.png',
      'assets/a%20b%26c.png',
      'index.html',
      'player-ab12cd34.css',
      'player-ab12cd34.js',
    ]);
  });

  test('escapes every text: a title with < & " \' stays text', async () => {
    const title = `Tom & Jerry <b>"quoted"</b> it's`;
    const xml = writeScorm12Manifest(
      courseFixture({ title: { fr: title, en: 'x' }, version: '1"<2' }),
      FILES,
    );
    expect(xml).not.toContain('<b>');
    expect(await xpath(xml, `string(${el('organization/title')})`)).toBe(title);
    expect(await xpath(xml, `string(${el('manifest')}/@version)`)).toBe('1"<2');
  });

  test('sanitises identifiers into xs:ID values', async () => {
    const xml = writeScorm12Manifest(courseFixture({ id: '2024 cours/éco', version: '1 0' }), FILES);
    expect(await xpath(xml, `string(${el('manifest')}/@identifier)`)).toBe('_2024_cours__co-v1_0');
    expect(await xpath(xml, `string(${el('item')}/@identifier)`)).toBe('_2024_cours__co-sco');
  });

  test('keeps item identifiers across versions (Moodle re-attaches tracks by item identifier)', async () => {
    const a = writeScorm12Manifest(courseFixture({ version: '1.0.0' }), FILES);
    const b = writeScorm12Manifest(courseFixture({ version: '2.0.0' }), FILES);
    expect(await xpath(a, `string(${el('item')}/@identifier)`)).toBe(
      await xpath(b, `string(${el('item')}/@identifier)`),
    );
    expect(await xpath(a, `string(${el('manifest')}/@identifier)`)).not.toBe(
      await xpath(b, `string(${el('manifest')}/@identifier)`),
    );
  });

  test('is stable: same input, same bytes, whatever the order of the files', async () => {
    const a = writeScorm12Manifest(courseFixture(), FILES);
    const b = writeScorm12Manifest(courseFixture(), [...FILES].reverse());
    expect(a).toBe(b);
  });

  test('fits the XSD length limits (title 200, version 20)', async () => {
    const long = 'é'.repeat(250);
    const xml = writeScorm12Manifest(
      courseFixture({ title: { fr: long, en: 'x' }, version: '1.0.0-'.padEnd(30, 'x') }),
      FILES,
    );
    expect([...(await xpath(xml, `string(${el('organization/title')})`))]).toHaveLength(200);
    expect(await verifyManifest(xml, 'scorm12')).toEqual({ valid: true, errors: [] });
  });

  test.each([
    ['with an assessment', courseFixture()],
    ['without an assessment', courseWithoutAssessment()],
    [
      'with hostile text and identifiers',
      courseFixture({ id: '9 <x>', version: '&', title: { fr: '</title>&', en: 'x' } }),
    ],
  ])('is valid against the official SCORM 1.2 XSDs (%s)', async (_name, course) => {
    const result = await verifyManifest(
      writeScorm12Manifest(course, [...FILES, 'assets/a b.png']),
      'scorm12',
    );
    expect(result).toEqual({ valid: true, errors: [] });
  });
});
