// --cache: reports of unchanged files are reused. The key is a hash of the file's bytes,
// the options and Helder's version. The cache holds findings (which quote words of the
// letter), so it lives in the project (default .helder-cache/cli.json) and should be git-ignored.

import { mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Report } from '@helder/core';
import { writeFileAtomic } from './output.js';

interface CacheFile {
  version: 1;
  helder: string;
  entries: Record<string, { key: string; report: Report }>;
}

export class Cache {
  private data: CacheFile;
  private dirty = false;

  constructor(private readonly file: string, readonly version: string) {
    let data: CacheFile | null = null;
    try {
      const parsed = JSON.parse(readFileSync(file, 'utf8')) as CacheFile;
      if (parsed && parsed.version === 1 && parsed.helder === version && parsed.entries) data = parsed;
    } catch {
      // No cache yet, or an unreadable one: start fresh.
    }
    this.data = data ?? { version: 1, helder: version, entries: {} };
  }

  get(path: string, key: string): Report | undefined {
    const entry = this.data.entries[path];
    return entry && entry.key === key ? entry.report : undefined;
  }

  set(path: string, key: string, report: Report): void {
    this.data.entries[path] = { key, report };
    this.dirty = true;
  }

  save(): void {
    if (!this.dirty) return;
    mkdirSync(dirname(this.file), { recursive: true });
    writeFileAtomic(this.file, JSON.stringify(this.data));
  }
}
