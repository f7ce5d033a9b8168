// Registry of letter-level detectors for the rule kind `check`. A rule file names one
// with `check: <name>`; the engine looks it up here.

import type { LetterCheck } from '../doc.js';

export const letterChecks: Record<string, LetterCheck> = {};
