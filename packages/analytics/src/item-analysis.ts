/**
 * Item analysis of the whole sample (docs/research.md, "Item analysis"): per self-assessment item its floor and
 * ceiling (item score 0 and 100), "not applicable" rate, mean and SD; per scenario its difficulty, discrimination
 * and the count of each option. Every count enters one disclosure-control problem per item (protectQuantities),
 * and a share or a statistic is shown only when the counts it rests on are.
 */
import type { AgilityDefinition, LocalizedText } from '@dlis/agility';
import type { Respondent } from './collect-respondents.ts';
import { protectQuantities, type Quantity, type Relation } from './disclosure-control.ts';
import { itemAnswer, itemScore, scenarioCredit } from './respondent-scores.ts';
import { mean, pearson, sd } from './statistics.ts';
import { MIN_N_RELIABILITY } from './suppression.ts';

export interface SelfItemAnalysis {
  id: string;
  dimension: string;
  /** Wording from the definition (the built-in model's is the agility-index course's; a course brings its own). */
  labels: LocalizedText | null;
  reverse: boolean;
  /** Answered on the scale; null when hidden. */
  answered: number | null;
  notApplicable: number | null;
  /** Item score 0 (the scale's worst end, after reversing) and 100. */
  floor: number | null;
  ceiling: number | null;
  /** Shares: floor and ceiling of the answered, N/A of the whole sample. */
  floorShare: number | null;
  ceilingShare: number | null;
  notApplicableShare: number | null;
  /** Of the item scores 0–100. */
  mean: number | null;
  sd: number | null;
}

export interface ScenarioAnalysis {
  id: string;
  dimension: string;
  /** Option ids with their credit (0, 50, 100) and count (null: hidden). */
  options: { id: string; credit: number; labels: LocalizedText | null; count: number | null }[];
  /** Respondents who did not answer it (not shown it, or skipped). */
  noAnswer: number | null;
  answered: number | null;
  /** Proportion of the answered who chose a best option (credit 100). */
  p: number | null;
  /** Mean credit / 100 (equals p when no option has partial credit). */
  meanShare: number | null;
  /**
   * Point-biserial r of the scenario's credit with the rest score (mean credit of the other scenarios the
   * respondent answered), from MIN_N_RELIABILITY pairs.
   */
  discrimination: number | null;
  discriminationN: number | null;
}

export interface ItemAnalysis {
  items: SelfItemAnalysis[];
  scenarios: ScenarioAnalysis[];
}

/** Counts of one item and how they add up, before suppression. */
interface Counted {
  quantities: Quantity[];
  relations: Relation[];
}

/** Item analysis of `members` (the whole sample, already at least `minCell`), suppressed with `minCell`. */
export function analyzeItems(
  members: readonly Respondent[],
  definition: AgilityDefinition,
  minCell: number,
): ItemAnalysis {
  const n = members.length;
  // One pass over the members for every item and scenario (respondent-major: each one's scores read once).
  const itemScores: number[][] = definition.items.map(() => []);
  const notApplicableCounts = definition.items.map(() => 0);
  const optionCounts = definition.scenarios.map(() => new Map<string, number>());
  for (const r of members) {
    for (let j = 0; j < itemScores.length; j++) {
      if (itemAnswer(r.result, j) === 'na') notApplicableCounts[j]!++;
      else {
        const score = itemScore(r.result, j);
        if (score !== null) itemScores[j]!.push(score);
      }
    }
    for (let j = 0; j < optionCounts.length; j++) {
      const answer = r.result.scenarioAnswers[j];
      if (answer !== null && answer !== undefined)
        optionCounts[j]!.set(answer, (optionCounts[j]!.get(answer) ?? 0) + 1);
    }
  }
  const items = definition.items.map((item, j): SelfItemAnalysis => {
    const scores = itemScores[j]!;
    const notApplicable = notApplicableCounts[j]!;
    const answered = scores.length;
    const floor = scores.filter((s) => s === 0).length;
    const ceiling = scores.filter((s) => s === 100).length;
    // 0 n, 1 answered, 2 N/A, 3 skipped, 4 floor, 5 middle, 6 ceiling; skipped and middle are never printed.
    const hidden = protect(
      {
        quantities: [
          { people: n, published: true, cost: 3 },
          { people: answered, published: true, cost: 1 },
          { people: notApplicable, published: true },
          { people: n - answered - notApplicable, published: false },
          { people: floor, published: true },
          { people: answered - floor - ceiling, published: false },
          { people: ceiling, published: true },
        ],
        relations: [
          { total: 0, parts: [1, 2, 3] },
          { total: 1, parts: [4, 5, 6] },
        ],
      },
      minCell,
    );
    const shown = (slot: number, value: number) => (hidden[slot] ? null : value);
    const share = (count: number, slot: number, of: number, ofSlot: number) =>
      hidden[slot] || hidden[ofSlot] || of === 0 ? null : count / of;
    return {
      id: item.id,
      dimension: item.dimension,
      labels: item.labels ?? null,
      reverse: item.reverse,
      answered: shown(1, answered),
      notApplicable: shown(2, notApplicable),
      floor: shown(4, floor),
      ceiling: shown(6, ceiling),
      floorShare: share(floor, 4, answered, 1),
      ceilingShare: share(ceiling, 6, answered, 1),
      notApplicableShare: share(notApplicable, 2, n, 0),
      mean: hidden[1] ? null : mean(scores),
      sd: hidden[1] ? null : sd(scores),
    };
  });

  const credits = members.map((r) => definition.scenarios.map((_, j) => scenarioCredit(r.result, j)));
  const scenarios = definition.scenarios.map((scenario, j): ScenarioAnalysis => {
    const counts = scenario.options.map((o) => optionCounts[j]!.get(o.id) ?? 0);
    const answered = counts.reduce((s, c) => s + c, 0);
    // 0 n, 1 answered, 2 no answer, 3… the options.
    const hidden = protect(
      {
        quantities: [
          { people: n, published: true, cost: 3 },
          { people: answered, published: true, cost: 1 },
          { people: n - answered, published: true },
          ...counts.map((people) => ({ people, published: true })),
        ],
        relations: [
          { total: 0, parts: [1, 2] },
          { total: 1, parts: counts.map((_, i) => 3 + i) },
        ],
      },
      minCell,
    );
    // A share weighs every option's count: shown only when all of them are, or it would give a hidden one away.
    const allShown = !hidden[1] && counts.every((_, i) => !hidden[3 + i]) && answered > 0;
    const best = scenario.options.reduce((s, o, i) => s + (o.credit === 100 ? counts[i]! : 0), 0);
    const creditSum = scenario.options.reduce((s, o, i) => s + o.credit * counts[i]!, 0);
    const pairs = discriminationPairs(credits, j);
    const discrimination = pairs.item.length >= MIN_N_RELIABILITY ? pearson(pairs.item, pairs.rest) : null;
    return {
      id: scenario.id,
      dimension: scenario.dimension,
      options: scenario.options.map((o, i) => ({
        id: o.id,
        credit: o.credit,
        labels: o.labels ?? null,
        count: hidden[3 + i] ? null : counts[i]!,
      })),
      noAnswer: hidden[2] ? null : n - answered,
      answered: hidden[1] ? null : answered,
      p: allShown ? best / answered : null,
      meanShare: allShown ? creditSum / (100 * answered) : null,
      discrimination,
      discriminationN: discrimination === null ? null : pairs.item.length,
    };
  });
  return { items, scenarios };
}

function protect(counted: Counted, minCell: number): boolean[] {
  return protectQuantities(counted.quantities, counted.relations, minCell);
}

/** Scenario j's credit and the mean credit of the other scenarios, for respondents who answered j and another. */
function discriminationPairs(credits: readonly (readonly (number | null)[])[], j: number) {
  const item: number[] = [];
  const rest: number[] = [];
  for (const row of credits) {
    const own = row[j];
    if (own === null || own === undefined) continue;
    let sum = 0;
    let count = 0;
    row.forEach((c, i) => {
      if (i !== j && c !== null) {
        sum += c;
        count++;
      }
    });
    if (count === 0) continue;
    item.push(own);
    rest.push(sum / count);
  }
  return { item, rest };
}
