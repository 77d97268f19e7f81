/** A listener called after a store's snapshot changed. */
export type Listener = () => void;

/**
 * A minimal observable value with the `subscribe`/`getSnapshot` shape `useSyncExternalStore`
 * expects. The snapshot object is replaced only when `set` receives a value that differs according
 * to `isEqual`, so React sees a referentially stable snapshot between changes.
 */
export class Store<T> {
  private snapshot: T;
  private readonly listeners = new Set<Listener>();

  constructor(
    initial: T,
    private readonly isEqual: (a: T, b: T) => boolean = Object.is,
  ) {
    this.snapshot = initial;
  }

  /** Current value; the same object until it changes. */
  readonly getSnapshot = (): T => this.snapshot;

  /** Registers a listener; returns the function that removes it. */
  readonly subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };

  /** Replaces the value and notifies listeners, unless it is equal to the current one. */
  set(next: T): void {
    if (this.isEqual(this.snapshot, next)) return;
    this.snapshot = next;
    for (const listener of [...this.listeners]) listener();
  }

  /** Drops all listeners. */
  clear(): void {
    this.listeners.clear();
  }
}

/** Shallow equality of two plain objects' own enumerable properties. */
export function shallowEqual<T extends object>(a: T, b: T): boolean {
  const keysA = Object.keys(a) as (keyof T)[];
  if (keysA.length !== Object.keys(b).length) return false;
  return keysA.every((key) => Object.is(a[key], b[key]));
}
