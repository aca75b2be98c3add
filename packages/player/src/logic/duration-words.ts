import type { CourseDuration, LanguageTag } from '@dlis/course/compiled';

const unit = (lang: LanguageTag, name: 'minute' | 'hour') =>
  new Intl.NumberFormat(lang, { style: 'unit', unit: name, unitDisplay: 'long' });

/** Minutes in words: "45 minutes", "1 heure 30 minutes", "2 Stunden". */
function minutesInWords(lang: LanguageTag, total: number): string {
  if (total < 60) return unit(lang, 'minute').format(total);
  const hours = unit(lang, 'hour').format(Math.floor(total / 60));
  return total % 60 ? `${hours} ${unit(lang, 'minute').format(total % 60)}` : hours;
}

/**
 * A course duration in words in `lang` (Intl unit formats, so every language reads it its own way): one figure,
 * or a range: "45–60 minutes" under two hours, "2 heures – 3 heures" beyond.
 */
export function durationInWords(lang: LanguageTag, duration: CourseDuration): string {
  const { min, max } = duration;
  if (min === max) return minutesInWords(lang, min);
  if (max < 120) return unit(lang, 'minute').formatRange(min, max);
  return `${minutesInWords(lang, min)} – ${minutesInWords(lang, max)}`;
}
