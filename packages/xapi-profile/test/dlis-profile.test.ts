import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  ActivityTypeIri,
  ContextExtensionIri,
  DLIS_BASE_IRI,
  ProfileIri,
  ResultExtensionIri,
  VerbIri,
  dlisProfile,
  evaluateJsonPath,
} from '@dlis/xapi-profile';
import { serializeProfile } from '../build/serialize-profile.ts';

const IRI = /^https?:\/\/\S+$/;

describe('dlisProfile', () => {
  it('is what profile/dlis.jsonld holds (run build/write-profile.ts after a change)', () => {
    const file = readFileSync(new URL('../profile/dlis.jsonld', import.meta.url), 'utf8');
    expect(file).toBe(serializeProfile());
  });

  it('has the profile properties of xAPI Profiles 1.0, in fr and en', () => {
    expect(dlisProfile).toMatchObject({
      '@context': 'https://w3id.org/xapi/profiles/context',
      type: 'Profile',
      conformsTo: 'https://w3id.org/xapi/profiles#1.0',
      author: { type: 'Organization', name: 'DLIS project' },
    });
    expect(dlisProfile.versions.map((v) => v.id)).toContain(ProfileIri.version);
    const labelled = [
      dlisProfile,
      ...dlisProfile.concepts,
      ...dlisProfile.templates,
      ...dlisProfile.patterns,
    ];
    for (const item of labelled) {
      expect(Object.keys(item.prefLabel).sort(), item.id).toEqual(['en', 'fr']);
      expect(Object.keys(item.definition).sort(), item.id).toEqual(['en', 'fr']);
    }
  });

  it('puts every concept, template and pattern in the current version, with unique ids', () => {
    const items = [...dlisProfile.concepts, ...dlisProfile.templates, ...dlisProfile.patterns];
    for (const item of items) expect(item.inScheme, item.id).toBe(ProfileIri.version);
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
  });

  it('declares every verb, activity type and DLIS extension it uses', () => {
    const ids = new Set(dlisProfile.concepts.map((c) => c.id));
    for (const iri of [...Object.values(VerbIri), ...Object.values(ActivityTypeIri)])
      expect(ids).toContain(iri);
    const own = [...Object.values(ContextExtensionIri), ...Object.values(ResultExtensionIri)].filter((i) =>
      i.startsWith(DLIS_BASE_IRI),
    );
    for (const iri of own) expect(ids).toContain(iri);
    for (const c of dlisProfile.concepts) {
      if ('inlineSchema' in c && c.inlineSchema !== undefined)
        expect(() => JSON.parse(c.inlineSchema!)).not.toThrow();
    }
  });

  it('has templates whose determining properties are declared and whose rules are well formed', () => {
    const ids = new Set(dlisProfile.concepts.map((c) => c.id));
    for (const t of dlisProfile.templates) {
      expect(ids, t.id).toContain(t.verb);
      expect(ids, t.id).toContain(t.objectActivityType);
      for (const type of [...(t.contextParentActivityType ?? []), ...(t.contextGroupingActivityType ?? [])]) {
        expect(ids, t.id).toContain(type);
      }
      for (const rule of t.rules ?? []) {
        expect(rule.presence ?? rule.any ?? rule.all ?? rule.none, rule.location).toBeDefined();
        expect(() => evaluateJsonPath({}, rule.location)).not.toThrow();
      }
    }
  });

  it('has patterns that only name its own templates and patterns, with a primary session pattern', () => {
    const known = new Set([...dlisProfile.templates, ...dlisProfile.patterns].map((x) => x.id));
    for (const p of dlisProfile.patterns) {
      const refs = [p.sequence, p.alternates, p.optional, p.zeroOrMore, p.oneOrMore].filter(
        (r) => r !== undefined,
      );
      expect(refs, p.id).toHaveLength(1);
      const members = refs.flat();
      if (p.sequence ?? p.alternates) expect(members.length, p.id).toBeGreaterThanOrEqual(2);
      for (const m of members) expect(known, p.id).toContain(m);
    }
    expect(dlisProfile.patterns.filter((p) => p.primary).map((p) => p.id)).toEqual([
      `${DLIS_BASE_IRI}profile/patterns/session`,
    ]);
  });

  it('contains no empty value (xAPI Profiles 1.0, "Document Interpretation")', () => {
    const empties: string[] = [];
    const walk = (x: unknown, path: string) => {
      if (x === null || x === '' || (Array.isArray(x) && x.length === 0)) empties.push(path);
      else if (typeof x === 'object') {
        if (!Array.isArray(x) && Object.keys(x).length === 0) empties.push(path);
        for (const [k, v] of Object.entries(x)) walk(v, `${path}.${k}`);
      }
    };
    walk(dlisProfile, '$');
    expect(empties).toEqual([]);
  });

  it('uses absolute IRIs everywhere an IRI goes', () => {
    const iris = [
      dlisProfile.id,
      ...dlisProfile.concepts.map((c) => c.id),
      ...dlisProfile.templates.flatMap((t) => [t.id, t.verb, t.objectActivityType]),
      ...dlisProfile.patterns.map((p) => p.id),
    ];
    for (const iri of iris) expect(iri).toMatch(IRI);
  });
});
