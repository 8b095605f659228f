// The public booking page: its own chunk, loaded when a booking link is first opened
// (routes/booking-routes.tsx).
export { SelfBookingPage } from './SelfBookingPage.js';
