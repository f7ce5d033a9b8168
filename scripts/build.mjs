// Build in dependency order: rule data first (core embeds it), then TypeScript, then the page.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const steps = [
  ['node', ['scripts/build-rules.mjs'], 'scripts/build-rules.mjs'],
  ['pnpm', ['exec', 'tsc', '-b'], null],
  // core's third-party modules as one file: most of its cold start (see the script).
  ['node', ['packages/core/scripts/bundle.mjs'], 'packages/core/scripts/bundle.mjs'],
  ['pnpm', ['--filter', '@helder/web', 'run', 'build'], 'web/vite.config.ts'],
];

for (const [cmd, args, needs] of steps) {
  if (needs && !existsSync(needs)) continue;
  console.log(`> ${cmd} ${args.join(' ')}`);
  const result = spawnSync(cmd, args, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
