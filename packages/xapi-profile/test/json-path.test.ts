import { describe, expect, it } from 'vitest';
import { evaluateJsonPath, JsonPathError } from '@dlis/xapi-profile';

const doc = {
  result: { extensions: { 'https://x.org/e': 5 }, success: false },
  context: { contextActivities: { category: [{ id: 'a' }, { id: 'b' }], parent: [] } },
  n: null,
};

describe('evaluateJsonPath', () => {
  it('follows children, quoted names, indexes, wildcards and unions', () => {
    expect(evaluateJsonPath(doc, '$.result.success')).toEqual([false]);
    expect(evaluateJsonPath(doc, "$.result.extensions['https://x.org/e']")).toEqual([5]);
    expect(evaluateJsonPath(doc, '$.context.contextActivities.category[*].id')).toEqual(['a', 'b']);
    expect(evaluateJsonPath(doc, '$.context.contextActivities.category[1].id')).toEqual(['b']);
    expect(evaluateJsonPath(doc, '$.context.contextActivities.*[*].id')).toEqual(['a', 'b']);
    expect(evaluateJsonPath(doc, "$.context.contextActivities['parent','category'][0].id")).toEqual(['a']);
    expect(evaluateJsonPath(doc, '$.context.contextActivities.category[0,1].id')).toEqual(['a', 'b']);
    expect(evaluateJsonPath(doc, '$')).toEqual([doc]);
  });

  it('returns nothing for absent properties, and null for null', () => {
    expect(evaluateJsonPath(doc, '$.result.score.raw')).toEqual([]);
    expect(evaluateJsonPath(doc, '$.context.contextActivities.category[5]')).toEqual([]);
    expect(evaluateJsonPath(doc, '$.n')).toEqual([null]);
    expect(evaluateJsonPath(doc, '$.n.x')).toEqual([]);
  });

  it('refuses filters and malformed paths', () => {
    expect(() => evaluateJsonPath(doc, '$.a[?(@.id)]')).toThrow(JsonPathError);
    expect(() => evaluateJsonPath(doc, 'result')).toThrow('must start with "$"');
    expect(() => evaluateJsonPath(doc, "$['a")).toThrow('unterminated');
    expect(() => evaluateJsonPath(doc, '$..a')).toThrow(JsonPathError);
  });
});
