// Replaces dist/vendor.js (tsc's re-export of core's third-party modules) by bundled
// files. Why: resolving, reading and compiling their ~300 small modules was most of
// core's cold start.
// - dist/vendor.js: unified, retext-dutch and vfile in one ES module;
// - dist/vendor-markup.cjs: remark-parse and rehype-parse (micromark, parse5: about
//   400 KB, 7x the rest), required synchronously the first time a markdown or html text
//   is parsed, so plain-text checks never compile them.
// Core's own modules stay as tsc wrote them, so a later `tsc -b` never leaves stale core
// code behind; if tsc rewrites vendor.js, it is the plain re-export again (same
// behaviour, slower import) until the next bundle run.
// Run after `tsc -b` (scripts/build.mjs does).
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const file = `${dist}vendor.js`;
const BANNER = '// @helder/core vendor bundle (scripts/bundle.mjs)';

// Bundling the bundle again would be harmless but slow.
if (readFileSync(file, 'utf8').startsWith(BANNER)) process.exit(0);

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  // Whitespace only: names stay readable in stack traces and profiles.
  minifyWhitespace: true,
  legalComments: 'eof',
  logLevel: 'warning',
};

// The same exports as src/vendor.ts; the markup plugins are stand-ins that load the
// real ones on first use (unified calls a plugin with the processor as `this`).
const entry = `
export { unified } from 'unified';
export { default as retextDutch } from 'retext-dutch';
export { ParseDutch } from 'parse-dutch';
export { VFile } from 'vfile';
export { VFileMessage } from 'vfile-message';
export { location } from 'vfile-location';
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
let markup;
const load = () => (markup ??= require('./vendor-markup.cjs'));
export function remarkParse(...args) { return load().remarkParse.apply(this, args); }
export function rehypeParse(...args) { return load().rehypeParse.apply(this, args); }
`;

await build({
  ...common,
  stdin: { contents: `export { default as remarkParse } from 'remark-parse';\nexport { default as rehypeParse } from 'rehype-parse';\n`, resolveDir: dist, loader: 'js' },
  outfile: `${dist}vendor-markup.cjs`,
  format: 'cjs',
  banner: { js: `${BANNER}: markdown and html parsers (MIT; licences at the end).` },
});
await build({
  ...common,
  stdin: { contents: entry, resolveDir: dist, loader: 'js' },
  outfile: file,
  allowOverwrite: true,
  format: 'esm',
  external: ['./vendor-markup.cjs'],
  banner: { js: `${BANNER}: third-party modules (MIT/ISC; licences at the end).` },
});
