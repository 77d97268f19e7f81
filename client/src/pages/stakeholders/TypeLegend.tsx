import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ORGANISATION_TYPES } from '@kring/shared';
import { organisationTypeLabel } from '../../i18n/organisationType.js';
import { shapePath, TYPE_SHAPES } from './typeShapes.js';

const SIZE = 24;

/** What the graph's shapes and colours mean: one entry per organisation type, then people. */
export function TypeLegend() {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <div className="kring-map-legend" role="group" aria-labelledby={headingId}>
      <h3 className="kring-map-legend__heading" id={headingId}>
        {t('stakeholders.legend.heading')}
      </h3>
      <ul className="kring-map-legend__list">
        {ORGANISATION_TYPES.map((type) => (
          <li key={type} className={`kring-map-legend__item kring-map-type--${type}`}>
            <svg width={SIZE} height={SIZE} viewBox={`0 0 ${SIZE} ${SIZE}`} aria-hidden="true">
              <path
                className="kring-map-node__shape"
                d={shapePath(TYPE_SHAPES[type], SIZE / 2, SIZE / 2, 8)}
              />
            </svg>
            {organisationTypeLabel(t, type)}
          </li>
        ))}
        <li className="kring-map-legend__item">
          <svg width={SIZE} height={SIZE} viewBox={`0 0 ${SIZE} ${SIZE}`} aria-hidden="true">
            <circle className="kring-map-person" cx={SIZE / 2} cy={SIZE / 2} r={7} />
          </svg>
          {t('stakeholders.legend.member')}
        </li>
        <li className="kring-map-legend__item">
          <svg width={SIZE} height={SIZE} viewBox={`0 0 ${SIZE} ${SIZE}`} aria-hidden="true">
            <circle
              className="kring-map-person kring-map-person--contact"
              cx={SIZE / 2}
              cy={SIZE / 2}
              r={7}
            />
          </svg>
          {t('stakeholders.legend.contact')}
        </li>
        <li className="kring-map-legend__item">
          <svg width={SIZE} height={SIZE} viewBox={`0 0 ${SIZE} ${SIZE}`} aria-hidden="true">
            <path
              className="kring-map-topic-link"
              d={`M2,${SIZE - 4}Q${SIZE / 2},0 ${SIZE - 2},${SIZE - 4}`}
            />
          </svg>
          {t('stakeholders.legend.topicLink')}
        </li>
      </ul>
    </div>
  );
}
