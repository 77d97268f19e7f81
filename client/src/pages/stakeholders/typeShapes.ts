import type { OrganisationType } from '@kring/shared';

/** A node's outline: besides its colour, the shape tells an organisation's type. */
export type NodeShape =
  'square' | 'diamond' | 'hexagon' | 'triangle' | 'pentagon' | 'circle' | 'star';

/** Each organisation type's shape (each type a different one). */
export const TYPE_SHAPES: Readonly<Record<OrganisationType, NodeShape>> = {
  ministry: 'square',
  agency: 'diamond',
  municipality: 'hexagon',
  knowledge_institute: 'triangle',
  university: 'pentagon',
  company: 'circle',
  other: 'star',
};

const round = (value: number) => Math.round(value * 100) / 100;

function polygon(cx: number, cy: number, radius: number, corners: number, turn: number): string {
  const points = Array.from({ length: corners }, (_, corner) => {
    const angle = turn + (2 * Math.PI * corner) / corners;
    return `${round(cx + radius * Math.cos(angle))},${round(cy + radius * Math.sin(angle))}`;
  });
  return `M${points.join('L')}Z`;
}

function star(cx: number, cy: number, radius: number): string {
  const points = Array.from({ length: 10 }, (_, corner) => {
    const angle = -Math.PI / 2 + (Math.PI * corner) / 5;
    const reach = corner % 2 === 0 ? radius : radius * 0.5;
    return `${round(cx + reach * Math.cos(angle))},${round(cy + reach * Math.sin(angle))}`;
  });
  return `M${points.join('L')}Z`;
}

/**
 * The SVG path of a shape centred on (cx, cy) that fits a circle of `radius`; corners are pushed
 * out a little so that every shape looks about as large as the circle.
 */
export function shapePath(shape: NodeShape, cx: number, cy: number, radius: number): string {
  switch (shape) {
    case 'square':
      return polygon(cx, cy, radius * 1.2, 4, Math.PI / 4);
    case 'diamond':
      return polygon(cx, cy, radius * 1.25, 4, 0);
    case 'hexagon':
      return polygon(cx, cy, radius * 1.1, 6, 0);
    case 'triangle':
      return polygon(cx, cy, radius * 1.35, 3, -Math.PI / 2);
    case 'pentagon':
      return polygon(cx, cy, radius * 1.15, 5, -Math.PI / 2);
    case 'star':
      return star(cx, cy, radius * 1.35);
    case 'circle':
      return `M${round(cx - radius)},${cy}a${radius},${radius} 0 1,0 ${radius * 2},0a${radius},${radius} 0 1,0 ${-radius * 2},0Z`;
  }
}
