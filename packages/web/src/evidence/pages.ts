// The evidence dashboard: one chunk with its chart library, loaded when the page is first shown
// (routes/evidence-routes.tsx), so no public page carries it.
export { EvidencePage } from './EvidencePage.js';
