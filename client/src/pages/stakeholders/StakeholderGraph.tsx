import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { StakeholderOrganisationView } from '@kring/shared';
import { nextNodeIndex } from './graphKeys.js';
import { organisationLabel } from './labels.js';
import { layoutMap } from './mapLayout.js';
import { organisationKey } from './mapView.js';
import { curvePath, topicLinks, type TopicPair } from './topicLinks.js';
import { OrganisationNode } from './OrganisationNode.js';
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
