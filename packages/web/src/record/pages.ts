// The clinical record pages: one chunk, loaded when one of them is first shown
// (routes/record-routes.tsx). The care-plan pages (plan/) are their own chunk.
export { EpisodesPage } from './list/EpisodesPage.js';
export { EpisodePage } from './episode/EpisodePage.js';
export { NewContactPage } from './contact/NewContactPage.js';
export { NewAssessmentPage } from './assessment/NewAssessmentPage.js';
export { EditEntryPage } from './edit/EditEntryPage.js';
export { HistoryPage } from './history/HistoryPage.js';
