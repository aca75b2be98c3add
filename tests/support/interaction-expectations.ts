import type { CompiledCourse, QuestionBlock, ScenarioBlock } from '@dlis/course/compiled';
import { bestPath } from './walker.ts';

/**
 * What the player should write for one interaction, in both SCORM versions, derived here from the compiled
 * course and the rules of docs/tracking.md, independently of the tracking package's own mapping code.
 */
export interface ExpectedInteraction {
  /** Question id, or decision id `<scenario>.<run>.<step>`. */
  key: string;
  id12: string;
  id2004: string;
  type: 'choice' | 'true-false' | 'matching' | 'sequencing' | 'fill-in' | 'numeric' | 'likert';
  /** `undefined`: no response element written. */
  response12: string | undefined;
  response2004: string | undefined;
  patterns12: string[];
  patterns2004: string[];
  outcome: 'correct' | 'incorrect' | 'neutral';
  weighting: number;
  description: string;
}

/** The 1.2 result vocabulary (RTE 3.4.2.7.6) and the 2004 one (RTE 4.2.9). */
export const resultWord = {
  scorm12: { correct: 'correct', incorrect: 'wrong', neutral: 'neutral' },
  scorm2004: { correct: 'correct', incorrect: 'incorrect', neutral: 'neutral' },
} as const;

/** SPM of 2004 correct_responses per type (RTE 4.2.9.1): further patterns are not written. */
const patternLimit2004 = {
  choice: 10,
  'fill-in': 5,
  matching: 5,
  sequencing: 5,
  'true-false': 1,
  numeric: 1,
  likert: 1,
} as const;

/** 1.2 token of an option by position: a…z, then 0…9. */
export function letter(position: number): string {
  if (position < 26) return String.fromCharCode(97 + position);
  if (position < 36) return String(position - 26);
  throw new Error(`no 1.2 token for position ${position}`);
}

/** 1.2 token of a matching source by position: 1…9, 0, then a…z. */
export function sourceToken(position: number): string {
  if (position < 9) return String(position + 1);
  if (position === 9) return '0';
  return String.fromCharCode(97 + position - 10);
}

/** 2004 short_identifier_type tokens of a question's options (positions `c1`… when the ids do not fit). */
export function tokens2004(ids: string[]): string[] {
  const made = ids.map((id) => id.replace(/[^A-Za-z0-9_.]/g, '_'));
  const unusable = made.some((t) => t === '' || t.length > 250) || new Set(made).size !== made.length;
  return unusable ? ids.map((_, i) => `c${i + 1}`) : made;
}

/** 1.2 CMIIdentifier: anything but `A-Z a-z 0-9 - _` becomes `_`. */
export function id12(id: string): string {
  return id.replace(/[^A-Za-z0-9_-]/g, '_');
}

/** 2004 URN id (RFC 2141: other characters %-encoded; a last character that is no letter or digit too). */
export function id2004(courseId: string, id: string): string {
  const encode = (c: string) =>
    Array.from(new TextEncoder().encode(c), (b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join(
      '',
    );
  const chars = Array.from(id).map((c) => (/[A-Za-z0-9()+,\-.:=@;$_!*']/.test(c) ? c : encode(c)));
  const last = chars.length - 1;
  if (chars[last] && /^[^A-Za-z0-9%]$/.test(chars[last])) chars[last] = encode(chars[last]);
  return `urn:dlis:${courseId}:${chars.join('')}`;
}

/** The text of compiled HTML on one line, at most 250 characters (cut with `…`), as a 2004 description. */
export function description(html: string): string {
  const text = html
    // Inline markup goes without a space (`<strong>income</strong>.` reads `income.`), block markup with one.
    .replace(/<\/?(?:a|abbr|b|cite|code|em|i|kbd|mark|q|s|small|span|strong|sub|sup|u)(?:\s[^>]*)?>/gi, '')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\{/, '(');
  const chars = Array.from(text);
  return chars.length <= 250 ? text : chars.slice(0, 249).join('').trimEnd() + '…';
}

/** A CMIDecimal / real without exponent. */
function decimal(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(20).replace(/0+$/, '').replace(/\.$/, '');
}

/**
 * The interaction of one answered question. `response` is what the learner gave, in the player's terms:
 * choice ids, the target id of each source (in source order), item ids in the learner's order, or the typed text.
 */
export function expectQuestion(
  course: CompiledCourse,
  question: QuestionBlock,
  response: string[],
  lang: string,
): ExpectedInteraction {
  const common = {
    key: question.id,
    id12: id12(question.id),
    id2004: id2004(course.id, question.id),
    weighting: question.points,
    description: description(question.prompt[lang]!),
  };
  switch (question.kind) {
    case 'single-choice':
    case 'multiple-choice':
    case 'true-false': {
      const ids = question.choices.map((c) => c.id);
      const picked = ids.filter((id) => response.includes(id));
      const right = question.choices.filter((c) => c.correct).map((c) => c.id);
      const share = question.choices
        .filter((c) => picked.includes(c.id))
        .reduce((sum, c) => sum + c.weight, 0);
      const outcome = right.length === 0 ? 'neutral' : share >= 1 ? 'correct' : 'incorrect';
      if (question.kind === 'true-false') {
        return {
          ...common,
          type: 'true-false',
          response12: picked[0]?.[0],
          response2004: picked[0],
          patterns12: right.map((id) => id[0]!),
          patterns2004: right.slice(0, patternLimit2004['true-false']),
          outcome,
        };
      }
      const tokens = tokens2004(ids);
      const t12 = (list: string[]) => list.map((id) => letter(ids.indexOf(id))).join(',');
      const t04 = (list: string[]) => list.map((id) => tokens[ids.indexOf(id)]!).join('[,]');
      return {
        ...common,
        type: 'choice',
        response12: picked.length ? t12(picked) : undefined,
        response2004: picked.length ? t04(picked) : undefined,
        patterns12: right.length ? [t12(right)] : [],
        patterns2004: right.length ? [t04(right)] : [],
        outcome,
      };
    }
    case 'likert': {
      const ids = question.scale.map((s) => s.id);
      const picked = ids.find((id) => response.includes(id));
      const index = picked === undefined ? -1 : ids.indexOf(picked);
      return {
        ...common,
        type: 'likert',
        response12: index < 0 ? undefined : letter(index),
        response2004: index < 0 ? undefined : tokens2004(ids)[index],
        patterns12: [],
        patterns2004: [],
        outcome: 'neutral',
      };
    }
    case 'matching': {
      const targetIds = question.targets.map((t) => t.id);
      const sourceTokens = tokens2004(question.sources.map((s) => s.id));
      const targetTokens = tokens2004(targetIds);
      const pairs = (targets: string[]) =>
        question.sources.flatMap((_, i) => {
          const target = targetIds.indexOf(targets[i] ?? '');
          return target < 0 ? [] : [{ source: i, target }];
        });
      const p12 = (targets: string[]) =>
        pairs(targets)
          .map((p) => `${sourceToken(p.source)}.${letter(p.target)}`)
          .join(',');
      const p04 = (targets: string[]) =>
        pairs(targets)
          .map((p) => `${sourceTokens[p.source]}[.]${targetTokens[p.target]}`)
          .join('[,]');
      const given = pairs(response).length > 0;
      return {
        ...common,
        type: 'matching',
        response12: given ? p12(response) : undefined,
        response2004: given ? p04(response) : undefined,
        patterns12: [p12(question.answer)],
        patterns2004: [p04(question.answer)],
        outcome: question.answer.every((t, i) => response[i] === t) ? 'correct' : 'incorrect',
      };
    }
    case 'ordering': {
      const ids = question.items.map((i) => i.id);
      const tokens = tokens2004(ids);
      const o12 = (order: string[]) => order.map((id) => letter(ids.indexOf(id))).join(',');
      const o04 = (order: string[]) => order.map((id) => tokens[ids.indexOf(id)]!).join('[,]');
      return {
        ...common,
        type: 'sequencing',
        response12: response.length ? o12(response) : undefined,
        response2004: response.length ? o04(response) : undefined,
        patterns12: [o12(ids)],
        patterns2004: [o04(ids)],
        outcome: response.join() === ids.join() ? 'correct' : 'incorrect',
      };
    }
    case 'fill-in': {
      // Every accepted answer, each once: the learner's language first, then the course's other languages;
      // 2004 tags each with its language (and the case flag first when the question is case-sensitive).
      const languages = [lang, ...course.languages.filter((l) => l !== lang)];
      const accepted: { text: string; lang: string }[] = [];
      for (const l of languages)
        for (const text of question.accepted[l] ?? [])
          if (!accepted.some((a) => a.text === text)) accepted.push({ text, lang: l });
      const text = response[0] ?? '';
      const flag = question.caseSensitive ? '{case_matters=true}' : '';
      const fold = (s: string) => {
        let t = s.trim().replace(/\s+/g, ' ');
        if (!question.caseSensitive) t = t.toLowerCase();
        if (!question.accentSensitive) t = t.normalize('NFD').replace(/\p{M}/gu, '');
        return t;
      };
      return {
        ...common,
        type: 'fill-in',
        response12: text || undefined,
        response2004: text ? `{lang=${lang}}${text}` : undefined,
        patterns12: accepted.map((a) => a.text),
        patterns2004: accepted
          .slice(0, patternLimit2004['fill-in'])
          .map((a) => `${flag}{lang=${a.lang}}${a.text}`),
        outcome: accepted.some((a) => fold(a.text) === fold(text)) ? 'correct' : 'incorrect',
      };
    }
    case 'numeric': {
      const value = Number((response[0] ?? '').replace(',', '.'));
      const { exact, min, max } = question;
      const lo = exact ?? min;
      const hi = exact ?? max;
      const right =
        exact !== undefined
          ? value === exact
          : (min === undefined || value >= min) && (max === undefined || value <= max);
      return {
        ...common,
        type: 'numeric',
        response12: decimal(value),
        response2004: decimal(value),
        // 1.2 cannot express a range: only a single value is written.
        patterns12: lo !== undefined && lo === hi ? [decimal(lo)] : [],
        patterns2004: [`${lo === undefined ? '' : decimal(lo)}[:]${hi === undefined ? '' : decimal(hi)}`],
        outcome: right ? 'correct' : 'incorrect',
      };
    }
  }
}

/**
 * The interactions of one run of a scenario along the given choices (run counted from 1), by the rules of
 * docs/tracking.md: type choice, the choice token as response (its position among every choice of the
 * scenario, as in the layout), result neutral, weighting 0, no pattern.
 */
/** Patterns of a decision: the best-scored choices of the situation (none when all score the same). */
function decisionPatterns(
  situation: ScenarioBlock['situations'][number],
  ids: string[],
): Pick<ExpectedInteraction, 'patterns12' | 'patterns2004' | 'outcome'> {
  const top = Math.max(...situation.choices.map((c) => c.score));
  const best = situation.choices.every((c) => c.score === top)
    ? []
    : situation.choices.filter((c) => c.score === top).map((c) => c.id);
  return {
    patterns12: best.map((id) => letter(ids.indexOf(id))),
    patterns2004: best.map((id) => tokens2004(ids)[ids.indexOf(id)]!),
    // The walk plays the best path, so every decision is one of the best choices.
    outcome: best.length === 0 ? 'neutral' : 'correct',
  };
}

export function expectDecisions(
  course: CompiledCourse,
  scenario: ScenarioBlock,
  run: number,
  lang: string,
): ExpectedInteraction[] {
  const { choices } = bestPath(scenario);
  let situation = scenario.situations.find((s) => s.id === scenario.start)!;
  // Tokens come from the layout, where a scenario's options are all the choices of all its situations.
  const ids = scenario.situations.flatMap((s) => s.choices.map((c) => c.id));
  return choices.map((choice, i) => {
    const key = `${scenario.id}.${run}.${i + 1}`;
    const expected: ExpectedInteraction = {
      key,
      id12: id12(key),
      id2004: id2004(course.id, key),
      type: 'choice',
      response12: letter(ids.indexOf(choice.id)),
      response2004: tokens2004(ids)[ids.indexOf(choice.id)],
      ...decisionPatterns(situation, ids),
      weighting: 0,
      description: description(situation.html[lang]!),
    };
    const next = scenario.situations.find((s) => s.id === choice.next);
    if (next) situation = next;
    return expected;
  });
}
