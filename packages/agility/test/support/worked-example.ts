import { answersFor } from './answers.ts';

/**
 * Answers that give BRIEF §3.4's worked example: dimension scores D1 70, D2 65, D3 45, D4 60, D5 70, D6 40,
 * D7 55, D8 75 (index 58.25, Level 2). D2 mixes self-assessment (S = 75) and knowledge (K = 50); 8.2 is
 * reverse-scored (2 → 75). Shared by the library's tests and the `dlis agility score` tests.
 */
export const workedExampleAnswers = answersFor(
  {
    D1: [5, 5, 3, 3, 3, 'na'],
    D2: [4, 4, 4, 4, 4, 4],
    D3: [3, 3, 3, 3, 2],
    D4: [4, 4, 3, 3, 3],
    D5: [4, 4, 4, 4, 3],
    D6: [3, 3, 3, 2, 2, 'na'],
    D7: [4, 3, 3, 3, 3, 'na'],
    D8: [4, 2, 4, 4, 4, 4],
  },
  { 'D1-S1': 'A', 'D2-S1': 'C', 'D2-S2': 'A' },
);
