import { expect } from 'vitest';
import type {
  ChoiceQuestion,
  CompiledCourse,
  CompiledPage,
  QuestionBlock,
  ScenarioBlock,
} from '@dlis/course/compiled';
import { plainText, type PlayerRoot } from './learner.ts';

/**
 * A learner who answers every kind of question and plays scenarios through the player's accessible UI
 * (roles and names documented in packages/player/README.md), and keeps the score the course should give.
 */
export interface WalkUi {
  check: string;
  yourAnswer: string;
  moveUp: string;
  start: string;
  choose: string;
}

export const UI_EN: WalkUi = {
  check: 'Check',
  yourAnswer: 'Your answer',
  moveUp: 'Move up: ',
  start: 'Start',
  choose: 'Choose',
};

export function isChoiceQuestion(q: QuestionBlock): q is ChoiceQuestion {
  return q.kind === 'single-choice' || q.kind === 'multiple-choice' || q.kind === 'true-false';
}

function groupOf(root: PlayerRoot, question: QuestionBlock, lang: string) {
  const role = ['single-choice', 'true-false', 'likert'].includes(question.kind) ? 'radiogroup' : 'group';
  return root.getByRole(role, { name: plainText(question.prompt[lang]!) });
}

/** Points this response earns (the rules of compiled-course.ts), computed independently of the player. */
export function earnedPoints(question: QuestionBlock, outcome: 'right' | 'wrong'): number {
  if (!question.scored) return 0;
  if (outcome === 'right') return question.points;
  if (question.kind === 'matching') {
    const given = wrongMatches(question);
    const right = given.filter((target, i) => target === question.answer[i]).length;
    return (question.points * right) / question.sources.length;
  }
  if (!isChoiceQuestion(question)) return 0;
  const wrong = question.choices.find((c) => !c.correct)!;
  return question.points * Math.min(1, Math.max(0, wrong.weight));
}

/** The wrong answer of a matching question: each source given the expected target of the next source. */
function wrongMatches(question: Extract<QuestionBlock, { kind: 'matching' }>): string[] {
  return question.answer.map((_, i) => question.answer[(i + 1) % question.answer.length]!);
}

/** A number outside what a numeric question accepts. */
function wrongNumber(question: Extract<QuestionBlock, { kind: 'numeric' }>): number {
  const bound = question.exact ?? question.max ?? question.min ?? 0;
  return question.max !== undefined || question.exact !== undefined ? bound + 1000 : bound - 1000;
}

/**
 * Answers one question right or wrong, then presses Check. Wrong: one wrong choice; matching targets shifted by
 * one source; an ordering left in the order it is first shown (never the right one); a fill-in or a number the
 * question does not accept.
 */
export async function answerQuestion(
  root: PlayerRoot,
  question: QuestionBlock,
  lang: string,
  outcome: 'right' | 'wrong',
  ui: WalkUi,
): Promise<void> {
  const group = groupOf(root, question, lang);
  switch (question.kind) {
    case 'single-choice':
    case 'multiple-choice':
    case 'true-false': {
      const picked =
        outcome === 'right'
          ? question.choices.filter((c) => c.correct).map((c) => c.id)
          : [question.choices.find((c) => !c.correct)!.id];
      const role = question.kind === 'multiple-choice' ? 'checkbox' : 'radio';
      for (const choice of question.choices) {
        const input = group.getByRole(role, { name: plainText(choice.label[lang]!), exact: true });
        if (picked.includes(choice.id)) await input.check();
        else if (role === 'checkbox') await input.uncheck();
      }
      break;
    }
    case 'likert':
      await group
        .getByRole('radio', { name: plainText(question.scale[0]!.label[lang]!), exact: true })
        .check();
      break;
    case 'matching': {
      const given = outcome === 'right' ? question.answer : wrongMatches(question);
      for (const [i, source] of question.sources.entries()) {
        const target = question.targets.find((t) => t.id === given[i])!;
        await group
          .getByRole('combobox', { name: plainText(source.label[lang]!), exact: true })
          .selectOption({ label: plainText(target.label[lang]!) });
      }
      break;
    }
    case 'ordering':
      if (outcome === 'wrong') break;
      // Bring each item to its place, top to bottom, with the "move up" buttons only.
      for (const [place, item] of question.items.entries()) {
        const label = plainText(item.label[lang]!);
        for (;;) {
          const names = await group
            .getByRole('button', { name: ui.moveUp })
            .evaluateAll((buttons) =>
              buttons.map((b) => b.getAttribute('aria-label') ?? b.textContent ?? ''),
            );
          const index = names.findIndex((n) => n.trim().endsWith(label));
          if (index <= place) break;
          await group.getByRole('button', { name: `${ui.moveUp}${label}`, exact: true }).click();
        }
      }
      break;
    case 'fill-in': {
      const accepted = question.accepted[lang]![0]!;
      await group
        .getByRole('textbox', { name: ui.yourAnswer })
        .fill(outcome === 'right' ? accepted : `${accepted}${accepted}`);
      break;
    }
    case 'numeric': {
      const value =
        outcome === 'right' ? (question.exact ?? question.min ?? question.max ?? 0) : wrongNumber(question);
      await group.getByRole('textbox', { name: ui.yourAnswer }).fill(String(value));
      break;
    }
  }
  await group.getByRole('button', { name: ui.check, exact: true }).click();
}

/** The choices of the best-scoring run that visits no situation twice (what `maxScore` means). */
export function bestPath(scenario: ScenarioBlock): {
  choices: ScenarioBlock['situations'][number]['choices'];
  score: number;
} {
  let best: { choices: ScenarioBlock['situations'][number]['choices']; score: number } | undefined;
  const visit = (
    id: string,
    seen: Set<string>,
    path: ScenarioBlock['situations'][number]['choices'],
    score: number,
  ) => {
    const situation = scenario.situations.find((s) => s.id === id);
    if (!situation) {
      if (!best || score > best.score) best = { choices: path, score };
      return;
    }
    if (seen.has(id)) return;
    for (const choice of situation.choices)
      visit(choice.next, new Set([...seen, id]), [...path, choice], score + choice.score);
  };
  visit(scenario.start, new Set(), [], 0);
  return best!;
}

/** Plays a scenario along its best path, to an ending; returns the run's score. */
export async function playScenarioBest(
  root: PlayerRoot,
  scenario: ScenarioBlock,
  lang: string,
  ui: WalkUi,
): Promise<number> {
  await root.getByRole('button', { name: ui.start, exact: true }).click();
  const { choices, score } = bestPath(scenario);
  for (const choice of choices) {
    await root.getByRole('radio', { name: plainText(choice.label[lang]!), exact: true }).check();
    await root.getByRole('button', { name: ui.choose, exact: true }).click();
  }
  return score;
}

export interface WalkTally {
  earned: number;
  /** Interactions the walk caused: one per question, one per scenario decision. */
  interactions: number;
  answered: string[];
}

/**
 * Does every activity of a page: questions (right, except `wrongId` answered wrong), the questions a bank drew
 * (those shown), scenarios along their best path. Adds to `tally` what the course should record.
 */
export async function completePage(
  root: PlayerRoot,
  page: CompiledPage,
  lang: string,
  ui: WalkUi,
  tally: WalkTally,
  wrongId?: string,
): Promise<void> {
  for (const block of page.blocks) {
    if (block.type === 'question') {
      const outcome = block.id === wrongId ? 'wrong' : 'right';
      await answerQuestion(root, block, lang, outcome, ui);
      tally.earned += earnedPoints(block, outcome);
      tally.interactions += 1;
      tally.answered.push(block.id);
    } else if (block.type === 'question-bank') {
      let drawn = 0;
      for (const question of block.questions) {
        if ((await groupOf(root, question, lang).count()) === 0) continue;
        await answerQuestion(root, question, lang, 'right', ui);
        tally.earned += earnedPoints(question, 'right');
        tally.interactions += 1;
        tally.answered.push(question.id);
        drawn++;
      }
      expect(drawn).toBe(block.draw);
    } else if (block.type === 'scenario') {
      const score = await playScenarioBest(root, block, lang, ui);
      expect(score).toBe(block.maxScore);
      if (block.scored) tally.earned += block.points;
      tally.interactions += bestPath(block).choices.length;
    }
  }
}

/** The first scored choice question of the course, answered wrong by walks that want a mistake. */
export function firstScoredChoiceQuestion(course: CompiledCourse): ChoiceQuestion | undefined {
  for (const module of course.modules)
    for (const page of module.pages)
      for (const block of page.blocks)
        if (block.type === 'question' && block.scored && isChoiceQuestion(block)) return block;
  return undefined;
}
