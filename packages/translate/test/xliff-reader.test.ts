import { expect, test } from 'vitest';
import { readXliff } from '../src/read-xliff.ts';
import { TranslateError } from '@dlis/translate';
import { readXml, XmlSyntaxError } from '../src/xml-reader.ts';

function syntaxError(xml: string): XmlSyntaxError {
  try {
    readXml(xml);
  } catch (error) {
    expect(error).toBeInstanceOf(XmlSyntaxError);
    return error as XmlSyntaxError;
  }
  throw new Error('expected a syntax error');
}

test('the XML reader locates every well-formedness error', () => {
  expect(syntaxError('<a>\n  <b>\n</a>')).toMatchObject({
    message: '</a> closes <b> (opened at 2:3)',
    position: { line: 3, col: 1 },
  });
  expect(syntaxError('<a x="1" x="2"/>').message).toBe('attribute x is repeated');
  expect(syntaxError('<a>\n  fish &chips;</a>')).toMatchObject({ position: { line: 2, col: 8 } });
  expect(syntaxError('<!DOCTYPE a [<!ENTITY e "boom">]><a>&e;</a>').message).toMatch(
    /DOCTYPE is not allowed/,
  );
  expect(syntaxError('<a>').message).toBe('<a> is never closed');
  expect(syntaxError('<a></a><b/>').message).toBe('unexpected content after the root element');
  expect(syntaxError('<a b=1/>').message).toBe('attribute b needs a quoted value');
  expect(
    readXml('<?xml version="1.0"?>\n<!-- c --><a t="x &amp; &#x3B1;">1 <![CDATA[<2>]]> &lt;3</a>'),
  ).toMatchObject({
    name: 'a',
    attributes: { t: 'x & α' },
    children: [{ text: '1 ' }, { text: '<2>' }, { text: ' <3' }],
  });
});

test('an XLIFF file as a CAT tool returns it: groups, <mrk>, <cp>, omitted states, other formatting', () => {
  const xliff = `<?xml version="1.0" encoding="utf-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="fr" trgLang="ro"
       xmlns:dlis="urn:x-dlis:translate" dlis:course="c">
 <file id="course.yaml" original="course.yaml">
  <group id="g1">
   <unit id="title">
    <originalData><data id="d1">**</data><data id="d2">\`x\`</data></originalData>
    <segment id="s1"><source><pc id="c1" dataRefStart="d1" dataRefEnd="d1">Bonjour</pc> <ph id="c2" dataRef="d2"/></source>
     <target><pc id="c1" dataRefStart="d1" dataRefEnd="d1"><mrk id="m1" type="term">Bună</mrk></pc><cp hex="00A0"/><ph id="c2" dataRef="d2"/></target></segment>
   </unit>
  </group>
 </file>
</xliff>`;
  const doc = readXliff(xliff, 'ro.xlf');
  expect(doc).toMatchObject({ srcLang: 'fr', trgLang: 'ro', courseId: 'c' });
  const segment = doc.files[0]?.units[0]?.parts[0];
  expect(segment).toMatchObject({
    kind: 'segment',
    state: 'initial',
    target: [
      { kind: 'pc', start: '**', end: '**', children: [{ kind: 'text', text: 'Bună' }] },
      { kind: 'text', text: '\u00a0' },
      { kind: 'ph', data: '`x`' },
    ],
  });
  const broken = xliff.replace('dataRef="d2"/></target>', 'dataRef="d9"/></target>');
  let error: unknown;
  try {
    readXliff(broken, 'ro.xlf');
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(TranslateError);
  expect(error).toMatchObject({
    message: expect.stringMatching(/dataRef="d9", which is not in the unit's <originalData>/),
    location: { file: 'ro.xlf', line: 9 },
  });
  expect(() => readXliff('<xliff version="1.2"/>', 'old.xlf')).toThrow(/not an XLIFF 2 file/);
});
