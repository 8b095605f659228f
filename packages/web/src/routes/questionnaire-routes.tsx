// The public questionnaire page /questionnaire/:token (no account: the token is the key). Its
// steps are `?step=` on the same address. The page is loaded when a link is first opened.
import { Route } from 'react-router-dom';
import { lazyPages } from './lazy-pages.js';

const page = lazyPages(() => import('../record/questionnaire/pages.js'));
const QuestionnairePage = page('QuestionnairePage');

export const questionnairePublicRoutes = (
  <Route path="questionnaire/:token" element={<QuestionnairePage />} />
);
