// Moved to hooks/use-resource.ts (the app's one data-fetching hook); kept only for the diary's
// imports until they point there.
export { useResource, type Resource } from '../hooks/use-resource.js';
