import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

/**
 * A component whose code loads the first time it renders (put it inside a `<Suspense>`): for
 * screens, dialogs and panels that most visits never open, so the first screen loads less.
 * `load` picks the named export, e.g. `() => import('./X.js').then((m) => m.X)`.
 */
export function lazyComponent<P extends object>(
  load: () => Promise<ComponentType<P>>,
): LazyExoticComponent<ComponentType<P>> {
  return lazy(async () => ({ default: await load() }));
}
