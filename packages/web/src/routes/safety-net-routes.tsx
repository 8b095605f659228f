// Routes of the crisis follow-through pages under /crisis (inside <RequireSignIn>): what is
// waiting (any staff), the log (lead), the duty rota (lead or OT) and the safety settings
// (admin or lead), each for the roles the API allows.
import { Route } from 'react-router-dom';
import { NotFoundPage } from '../pages/NotFoundPage.js';
import { RequireAnyRole } from '../components/RequireAnyRole.js';
import { lazyPages } from './lazy-pages.js';

const crisisPage = lazyPages(() => import('../safety-net/pages.js'));
const CrisisHomePage = crisisPage('CrisisHomePage');
const CrisisLogPage = crisisPage('CrisisLogPage');
const DutyRotaPage = crisisPage('DutyRotaPage');
const SafetySettingsPage = crisisPage('SafetySettingsPage');

export const crisisRoutes = (
  <Route path="crisis">
    <Route index element={<CrisisHomePage />} />
    <Route element={<RequireAnyRole roles={['lead', 'admin']} />}>
      <Route path="log" element={<CrisisLogPage />} />
    </Route>
    <Route element={<RequireAnyRole roles={['lead', 'ot']} />}>
      <Route path="rota" element={<DutyRotaPage />} />
    </Route>
    <Route element={<RequireAnyRole roles={['lead', 'admin']} />}>
      <Route path="settings" element={<SafetySettingsPage />} />
    </Route>
    <Route path="*" element={<NotFoundPage />} />
  </Route>
);
