// The rule files and presets as compiled by scripts/build-rules.mjs. The generated
// module is not committed: `pnpm build` writes it first, so it always matches rules/.

import { ruleDefs as generatedRules, presetDefs as generatedPresets } from './generated/rules.js';
import type { PresetDef, RuleDef } from './types.js';

export const ruleDefs: readonly RuleDef[] = generatedRules;
export const presetDefs: readonly PresetDef[] = generatedPresets;
