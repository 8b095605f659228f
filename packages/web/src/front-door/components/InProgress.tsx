import { Navigate, Outlet } from 'react-router-dom';
import { useDraft } from '../store.js';
import { CONFIRMATION_PATH } from '../steps.js';

/** The question pages: once the request is sent, they lead to its confirmation instead. */
export function InProgress() {
  const { submitted } = useDraft();
  return submitted ? <Navigate to={CONFIRMATION_PATH} replace /> : <Outlet />;
}
