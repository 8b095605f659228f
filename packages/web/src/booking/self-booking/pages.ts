// The public booking pages: their own chunk, loaded when a booking link or /book is first opened
// (routes/booking-routes.tsx).
export { SelfBookingPage } from './SelfBookingPage.js';
export { BookCodePage } from './BookCodePage.js';
