/** Writes one benchmark's section into bench/RESULTS.md, replacing its previous figures. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describeMachine } from './machine.js';

const FILE = fileURLToPath(new URL('./RESULTS.md', import.meta.url));
const HEADER =
  '# Benchmark results\n\nWritten by `npm run bench`. Each section is replaced when its benchmark runs again.\n';

export function writeSection(name: string, body: string): void {
  const text = existsSync(FILE) ? readFileSync(FILE, 'utf8') : HEADER;
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const section = `${start}\n## ${name}\n\nRun ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${describeMachine()}.\n\n${body.trim()}\n${end}`;
  const pattern = new RegExp(`${start}[\\s\\S]*?${end}`);
  writeFileSync(
    FILE,
    pattern.test(text) ? text.replace(pattern, section) : `${text.trimEnd()}\n\n${section}\n`,
  );
}
