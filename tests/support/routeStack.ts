import type { Express } from 'express';

/** One route of the app: method (upper case) and full path with `:params`. */
export interface AppRoute {
  readonly method: string;
  readonly path: string;
}

interface StackLayer {
  readonly rawPath?: unknown;
  readonly route?: { readonly path: unknown; readonly methods: Record<string, boolean> };
  readonly handle?: { readonly stack?: readonly StackLayer[] };
}

const joined = (prefix: string, path: unknown) =>
  typeof path === 'string' ? `${prefix}${path === '/' ? '' : path}` : `${prefix}<regexp>`;

/** Every route registered in an Express app, nested routers included, read from its stack. */
export function appRoutes(app: Express): AppRoute[] {
  const routes: AppRoute[] = [];
  const walk = (stack: readonly StackLayer[], prefix: string) => {
    for (const layer of stack) {
      if (layer.route) {
        const path = joined(prefix, layer.route.path) || '/';
        for (const method of Object.keys(layer.route.methods)) {
          if (method !== '_all') routes.push({ method: method.toUpperCase(), path });
        }
      } else if (layer.handle?.stack) {
        walk(layer.handle.stack, joined(prefix, layer.rawPath ?? '/'));
      }
    }
  };
  walk((app as unknown as { router: { stack: StackLayer[] } }).router.stack, '');
  return routes;
}
