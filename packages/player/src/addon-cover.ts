/**
 * The "cover" add-on script: the cover at the top of a course's first page (`dlis-cover`: image, title,
 * description, duration, objectives, modules, Enter/Resume), with its five catalogues. Shipped with every course
 * (packager `courseAddons`): the cover is out of the core player script, which stays in budget.
 */
import './components/dlis-cover.ts';
