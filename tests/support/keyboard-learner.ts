import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { QuestionBlock, ScenarioBlock } from '@dlis/course/compiled';
import { focused, tabTo, type FocusedElement } from './keyboard.ts';
import { plainText } from './learner.ts';
import { bestPath } from './walker.ts';

/**
 * A keyboard-only learner: answers questions right and plays scenarios along their best path with page.keyboard
 * only (Tab to reach a control, arrows, Space, Enter, typing), in the language of the UI strings it is given
 * (the player's own catalogues, so a renamed button fails here rather than passing on a stale copy).
 */
export interface KeyboardUi {
  check: string;
  /** Feedback once an answer is checked: right, or recorded (neutral questions). */
  correct: string;
  recorded: string;
  /** "Move up: {item}" of ordering questions. */
  moveUp: string;
  yourAnswer: string;
  scenarioStart: string;
  choose: string;
  /** Heading of the best ending: "<ending> — <positive tone>". */
  bestEnding: string;
}

/** Called with every control the learner reached (e.g. to check its focus ring). */
export type OnReach = (el: FocusedElement) => void;

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export class KeyboardLearner {
  constructor(
    private readonly page: Page,
    private readonly lang: string,
    private readonly ui: KeyboardUi,
    private readonly onReach: OnReach = () => {},
  ) {}

  private async reach(target: Parameters<typeof tabTo>[1]): Promise<FocusedElement> {
    const el = await tabTo(this.page, target);
    this.onReach(el);
    return el;
  }

  /** Tabs into a group of radios, then moves to `wanted` with the arrow keys (Space when already on it). */
  async pickRadio(labels: string[], wanted: string): Promise<void> {
    const at = await this.reach({ role: 'radio', name: labels });
    const target = labels.indexOf(wanted);
    const from = labels.indexOf(at.name);
    if (from === target) await this.page.keyboard.press('Space');
    for (let i = from; i < target; i++) await this.page.keyboard.press('ArrowDown');
    for (let i = from; i > target; i--) await this.page.keyboard.press('ArrowUp');
    expect(await focused(this.page)).toMatchObject({ role: 'radio', name: wanted, checked: true });
  }

  /** Presses the next Check button and waits for one more feedback message. */
  private async check(): Promise<void> {
    await this.reach({ role: 'button', name: this.ui.check });
    const feedback = new RegExp(
      `(?<![A-Za-z])(${escapeRegExp(this.ui.correct)}|${escapeRegExp(this.ui.recorded)})`,
    );
    const before = await this.page.getByText(feedback).count();
    await this.page.keyboard.press('Enter');
    await expect.poll(() => this.page.getByText(feedback).count()).toBeGreaterThan(before);
  }

  /** Answers a question right with the keyboard only, then checks it. */
  async answerRight(q: QuestionBlock): Promise<void> {
    const text = (html: string) => plainText(html);
    const lang = this.lang;
    switch (q.kind) {
      case 'single-choice':
      case 'true-false': {
        const right = q.choices.find((c) => c.correct) ?? q.choices[0]!;
        await this.pickRadio(
          q.choices.map((c) => text(c.label[lang]!)),
          text(right.label[lang]!),
        );
        break;
      }
      case 'multiple-choice':
        for (const choice of q.choices.filter((c) => c.correct)) {
          await this.reach({ role: 'checkbox', name: text(choice.label[lang]!) });
          await this.page.keyboard.press('Space');
          expect(await focused(this.page)).toMatchObject({ checked: true });
        }
        break;
      case 'likert':
        await this.pickRadio(
          q.scale.map((s) => text(s.label[lang]!)),
          text(q.scale[Math.min(3, q.scale.length - 1)]!.label[lang]!),
        );
        break;
      case 'matching':
        for (const [i, source] of q.sources.entries()) {
          await this.reach({ role: 'combobox', name: text(source.label[lang]!) });
          // Closed <select>: each ArrowDown selects the next option (the first one is "— Choose —").
          const target = q.targets.findIndex((t) => t.id === q.answer[i]);
          for (let k = 0; k <= target; k++) await this.page.keyboard.press('ArrowDown');
        }
        break;
      case 'ordering': {
        const labels = q.items.map((item) => text(item.label[lang]!));
        const prefix = this.ui.moveUp.replace('{item}', '');
        // The learner's order, read from the "Move up: <item>" buttons (one per item, in list order).
        const order = async () =>
          this.page
            .getByRole('group', { name: text(q.prompt[lang]!) })
            .getByRole('button', { name: prefix })
            .evaluateAll(
              (buttons, p) => buttons.map((b) => (b.getAttribute('aria-label') ?? '').slice(p.length)),
              prefix,
            );
        for (const [place, label] of labels.entries()) {
          while ((await order()).indexOf(label) > place) {
            // The focused element's name has its white space normalised (French "Monter :" has a no-break space).
            await this.reach({ role: 'button', name: `${prefix}${label}`.replace(/\s+/g, ' ') });
            await this.page.keyboard.press('Enter');
          }
        }
        expect(await order()).toEqual(labels);
        break;
      }
      case 'fill-in':
      case 'numeric': {
        await this.reach({ role: 'textbox', name: this.ui.yourAnswer });
        const value = q.kind === 'fill-in' ? q.accepted[lang]![0]! : String(q.exact ?? q.min ?? q.max);
        await this.page.keyboard.type(value);
        break;
      }
    }
    await this.check();
  }

  /** Starts a scenario and plays it along its best path; the focus follows each new situation, then the ending. */
  async playScenario(scenario: ScenarioBlock): Promise<void> {
    await this.reach({ role: 'button', name: this.ui.scenarioStart });
    await this.page.keyboard.press('Enter');
    let situation = scenario.situations.find((s) => s.id === scenario.start)!;
    for (const [step, choice] of bestPath(scenario).choices.entries()) {
      await expect.poll(async () => (await focused(this.page))?.name).toBe(`Situation ${step + 1}`);
      await this.pickRadio(
        situation.choices.map((c) => plainText(c.label[this.lang]!)),
        plainText(choice.label[this.lang]!),
      );
      await this.reach({ role: 'button', name: this.ui.choose });
      await this.page.keyboard.press('Enter');
      situation = scenario.situations.find((s) => s.id === choice.next) ?? situation;
    }
    await expect.poll(async () => (await focused(this.page))?.name).toBe(this.ui.bestEnding);
  }
}

/** The UI strings of a player catalogue and its scenario add-on catalogue. */
export function keyboardUi(
  player: { check: string; correct: string; recorded: string; moveUp: string; yourAnswer: string },
  scenario: { scenarioStart: string; choose: string; ending: string; tonePositive: string },
): KeyboardUi {
  return {
    check: player.check,
    correct: player.correct,
    recorded: player.recorded,
    moveUp: player.moveUp,
    yourAnswer: player.yourAnswer,
    scenarioStart: scenario.scenarioStart,
    choose: scenario.choose,
    bestEnding: `${scenario.ending} — ${scenario.tonePositive}`,
  };
}
