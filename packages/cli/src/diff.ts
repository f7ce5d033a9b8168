// A small line diff for `helder fix --dry-run`: fixes change words inside lines and never
// add or remove lines, so comparing line by line is enough.

export function lineDiff(path: string, before: string, after: string): string {
  const a = before.split('\n');
  const b = after.split('\n');
  const out = [`--- ${path}`, `+++ ${path} (na helder fix)`];
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) {
    if (a[i] === b[i]) continue;
    out.push(`@@ regel ${i + 1} @@`);
    if (a[i] !== undefined) out.push(`-${a[i]}`);
    if (b[i] !== undefined) out.push(`+${b[i]}`);
  }
  return out.join('\n') + '\n';
}
