// A progress bar on stderr for long runs on a terminal; silent otherwise.

export function progressBar(enabled: boolean): { update(done: number, total: number): void; end(): void } {
  if (!enabled || !process.stderr.isTTY) return { update() {}, end() {} };
  let last = 0;
  let shown = false;
  return {
    update(done, total) {
      const now = Date.now();
      if (total < 20 || (now - last < 100 && done < total)) return;
      last = now;
      shown = true;
      const width = 30;
      const filled = Math.round((done / total) * width);
      process.stderr.write(`\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total} bestanden`);
    },
    end() {
      if (shown) process.stderr.write('\r\u001b[2K');
    },
  };
}
