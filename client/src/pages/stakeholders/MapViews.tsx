import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StakeholderMapView, StakeholderOrganisationView } from '@kring/shared';
import { Tabs } from '../../components/Tabs.js';
import { organisationLabel } from './labels.js';
import { organisationKey } from './mapView.js';
import { OrganisationDetails } from './OrganisationDetails.js';
import { StakeholderGraph } from './StakeholderGraph.js';
import { StakeholderTable } from './StakeholderTable.js';
import { topicPairs } from './topicLinks.js';
import { TypeLegend } from './TypeLegend.js';

/** Props of {@link MapViews}. */
export interface MapViewsProps {
  readonly communityName: string;
  readonly organisations: readonly StakeholderOrganisationView[];
  readonly topics: StakeholderMapView['topics'];
}

type View = 'graph' | 'table';

/**
 * The map two ways, as tabs: a graph with a legend and the chosen organisation's details, and
 * a table of the same organisations (the alternative for anyone who cannot use the graph).
 */
export function MapViews({ communityName, organisations, topics }: MapViewsProps) {
  const { t } = useTranslation();
  const detailsHeadingId = useId();
  const [view, setView] = useState<View>('graph');
  const [selectedKey, setSelectedKey] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const pairs = useMemo(
    () => topicPairs(organisations, topics, selectedKey),
    [organisations, topics, selectedKey],
  );
  const selected =
    organisations.find((organisation) => organisationKey(organisation) === selectedKey) ?? null;

  const select = (key: string) => {
    setSelectedKey(key);
    const organisation = organisations.find((candidate) => organisationKey(candidate) === key);
    if (organisation !== undefined) {
      setAnnouncement(
        t('stakeholders.graph.selected', { name: organisationLabel(t, organisation.name) }),
      );
    }
  };

  const graph = (
    <div className="kring-map-graph-view">
      <div className="kring-map-graph-view__main">
        <StakeholderGraph
          communityName={communityName}
          organisations={organisations}
          selectedKey={selectedKey}
          topicPairs={pairs}
          onSelect={select}
        />
        <TypeLegend />
      </div>
      <OrganisationDetails
        organisation={selected}
        organisations={organisations}
        topicPairs={pairs}
        headingId={detailsHeadingId}
      />
      <p className="kring-announcement kring-visually-hidden" role="status">
        {announcement}
      </p>
    </div>
  );

  return (
    <Tabs
      className="kring-map-views"
      label={t('stakeholders.views.label')}
      selected={view}
      onSelect={(id) => setView(id === 'table' ? 'table' : 'graph')}
      items={[
        { id: 'graph', label: t('stakeholders.views.graph'), content: graph },
        {
          id: 'table',
          label: t('stakeholders.views.table'),
          content: <StakeholderTable communityName={communityName} organisations={organisations} />,
        },
      ]}
    />
  );
}
