/** One organisation to place on the map: its key and how many people hang around it. */
export interface LayoutOrganisation {
  readonly key: string;
  readonly members: number;
  readonly contacts: number;
}

/** A person around an organisation: a member, or a contact an owner added. */
export interface SatelliteLayout {
  readonly kind: 'member' | 'contact';
  /** Index among the organisation's members, or among its contacts. */
  readonly index: number;
  readonly x: number;
  readonly y: number;
}

/** Where one organisation and its people are drawn. */
export interface OrganisationLayout {
  readonly key: string;
  readonly x: number;
  readonly y: number;
  readonly row: number;
  readonly column: number;
  /** Baseline of the first line of the organisation's name, below its people. */
  readonly labelY: number;
  readonly satellites: readonly SatelliteLayout[];
  /** People not drawn because the ring is full (shown as "+N"). */
  readonly hiddenPeople: number;
}

/** The whole map: size of the drawing and every organisation, in the order given. */
export interface MapLayout {
  readonly width: number;
  readonly height: number;
  readonly columns: number;
  readonly organisations: readonly OrganisationLayout[];
}

/** Sizes of the drawing, in SVG user units (pixels at 100 %). */
export const MAP_GEOMETRY = {
  /** Narrowest cell: keeps a ring of people and a two-line name readable on a phone. */
  minCellWidth: 170,
  cellHeight: 220,
  organisationRadius: 26,
  ringRadius: 60,
  satelliteRadius: 9,
  /** People drawn around one organisation at most (the ring's circumference allows ~16). */
  maxSatellites: 16,
  labelGap: 24,
  labelLineHeight: 16,
} as const;

const round = (value: number) => Math.round(value * 100) / 100;

/** People around one organisation: members first, then contacts, clockwise from the top. */
function satellitesAround(
  organisation: LayoutOrganisation,
  x: number,
  y: number,
): { satellites: SatelliteLayout[]; hiddenPeople: number } {
  const people: { kind: SatelliteLayout['kind']; index: number }[] = [
    ...Array.from({ length: organisation.members }, (_, index) => ({
      kind: 'member' as const,
      index,
    })),
    ...Array.from({ length: organisation.contacts }, (_, index) => ({
      kind: 'contact' as const,
      index,
    })),
  ];
  const shown = people.slice(0, MAP_GEOMETRY.maxSatellites);
  const satellites = shown.map((person, position) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * position) / shown.length;
    return {
      ...person,
      x: round(x + MAP_GEOMETRY.ringRadius * Math.cos(angle)),
      y: round(y + MAP_GEOMETRY.ringRadius * Math.sin(angle)),
    };
  });
  return { satellites, hiddenPeople: people.length - shown.length };
}

/**
 * Places organisations in a grid of equal cells, in reading order (as many columns as fit in
 * `width`), each with its people on a ring around it. The same input always gives the same
 * drawing, and arrow keys can follow rows and columns.
 */
export function layoutMap(organisations: readonly LayoutOrganisation[], width: number): MapLayout {
  const drawingWidth = Math.max(width, MAP_GEOMETRY.minCellWidth);
  const fitting = Math.floor(drawingWidth / MAP_GEOMETRY.minCellWidth);
  const columns = Math.max(1, Math.min(organisations.length, fitting));
  const cellWidth = drawingWidth / columns;
  const top = MAP_GEOMETRY.ringRadius + MAP_GEOMETRY.satelliteRadius + 8;
  const placed = organisations.map((organisation, position) => {
    const row = Math.floor(position / columns);
    const column = position % columns;
    const x = round((column + 0.5) * cellWidth);
    const y = round(row * MAP_GEOMETRY.cellHeight + top);
    const labelY = round(
      y + MAP_GEOMETRY.ringRadius + MAP_GEOMETRY.satelliteRadius + MAP_GEOMETRY.labelGap,
    );
    return {
      key: organisation.key,
      x,
      y,
      row,
      column,
      labelY,
      ...satellitesAround(organisation, x, y),
    };
  });
  const rows = Math.ceil(organisations.length / columns);
  return {
    width: round(drawingWidth),
    height: rows * MAP_GEOMETRY.cellHeight,
    columns,
    organisations: placed,
  };
}
