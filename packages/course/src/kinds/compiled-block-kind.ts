import type { BlockWithoutTexts } from '../complete-course.ts';
import type { CompiledBlock, CompiledCourse } from '../compiled-course.ts';
import type { LearnerStateLayout } from '../learner-state-layout.ts';

/** Every block type of course.yaml (`type:`). */
export type BlockType = CompiledBlock['type'];

/**
 * The player scripts that define block elements: `core` (the player script itself) and the add-ons loaded only
 * by the courses that need them (the player's build/addon-vite-config.ts ADDON_ENTRIES), in load order.
 */
export const PLAYER_ADDONS = ['agility', 'blocks', 'scenario', 'visual-a', 'visual-b', 'questions'] as const;
export type PlayerAddon = (typeof PLAYER_ADDONS)[number];

export type WithoutTextsOf<T extends BlockType> = Extract<BlockWithoutTexts, { type: T }>;
export type CompiledOf<T extends BlockType> = Extract<CompiledBlock, { type: T }>;

/** The parts of the learner-state layout one block adds (see learnerStateLayout), in course order. */
export type BlockLayout = Partial<
  Pick<LearnerStateLayout, 'questions' | 'checklists' | 'banks' | 'scenarios'>
>;

/**
 * What the compiled course says about one block kind, browser-safe (the `@dlis/course/compiled` side of a kind):
 * which player element shows it and in which player script, the plain texts computed at build time, and the
 * learner-state layout. The table in compiled-block-kinds.ts holds one per BlockType; block-kind.ts adds the
 * loader's side.
 */
export interface CompiledBlockKind<T extends BlockType> {
  /** The custom element of the player that renders it (packages/player/src/components/<element>.ts). */
  element: `dlis-${string}`;
  /** The player script that defines `element`: the packager ships that add-on with courses that have the block. */
  addon: PlayerAddon | 'core';
  /** Adds what the player would otherwise derive at every start (plain-text descriptions); absent: nothing. */
  complete?(
    b: WithoutTextsOf<T>,
    course: Pick<CompiledCourse, 'languages' | 'defaultLanguage' | 'variables'>,
  ): CompiledOf<T>;
  /** What it keeps in the learner state (answers, ticks, bank seeds, scenario runs); absent: nothing. */
  layout?(b: CompiledOf<T>): BlockLayout;
}
