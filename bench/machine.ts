/** What machine a benchmark ran on, for bench/RESULTS.md. */
import { cpus, loadavg, totalmem } from 'node:os';

export function describeMachine(): string {
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  return `${cpus().length} cores (${cpu.trim()}), ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${process.platform}; load average over the last 5 minutes ${loadavg()[1]?.toFixed(1) ?? '?'} when written (above 0.5, other work shared the machine)`;
}
