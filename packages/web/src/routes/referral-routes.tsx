// Routes of the public self-referral (/refer). Rendered inside the app's <Routes>.
import { Route } from 'react-router-dom';
import { NotFoundPage } from '../pages/NotFoundPage.js';

export const referralRoutes = <Route path="refer/*" element={<NotFoundPage />} />;
