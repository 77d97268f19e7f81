/**
 * A change that may take access away from open collaboration connections. Emitted by the services
 * right after the change is durable; the collaboration endpoint re-checks the affected connections
 * synchronously, so revocation takes effect within milliseconds. (With several instances, M8, these
 * events travel over the same fan-out channel as document updates.)
 */
export type AccessChange =
  /** Sessions or API tokens stopped being valid: their connections close with 4401. */
  | { readonly kind: 'credentials-revoked'; readonly credentialIds: readonly string[] }
  /** A person's memberships or roles changed: their connections are re-checked. */
  | { readonly kind: 'member-changed'; readonly userId: string }
  /** A document was deleted or its restriction changed: its connections are re-checked. */
  | { readonly kind: 'document-changed'; readonly documentId: string };

/** Listener of {@link AccessEvents}. */
export type AccessListener = (change: AccessChange) => void;

/** The one channel through which access changes reach open connections. */
export class AccessEvents {
  private readonly listeners = new Set<AccessListener>();

  /** Subscribes; returns the unsubscribe function. */
  subscribe(listener: AccessListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Tells every listener about a change. */
  emit(change: AccessChange): void {
    for (const listener of this.listeners) listener(change);
  }
}
