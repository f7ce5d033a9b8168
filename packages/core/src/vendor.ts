// The third-party modules core runs on, imported through this one module so that the
// build (scripts/bundle.mjs) can replace dist/vendor.js by a single bundled file: their
// ~300 small modules cost most of core's cold start (resolve + read + compile each).
// Without the bundle step this file is a plain re-export: same behaviour, slower import.
// Our own modules are never bundled, so a `tsc -b` alone cannot leave stale core code.
export { unified } from 'unified';
export { default as retextDutch } from 'retext-dutch';
export { ParseDutch } from 'parse-dutch';
export { default as remarkParse } from 'remark-parse';
export { default as rehypeParse } from 'rehype-parse';
export { VFile } from 'vfile';
export { VFileMessage } from 'vfile-message';
export { location } from 'vfile-location';
