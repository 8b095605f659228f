// Routes of clinics and booking: staff pages (inside <RequireSignIn>) and the public
// self-booking page (/book/:token). Placeholders until the pages are built.
import { Route } from 'react-router-dom';
import { NotFoundPage } from '../pages/NotFoundPage.js';

export const bookingPublicRoutes = <Route path="book/:token" element={<NotFoundPage />} />;
export const bookingStaffRoutes = <Route path="clinics/*" element={<NotFoundPage />} />;
