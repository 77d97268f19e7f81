import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { StakeholderOrganisationView } from '@kring/shared';
import { organisationTypeLabel } from '../../i18n/organisationType.js';
import { organisationLabel } from './labels.js';
import { MAP_GEOMETRY, type OrganisationLayout } from './mapLayout.js';
import { shapePath, TYPE_SHAPES } from './typeShapes.js';

/** Half the width of the area that takes a node's clicks (shape and name). */
const HIT_HALF_WIDTH = 64;

/** Props of {@link OrganisationNode}. */
export interface OrganisationNodeProps {
  /** Where it is drawn. */
  readonly node: OrganisationLayout;
  readonly organisation: StakeholderOrganisationView;
  /** The name, already broken into lines. */
  readonly label: readonly string[];
  readonly selected: boolean;
  /** The graph's one Tab stop (roving tabindex). */
  readonly tabbable: boolean;
  readonly nodeRef: (element: SVGGElement | null) => void;
  readonly onFocus: () => void;
  readonly onKeyDown: (event: KeyboardEvent<SVGGElement>) => void;
  readonly onClick: () => void;
}

/**
 * One organisation in the graph: its people on a ring (decorative: the details and the table
 * name them), then the node itself, a button named with type and head counts.
 */
export function OrganisationNode(props: OrganisationNodeProps) {
  const { t } = useTranslation();
  const { node, organisation } = props;
  const { organisationRadius, satelliteRadius, labelLineHeight } = MAP_GEOMETRY;
  const people = organisation.members.length + organisation.contacts.length;
  const name = t('stakeholders.graph.node', {
    name: organisationLabel(t, organisation.name),
    type: organisationTypeLabel(t, organisation.type),
    members: t('stakeholders.graph.members', { count: organisation.members.length }),
    contacts: t('stakeholders.graph.contacts', { count: organisation.contacts.length }),
  });
  return (
    <g className={`kring-map-cluster kring-map-type--${organisation.type}`}>
      <g aria-hidden="true">
        {node.satellites.map((person) => {
          const contact = person.kind === 'contact';
          const title = contact
            ? (organisation.contacts[person.index]?.contactName ?? '')
            : (organisation.members[person.index]?.name ?? '');
          return (
            <g key={`${person.kind}${person.index}`}>
              <line
                className={contact ? 'kring-map-link kring-map-link--contact' : 'kring-map-link'}
                x1={node.x}
                y1={node.y}
                x2={person.x}
                y2={person.y}
              />
              <circle
                className={
                  contact ? 'kring-map-person kring-map-person--contact' : 'kring-map-person'
                }
                cx={person.x}
                cy={person.y}
                r={satelliteRadius}
              >
                {title !== '' && <title>{title}</title>}
              </circle>
            </g>
          );
        })}
        {node.hiddenPeople > 0 && (
          <text className="kring-map-more" x={node.x + 48} y={node.y - 50}>
            {t('stakeholders.graph.more', { count: node.hiddenPeople })}
          </text>
        )}
      </g>
      <g
        ref={props.nodeRef}
        className="kring-map-node"
        role="button"
        aria-label={name}
        aria-pressed={props.selected}
        tabIndex={props.tabbable ? 0 : -1}
        onFocus={props.onFocus}
        onKeyDown={props.onKeyDown}
        onClick={props.onClick}
      >
        {/* Clicks anywhere on the shape or its name choose the organisation. */}
        <rect
          className="kring-map-node__hit"
          x={node.x - HIT_HALF_WIDTH}
          y={node.y - organisationRadius - 10}
          width={HIT_HALF_WIDTH * 2}
          height={node.labelY + labelLineHeight - (node.y - organisationRadius - 10)}
        />
        <circle
          className="kring-map-node__ring"
          cx={node.x}
          cy={node.y}
          r={organisationRadius + 10}
        />
        <path
          className="kring-map-node__shape"
          d={shapePath(TYPE_SHAPES[organisation.type], node.x, node.y, organisationRadius)}
        />
        <text className="kring-map-node__count" x={node.x} y={node.y} aria-hidden="true">
          {people}
        </text>
        <text className="kring-map-node__label" aria-hidden="true">
          {props.label.map((line, index) => (
            <tspan key={line} x={node.x} y={node.labelY + index * labelLineHeight}>
              {line}
            </tspan>
          ))}
        </text>
      </g>
    </g>
  );
}
