#!/usr/bin/env node
// Runs the service directly: `node packages/server/dist/main.js [--port N] [--host H]`.
// `helder serve` does the same through the CLI. Environment: PORT, HOST, and what
// optionsFromEnv() reads (HELDER_TRUST_PROXY, HELDER_RATE_LIMIT=off, HELDER_LOG=off).

import { startServer } from './start.js';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const port = Number(arg('--port') ?? process.env.PORT ?? 3000);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  process.stderr.write('helder: ongeldige poort; geef een getal van 0 tot 65535\n');
  process.exit(2);
}

try {
  const running = await startServer({
    port,
    host: arg('--host') ?? process.env.HOST ?? '127.0.0.1',
  });
  process.stderr.write(`Helder luistert op ${running.url}\n`);
} catch (error) {
  const code = (error as { code?: string }).code;
  process.stderr.write(
    code === 'EADDRINUSE' ? `helder: poort ${port} is al in gebruik; kies een andere met --port\n` : `helder: starten mislukt (${code ?? 'onbekende fout'})\n`,
  );
  process.exit(1);
}
