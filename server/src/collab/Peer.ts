/** The account behind a peer, as its presence shows it. */
export interface PresencePerson {
  readonly name: string;
  readonly organisation: string;
}

/**
 * One connected client as a document sees it: something frames can be sent to. The websocket
 * layer implements it; tests use in-memory peers.
 */
export interface Peer {
  /** Sends one binary frame. Must not throw; a broken peer closes itself. */
  send(frame: Uint8Array): void;
  /**
   * Whether document updates from this peer are applied. Decided per connection (from the
   * person's role) and re-decided when the role changes; a read-only peer's updates are dropped
   * whole, never filtered.
   */
  readonly canWrite: boolean;
  /** The account behind this peer, for attribution ("updated by"), when known. */
  readonly userId?: string;
  /**
   * Name and organisation of the account, stamped over whatever the client announces as its
   * presence `user`, so nobody can appear under another person's name. Peers without one (tests)
   * keep what they announce.
   */
  readonly person?: PresencePerson;
  /**
   * False for a client that asked for standard y-websocket frames only: it is sent no Kring
   * extension frames (`saved`, `access`). Default true.
   */
  readonly kringFrames?: boolean;
}
