// The public questionnaire page: its own chunk, loaded when a questionnaire link is first opened
// (routes/questionnaire-routes.tsx).
export { QuestionnairePage } from './QuestionnairePage.js';
