// The staff pages for requests: one chunk, loaded when one of them is first shown
// (routes/staff-routes.tsx).
export { ApiKeysPage } from '../api-keys/ApiKeysPage.js';
export { RequestDetailPage } from './detail/RequestDetailPage.js';
export { RecordRequestPage } from '../front-door/entry/RecordRequestPage.js';
export { RequestRecordedPage } from '../front-door/entry/RequestRecordedPage.js';
export { InboxPage } from './inbox/InboxPage.js';
export { HandoversPage } from './handovers/HandoversPage.js';
