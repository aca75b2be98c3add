/**
 * The "conditional" add-on script: the conditional-content logic of courses with variables (which pages and
 * blocks a learner sees, from the variables' values: logic/conditional-content.ts). Shipped with those courses
 * and loaded with the player script, which waits for it before showing the first page (conditional-addon.ts).
 */
import { registerConditional } from './logic/conditional-addon.ts';
import { conditionalContent } from './logic/conditional-content.ts';

registerConditional(conditionalContent);
