import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { StakeholderOrganisationView } from '@kring/shared';
import { nextNodeIndex } from './graphKeys.js';
import { organisationLabel, typeLabel } from './labels.js';
import { layoutMap, MAP_GEOMETRY, type OrganisationLayout } from './mapLayout.js';
import { organisationKey } from './mapView.js';
import { curvePath, topicLinks, type TopicPair } from './topicLinks.js';
import { shapePath, TYPE_SHAPES } from './typeShapes.js';
import { useElementWidth } from './useElementWidth.js';
import { wrapLabel } from './wrapLabel.js';

/** Props of {@link StakeholderGraph}. */
export interface StakeholderGraphProps {
  readonly communityName: string;
  readonly organisations: readonly StakeholderOrganisationView[];
  readonly selectedKey: string | null;
  /** Members of the chosen organisation and others who share a topic with them. */
  readonly topicPairs: readonly TopicPair[];
  readonly onSelect: (key: string) => void;
}

/** Average width of a label character at the label's font size, to know where to wrap. */
const LABEL_CHAR_WIDTH = 7.4;
/** Half the width of the area that takes a node's clicks (shape and name). */
const HIT_HALF_WIDTH = 64;

/**
 * The map as an SVG graph: each organisation a node shaped and coloured by its type, its members
 * (filled) and contacts (hollow, dashed link) around it, and curves from the chosen
 * organisation's members to others who cover a topic with them. Organisations are buttons with one Tab
 * stop: arrow keys move between them along rows and columns, Enter or Space shows one's details.
 */
export function StakeholderGraph({
  communityName,
  organisations,
  selectedKey,
  topicPairs,
  onSelect,
}: StakeholderGraphProps) {
  const { t } = useTranslation();
  const instructionsId = useId();
  const containerRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(containerRef, 640);
  const nodeRefs = useRef(new Map<number, SVGGElement>());
  const layout = useMemo(
    () =>
      layoutMap(
        organisations.map((organisation) => ({
          key: organisationKey(organisation),
          members: organisation.members.length,
          contacts: organisation.contacts.length,
        })),
        width,
      ),
    [organisations, width],
  );
  const links = useMemo(
    () => topicLinks(organisations, topicPairs, layout),
    [organisations, topicPairs, layout],
  );
  const selectedIndex = layout.organisations.findIndex((node) => node.key === selectedKey);
  const [focusIndex, setFocusIndex] = useState(Math.max(0, selectedIndex));
  const tabStop = Math.min(focusIndex, organisations.length - 1);
  const maxChars = Math.floor((layout.width / layout.columns - 12) / LABEL_CHAR_WIDTH);

  const onKeyDown = (event: KeyboardEvent<SVGGElement>, index: number) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      const node = layout.organisations[index];
      if (node !== undefined) onSelect(node.key);
      return;
    }
    const next = nextNodeIndex(index, event.key, organisations.length, layout.columns);
    if (next === null) return;
    event.preventDefault();
    setFocusIndex(next);
    nodeRefs.current.get(next)?.focus();
  };

  return (
    <div className="kring-map-graph" ref={containerRef}>
      <p className="kring-hint" id={instructionsId}>
        {t('stakeholders.graph.instructions')}
      </p>
      <svg
        className="kring-map-graph__svg"
        role="group"
        aria-label={t('stakeholders.graph.label', { community: communityName })}
        aria-describedby={instructionsId}
        width={layout.width}
        height={layout.height}
        viewBox={`0 0 ${layout.width} ${layout.height}`}
      >
        <g aria-hidden="true">
          {links.map((link) => (
            <path key={link.key} className="kring-map-topic-link" d={curvePath(link.from, link.to)}>
              <title>{link.topics.join(', ')}</title>
            </path>
          ))}
        </g>
        {layout.organisations.map((node, index) => {
          const organisation = organisations[index];
          if (organisation === undefined) return null;
          return (
            <OrganisationNode
              key={node.key}
              node={node}
              organisation={organisation}
              label={wrapLabel(organisationLabel(t, organisation.name), maxChars, 2)}
              selected={node.key === selectedKey}
              tabbable={index === tabStop}
              nodeRef={(element) => {
                if (element === null) nodeRefs.current.delete(index);
                else nodeRefs.current.set(index, element);
              }}
              onFocus={() => setFocusIndex(index)}
              onKeyDown={(event) => onKeyDown(event, index)}
              onClick={() => onSelect(node.key)}
            />
          );
        })}
      </svg>
    </div>
  );
}

interface OrganisationNodeProps {
  readonly node: OrganisationLayout;
  readonly organisation: StakeholderOrganisationView;
  readonly label: readonly string[];
  readonly selected: boolean;
  readonly tabbable: boolean;
  readonly nodeRef: (element: SVGGElement | null) => void;
  readonly onFocus: () => void;
  readonly onKeyDown: (event: KeyboardEvent<SVGGElement>) => void;
  readonly onClick: () => void;
}

function OrganisationNode(props: OrganisationNodeProps) {
  const { t } = useTranslation();
  const { node, organisation } = props;
  const { organisationRadius, satelliteRadius, labelLineHeight } = MAP_GEOMETRY;
  const people = organisation.members.length + organisation.contacts.length;
  const name = t('stakeholders.graph.node', {
    name: organisationLabel(t, organisation.name),
    type: typeLabel(t, organisation.type),
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
