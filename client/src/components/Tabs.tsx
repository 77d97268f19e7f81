import { Suspense, useId, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** One tab of {@link Tabs}. */
export interface TabItem {
  readonly id: string;
  /** The tab's name (shown as a tooltip when the tab shows only its icon). */
  readonly label: string;
  readonly icon?: ReactNode;
  readonly content: ReactNode;
}

/** Props of {@link Tabs}. */
export interface TabsProps {
  /** Accessible name of the tab list. */
  readonly label: string;
  readonly items: readonly TabItem[];
  readonly selected: string;
  readonly onSelect: (id: string) => void;
  /** Show only the icons, with the name in a tooltip (narrow panels). */
  readonly iconsOnly?: boolean;
  readonly className?: string;
}

/**
 * WAI-ARIA tabs with automatic activation: Left/Right (wrapping), Home and End move to and
 * select a tab; only the selected tab is a Tab stop, and its panel follows it. Only the selected
 * panel is rendered, so a hidden panel does no work.
 */
export function Tabs({
  label,
  items,
  selected,
  onSelect,
  iconsOnly = false,
  className,
}: TabsProps) {
  const { t } = useTranslation();
  const baseId = useId();
  const tabRefs = useRef(new Map<string, HTMLButtonElement>());
  const current = items.find((item) => item.id === selected) ?? items[0];
  const tabId = (id: string) => `${baseId}-tab-${id}`;
  const panelId = (id: string) => `${baseId}-panel-${id}`;

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const at = items.findIndex((item) => item.id === current?.id);
    let next: number | null = null;
    if (event.key === 'ArrowRight') next = (at + 1) % items.length;
    else if (event.key === 'ArrowLeft') next = (at - 1 + items.length) % items.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = items.length - 1;
    const target = next === null ? undefined : items[next];
    if (target === undefined) return;
    event.preventDefault();
    onSelect(target.id);
    tabRefs.current.get(target.id)?.focus();
  };

  return (
    <div className={className === undefined ? 'kring-tabs' : `kring-tabs ${className}`}>
      <div className="kring-tabs__list" role="tablist" aria-label={label} onKeyDown={onKeyDown}>
        {items.map((item) => {
          const isSelected = item.id === current?.id;
          return (
            // The wrapper only positions the tooltip; it is no part of the tab list.
            <span key={item.id} className="kring-tip kring-tip--below" role="presentation">
              <button
                ref={(element) => {
                  if (element === null) tabRefs.current.delete(item.id);
                  else tabRefs.current.set(item.id, element);
                }}
                type="button"
                role="tab"
                id={tabId(item.id)}
                className="kring-tabs__tab"
                aria-selected={isSelected}
                aria-controls={isSelected ? panelId(item.id) : undefined}
                aria-label={iconsOnly ? item.label : undefined}
                tabIndex={isSelected ? 0 : -1}
                onClick={() => onSelect(item.id)}
              >
                {item.icon}
                {!iconsOnly && <span>{item.label}</span>}
              </button>
              {iconsOnly && (
                <span className="kring-tip__text" aria-hidden="true">
                  {item.label}
                </span>
              )}
            </span>
          );
        })}
      </div>
      {current !== undefined && (
        <div
          className="kring-tabs__panel"
          role="tabpanel"
          id={panelId(current.id)}
          aria-labelledby={tabId(current.id)}
          tabIndex={0}
        >
          <Suspense fallback={<p className="kring-hint">{t('common.loading')}</p>}>
            {current.content}
          </Suspense>
        </div>
      )}
    </div>
  );
}
