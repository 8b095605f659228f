import type { ComponentType, LazyExoticComponent } from 'react';
import { lazy } from 'react';

/**
 * The pages of a module that is loaded (as its own chunk) when one of them is first shown:
 * `page('WhoPage')`. They render under the layout's Suspense boundary.
 */
export function lazyPages<M extends Record<string, ComponentType>>(load: () => Promise<M>) {
  return <K extends keyof M>(name: K): LazyExoticComponent<M[K]> =>
    lazy(async () => ({ default: (await load())[name] }));
}
