/**
 * The free-text safety screen (core, ADR 0009): how long screening takes for what a person
 * types, run in the browser on Continue and on the server for every request. Measured over the
 * labelled corpus (406 sentences, English and Welsh), over a request-sized text (the four free-text
 * answers of one request) and over 100,000 characters (the longest a field can be is far less).
 * The floor, in the same run, is the plainest screen: lower-case the text and look for a handful
 * of cue words with `includes` (no tokens, negation, misspellings or mutations).
 */
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { screenFields, screenText } from '../packages/core/src/index.js';
import { CORPUS } from '../packages/core/src/safety-screen/corpus/index.js';
import { writeSection } from './results.js';

const CUES = [
  'suicid',
  'end my life',
  'kill myself',
  'overdose',
  'chest pain',
  'face drop',
  'hits me',
];

function floor(text: string): number {
  const lower = text.toLowerCase();
  return CUES.filter((cue) => lower.includes(cue)).length;
}

interface Timing {
  readonly median: number;
  readonly p99: number;
}

/** Runs `work` `runs` times (after a warm-up) and gives the median and p99 in microseconds. */
function time(runs: number, work: () => unknown): Timing {
  let sink = 0;
  for (let i = 0; i < Math.min(50, runs); i += 1) sink += work() ? 1 : 0;
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    sink += work() ? 1 : 0;
    samples.push((performance.now() - start) * 1000);
  }
  if (sink < 0) throw new Error('unreachable');
  samples.sort((a, b) => a - b);
  const at = (q: number): number =>
    samples[Math.min(samples.length - 1, Math.floor(q * samples.length))] ?? 0;
  return { median: at(0.5), p99: at(0.99) };
}

const us = (n: number): string =>
  n >= 1000 ? `${(n / 1000).toFixed(1)} ms` : `${n.toFixed(0)} µs`;

export function runSafetyScreenBench(): Promise<void> {
  const load = loadavg()
    .map((n) => n.toFixed(1))
    .join(', ');
  const sentences = CORPUS.map((entry) => entry.text);
  const request = {
    difficulties: sentences.slice(0, 8).join(' '),
    goals: sentences.slice(8, 12).join(' '),
    clinicalReason: sentences.slice(12, 16).join(' '),
    'access.other': 'Large print please',
  };
  const requestText = Object.values(request).join(' ');
  const long = 'I would like help with my kitchen and my back pain at work. '.repeat(1700);

  const rows: [string, Timing, Timing][] = [
    [
      `the corpus, ${String(sentences.length)} sentences, one at a time`,
      time(200, () => sentences.map((s) => screenText(s, 'difficulties')).length),
      time(200, () => sentences.map(floor).length),
    ],
    [
      `one request's free text (${String(requestText.length)} characters in 4 fields)`,
      time(2000, () => screenFields(request).matches.length),
      time(2000, () => floor(requestText)),
    ],
    [
      `${String(long.length)} characters in one field`,
      time(30, () => screenText(long, 'difficulties').length),
      time(30, () => floor(long)),
    ],
  ];
  const table = [
    '| input | screen median | screen p99 | floor median | floor p99 | screen ÷ floor (median) |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows.map(
      ([what, screen, plain]) =>
        `| ${what} | ${us(screen.median)} | ${us(screen.p99)} | ${us(plain.median)} | ${us(plain.p99)} | ${(screen.median / Math.max(plain.median, 0.001)).toFixed(0)}× |`,
    ),
  ].join('\n');
  const body = `Wall-clock time of core's \`screenFields\` / \`screenText\` (version in \`SAFETY_SCREEN_VERSION\`) in this Node process; the floor is lower-case plus \`includes\` of ${String(CUES.length)} cue words over the same text. The screen's extra cost over the floor buys tokens with original offsets, negation, one-edit misspellings and Welsh mutations. Load average at the start: ${load}.\n\n${table}\n`;
  writeSection('safety screen: free text', body);
  process.stdout.write(`${table}\n`);
  return Promise.resolve();
}
