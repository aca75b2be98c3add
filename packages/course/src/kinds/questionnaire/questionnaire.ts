// The digital agility questionnaire (a questionnaire file, scored by @dlis/agility), shown by the agility add-on.
import schema from './questionnaire.schema.json' with { type: 'json' };
import { checkQuestionnaire } from './check-questionnaire.ts';
import { compileQuestionnaire } from './compile-questionnaire.ts';
import type { BlockKindModule } from '../block-kind.ts';
import { questionnaireCompiled } from './questionnaire-compiled.ts';

export const questionnaireKind: BlockKindModule<'questionnaire'> = {
  ...questionnaireCompiled,
  summary: 'The digital agility index: a questionnaire file scored by @dlis/agility.',
  schema,
  check: checkQuestionnaire,
  build: (b, id, ctx) => ({
    type: 'questionnaire',
    id,
    ...ctx.questionnaire(ctx.path(b.questionnaire)),
    resourceLinks: { ...b.links },
  }),
  compile: (b, { text, inline, blockHtml, resourceLinks }) =>
    compileQuestionnaire(
      {
        ...b,
        resourceLinks: {
          ...b.resourceLinks,
          // Only this questionnaire's resources: the links file also carries the course's own `links`.
          ...Object.fromEntries(
            Object.entries(resourceLinks ?? {}).filter(([id]) =>
              b.definition.resources.some((r) => r.id === id),
            ),
          ),
        },
      },
      { text, inline, blockHtml },
    ),
};
