#!/usr/bin/env node
// The `helder` command. Exit codes: 0 pass, 1 gate failed, 2 usage error or unreadable file.

import { readFileSync } from 'node:fs';

const version = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;

// main.js is loaded dynamically so that even a broken install ends in a message, not a stack trace.
import('./main.js')
  .then(({ main }) => main(process.argv.slice(2), version))
  .then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`helder: onverwachte fout: ${(error as Error)?.message ?? String(error)}\n`);
      process.exitCode = 2;
    },
  );
