// The preview shell (served by Vite's dev server in `dlis preview`; never part of a package).
import './dlis-preview-app.ts';
