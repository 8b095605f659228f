/** `npm run bench`: runs every benchmark and writes its figures to bench/RESULTS.md. */
import { runFoundationBench } from './foundation.js';

await runFoundationBench();
