/**
 * Who is connected to which document right now, counted per connection (one person may have the
 * same page open in two tabs). The collaboration endpoint adds a connection once it is accepted and
 * removes it when it closes; `GET /api/communities/:slug/presence` reads it. Only ids are kept:
 * names and titles are looked up by the reader, who also decides what the caller may see.
 */
export class ConnectedPeople {
  /** documentId → userId → open connections. */
  private readonly byDocument = new Map<string, Map<string, number>>();

  /** Counts one more connection of `userId` to `documentId`. */
  add(documentId: string, userId: string): void {
    let users = this.byDocument.get(documentId);
    if (users === undefined) {
      users = new Map();
      this.byDocument.set(documentId, users);
    }
    users.set(userId, (users.get(userId) ?? 0) + 1);
  }

  /** Counts one connection less; the last one removes the person from the document. */
  remove(documentId: string, userId: string): void {
    const users = this.byDocument.get(documentId);
    const count = users?.get(userId);
    if (users === undefined || count === undefined) return;
    if (count > 1) users.set(userId, count - 1);
    else users.delete(userId);
    if (users.size === 0) this.byDocument.delete(documentId);
  }

  /** The accounts connected to a document now (each once). */
  usersIn(documentId: string): readonly string[] {
    return [...(this.byDocument.get(documentId)?.keys() ?? [])];
  }

  /** Ids of the documents someone is connected to now. */
  documentIds(): readonly string[] {
    return [...this.byDocument.keys()];
  }
}
