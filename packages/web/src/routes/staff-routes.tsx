// Routes of staff work on requests (entry, triage inbox, request detail, API keys).
// Rendered inside <RequireSignIn>.
import { Route } from 'react-router-dom';
import { NotFoundPage } from '../pages/NotFoundPage.js';

export const staffRoutes = <Route path="requests/*" element={<NotFoundPage />} />;
