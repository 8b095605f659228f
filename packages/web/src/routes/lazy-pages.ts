import type { ComponentType, LazyExoticComponent } from 'react';
import { lazy } from 'react';
import { loadPageTexts } from '../i18n.js';

/**
 * The pages of a module that is loaded (as its own chunk) when one of them is first shown:
 * `page('WhoPage')`. They render under the layout's Suspense boundary, once both the module and
 * the texts of the page's area (fetched alongside it, see i18n.ts) have come.
 */
export function lazyPages<M extends Record<string, ComponentType>>(load: () => Promise<M>) {
  return <K extends keyof M>(name: K): LazyExoticComponent<M[K]> =>
    lazy(async () => {
      const [module] = await Promise.all([load(), loadPageTexts()]);
      return { default: module[name] };
    });
}
