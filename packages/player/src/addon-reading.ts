/**
 * The "reading" add-on script: the reading tools of courses that are read, not assessed (`isReadingCourse`: the
 * Guide-outil), i.e. the bar with "Search" and "Print this page" (`dlis-reading-tools`). Shipped and run only
 * with reading courses; the search itself is another add-on (addon-search.ts) it loads when a reader first
 * opens it. Uses the player script's Lit and shared modules.
 */
import './components/dlis-reading-tools.ts';
