// The rule files and presets as compiled by scripts/build-rules.mjs. The generated
// module is not committed: `pnpm build` writes it first, so it always matches rules/.

import { ruleDefs as generatedRules, presetDefs as generatedPresets, wordIndex as generatedIndex } from './generated/rules.js';
import type { WordIndex } from './word-index.js';
import type { PresetDef, RuleDef } from './types.js';

export const ruleDefs: readonly RuleDef[] = generatedRules;
export const presetDefs: readonly PresetDef[] = generatedPresets;
/** The word forms of `ruleDefs` by key (word-index.ts); undefined if the build made none. */
export const wordIndex: WordIndex | undefined = generatedIndex;
