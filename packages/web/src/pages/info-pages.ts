// The footer's pages, loaded together as one small chunk when one is first shown.
export { AccessibilityPage } from './AccessibilityPage.js';
export { ContactPage } from './ContactPage.js';
export { PrivacyPage } from './PrivacyPage.js';
