// The dialogue look of a scenario: its `characters` (name, avatar) and the `speaker` of each situation.
import { closestMatch } from '../../closest-match.ts';
import { isObj, list, str, type CheckContext, type Obj } from '../../check-context.ts';
import type { ScenarioCharacter } from '../../compiled-course.ts';
import type { ScenarioCharacterSource } from '../../course-source.ts';
import { DiagnosticCode } from '../../diagnostic.ts';
import type { SourcePath } from '../../yaml-document.ts';
import type { BlockBuildContext, BlockCompileContext } from '../block-kind.ts';

/**
 * Characters: unique ids, a name in every language, an avatar that is a checked image with an alt text (or
 * `decorative: true`); every situation's `speaker` names one of them.
 */
export async function checkScenarioCharacters(ctx: CheckContext, b: Obj, path: SourcePath): Promise<void> {
  const ids = new Map<string, SourcePath>();
  const characters = list(b.characters);
  for (const [i, c] of characters.entries()) {
    if (!isObj(c)) continue;
    const at = [...path, 'characters', i];
    ctx.unique(ids, c.id, [...at, 'id'], 'character', 'in this scenario');
    ctx.translations([...at, 'name'], c.name);
    const avatar = str(c.avatar);
    if (avatar === undefined) continue;
    await ctx.files.checkImageBlock([...at, 'avatar'], avatar);
    if (c.decorative !== true && c.alt === undefined) {
      ctx.out.error(at, {
        code: DiagnosticCode.altRequired,
        message: 'an avatar needs an `alt` text in each language, or `decorative: true`.',
        hint: 'The name is always read out; describe the picture only if it tells more (else `decorative: true`).',
      });
    }
    ctx.translations([...at, 'alt'], c.alt);
  }
  const known = [...ids.keys()];
  for (const [i, s] of list(b.situations).entries()) {
    const speaker = isObj(s) ? str(s.speaker) : undefined;
    if (speaker === undefined || known.includes(speaker)) continue;
    const suggestion = closestMatch(speaker, known);
    ctx.out.error([...path, 'situations', i, 'speaker'], {
      code: DiagnosticCode.scenarioUnknownSpeaker,
      message: `'${speaker}' is not the id of a character of this scenario.${suggestion ? ` Did you mean '${suggestion}'?` : ''}`,
      hint: known.length
        ? `Character ids: ${known.join(', ')}.`
        : 'List the people who speak under `characters:` (id, name, avatar).',
    });
  }
}

export function buildCharacters(
  characters: ScenarioCharacterSource[],
  ctx: BlockBuildContext,
): ScenarioCharacter[] {
  return characters.map((c) => ({
    id: c.id,
    name: ctx.loc(c.name),
    ...(c.avatar === undefined
      ? {}
      : { avatar: ctx.path(c.avatar), alt: c.decorative === true ? null : ctx.loc(c.alt!) }),
  }));
}

export function compileCharacters(
  characters: ScenarioCharacter[],
  blockId: string,
  { requireAsset, text }: BlockCompileContext,
): ScenarioCharacter[] {
  return characters.map((c) => ({
    id: c.id,
    name: text(c.name),
    ...(c.avatar === undefined
      ? {}
      : { avatar: requireAsset(c.avatar, blockId).path, alt: c.alt ? text(c.alt) : null }),
  }));
}
