/**
 * The "questions" add-on script: the question element (`dlis-question`: every question kind, its inputs,
 * feedback and review), shipped with the courses that have a question or a question bank (each kind's `addon`)
 * and loaded after the first screen unless the first page has a question (packager `courseStartAddons`): a
 * learner reads the cover before answering anything, so the core player script stays in budget.
 */
import './components/dlis-question.ts';
