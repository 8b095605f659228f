// A member of staff's own account (issue 16 item 12), loaded as one chunk when a page is first shown (App.tsx).
export { ForgotPasswordPage } from './ForgotPasswordPage.js';
export { SetPasswordPage } from './SetPasswordPage.js';
export { TwoFactorPage } from './TwoFactorPage.js';
