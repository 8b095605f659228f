// The staff clinic and booking pages: one chunk, loaded when one of them is first shown
// (routes/booking-routes.tsx).
export { BookPage } from './book/BookPage.js';
export { CapacityPage } from './capacity/CapacityPage.js';
export { CaseloadPage } from './caseload/CaseloadPage.js';
export { ClinicsHomePage } from './ClinicsHomePage.js';
export { DiaryPage } from './diary/DiaryPage.js';
export { MessagesPage } from './messages/MessagesPage.js';
export { DayChangePage } from './templates/DayChangePage.js';
export { LeavePage } from './templates/LeavePage.js';
export { TemplateFormPage } from './templates/TemplateFormPage.js';
export { TemplatesPage } from './templates/TemplatesPage.js';
export { WaitingListPage } from './waiting-list/WaitingListPage.js';
export { WaitingFiguresPage } from './waiting-figures/WaitingFiguresPage.js';
