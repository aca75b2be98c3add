// Plain texts are computed at build time (@dlis/course); the questionnaire report still converts its own texts.
export { htmlToText, truncate } from '@dlis/course/compiled';
