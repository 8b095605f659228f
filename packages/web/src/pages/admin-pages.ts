// The admin pages, loaded together as one chunk when one is first shown (App.tsx).
export { AdminUsersPage } from './AdminUsersPage.js';
export { AuditPage } from './AuditPage.js';
export { EditUserPage } from './EditUserPage.js';
export { NewUserPage } from './NewUserPage.js';
