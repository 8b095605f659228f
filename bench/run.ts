/** `npm run bench`: runs every benchmark (or those named: `npm run bench -- front-door`) and writes bench/RESULTS.md. */
import { runFoundationBench } from './foundation.js';
import { runFrontDoorBench } from './front-door.js';
import { runBookingBench } from './booking.js';
import { runRecordBench } from './record.js';
import { runPublicPagesBench } from './public-pages.js';
import { runSafetyScreenBench } from './safety-screen.js';
import { runGenerateBench } from './generate.js';
import { runMemoryBench } from './memory.js';
import { runEvidenceBench } from './evidence.js';
import { runPlanningBench } from './planning.js';

const benches: Record<string, () => Promise<void>> = {
  foundation: runFoundationBench,
  'front-door': runFrontDoorBench,
  booking: runBookingBench,
  record: runRecordBench,
  'public-pages': runPublicPagesBench,
  'safety-screen': runSafetyScreenBench,
  generate: runGenerateBench,
  memory: runMemoryBench,
  evidence: runEvidenceBench,
  planning: runPlanningBench,
};
const wanted = process.argv.slice(2);
for (const [name, bench] of Object.entries(benches)) {
  if (wanted.length === 0 || wanted.includes(name)) await bench();
}
