import type { Awareness } from 'y-protocols/awareness';
import { MAX_DISPLAY_NAME_LENGTH, type PresenceUser } from '@kring/shared';
import { isHexColor } from './palette.js';
import { Store } from './Store.js';

/** One person present in a document. */
export interface PresentPerson extends PresenceUser {
  /** Yjs client id of their browser tab. */
  readonly clientId: number;
  /** True for this browser tab. */
  readonly isSelf: boolean;
}

/** Reads the `user` field of an awareness state, rejecting anything malformed. */
export function presenceUserOf(state: unknown): PresenceUser | null {
  if (typeof state !== 'object' || state === null) return null;
  const user = (state as Record<string, unknown>)['user'];
  if (typeof user !== 'object' || user === null) return null;
  const { name, color } = user as Record<string, unknown>;
  if (typeof name !== 'string' || name.trim() === '' || !isHexColor(color)) return null;
  return { name: name.slice(0, MAX_DISPLAY_NAME_LENGTH), color };
}

/** People in awareness states: this tab first, then by name. */
export function presentPeople(
  states: ReadonlyMap<number, unknown>,
  selfClientId: number,
): PresentPerson[] {
  const people: PresentPerson[] = [];
  for (const [clientId, state] of states) {
    const user = presenceUserOf(state);
    if (user !== null) people.push({ ...user, clientId, isSelf: clientId === selfClientId });
  }
  return people.sort(
    (a, b) =>
      Number(b.isSelf) - Number(a.isSelf) ||
      a.name.localeCompare(b.name) ||
      a.clientId - b.clientId,
  );
}

/**
 * One entry per person: the same account in two tabs (same name and colour, the colour coming
 * from the account) shows once; this tab's entry is kept.
 */
export function distinctPeople(people: readonly PresentPerson[]): PresentPerson[] {
  const seen = new Set<string>();
  return people.filter((person) => {
    const key = `${person.color}\u0000${person.name}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function samePeople(a: readonly PresentPerson[], b: readonly PresentPerson[]): boolean {
  return (
    a.length === b.length &&
    a.every((person, i) => {
      const other = b[i];
      return (
        other !== undefined &&
        person.clientId === other.clientId &&
        person.name === other.name &&
        person.color === other.color &&
        person.isSelf === other.isSelf
      );
    })
  );
}

/** A store of the people present, following an awareness instance until disposed. */
export class PresenceStore extends Store<readonly PresentPerson[]> {
  private readonly onChange = (): void => {
    this.set(presentPeople(this.awareness.getStates(), this.awareness.clientID));
  };

  constructor(private readonly awareness: Awareness) {
    super(presentPeople(awareness.getStates(), awareness.clientID), samePeople);
    awareness.on('change', this.onChange);
  }

  /** Stops following the awareness instance. */
  dispose(): void {
    this.awareness.off('change', this.onChange);
    this.clear();
  }
}
