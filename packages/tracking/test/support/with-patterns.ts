import { correctPatterns, type InteractionValue } from '@dlis/tracking/correct-patterns';
import type { InteractionRecord } from '../../src/index.ts';

/** A test answer written with typed correct responses, as a course author thinks of them. */
export type TypedAnswer = Omit<InteractionRecord, 'correctPatterns'> & {
  correctResponses: InteractionValue[];
};

/**
 * The record of `answer` with its correct patterns made as the build makes them (correct-patterns.ts, the
 * adapters' own formatting), tokens counted from `options` (the layout's ids of the interaction).
 */
export function withPatterns<T extends TypedAnswer>(
  answer: T,
  options?: readonly string[],
): T & InteractionRecord {
  return { ...answer, correctPatterns: correctPatterns(answer.type, answer.correctResponses, options) };
}
