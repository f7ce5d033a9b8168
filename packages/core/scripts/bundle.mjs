// Replaces dist/vendor.js (tsc's re-export of core's third-party modules) by one bundled
// ES module holding unified, retext-dutch, the remark/rehype parsers and vfile with all
// their dependencies. Why: resolving, reading and compiling their ~300 small modules was
// most of core's cold start. Core's own modules stay as tsc wrote them, so a later
// `tsc -b` never leaves stale core code behind; if tsc rewrites vendor.js, it is the
// plain re-export again (same behaviour, slower import) until the next bundle run.
// Run after `tsc -b` (scripts/build.mjs does).
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const file = fileURLToPath(new URL('../dist/vendor.js', import.meta.url));
const BANNER = '// @helder/core vendor bundle (scripts/bundle.mjs)';

// Bundling the bundle again would be harmless but slow.
if (readFileSync(file, 'utf8').startsWith(BANNER)) process.exit(0);

await build({
  entryPoints: [file],
  outfile: file,
  allowOverwrite: true,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // Whitespace only: names stay readable in stack traces and profiles.
  minifyWhitespace: true,
  banner: { js: `${BANNER}: third-party modules (MIT/ISC; licences at the end).` },
  legalComments: 'eof',
  logLevel: 'warning',
});
