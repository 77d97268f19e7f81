import { useSyncExternalStore } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { SlashMenuController } from './slashMenu.js';

/** Props of {@link SlashMenu}. */
export interface SlashMenuProps {
  readonly controller: SlashMenuController;
}

/**
 * The slash menu: a listbox next to the typed `/`. Focus stays in the editor, which points at
 * the highlighted option with `aria-activedescendant`; ↑ ↓ Home End move, Enter or Tab choose,
 * Escape closes, typing filters. A polite live region says how many commands match.
 */
export function SlashMenu({ controller }: SlashMenuProps) {
  const { t } = useTranslation();
  const state = useSyncExternalStore(controller.state.subscribe, controller.state.getSnapshot);
  if (state === null) return null;
  const { items, active } = state;
  return createPortal(
    <div className="kring-slash-menu">
      {items.length === 0 ? (
        <p className="kring-slash-menu__empty">{t('slashMenu.none')}</p>
      ) : (
        <ul
          className="kring-slash-menu__list"
          id={controller.listboxId}
          role="listbox"
          aria-label={t('slashMenu.label')}
        >
          {items.map((command, index) => (
            <li
              key={command}
              id={controller.optionId(command)}
              role="option"
              aria-selected={index === active}
              className={
                index === active
                  ? 'kring-slash-menu__option kring-slash-menu__option--active'
                  : 'kring-slash-menu__option'
              }
              // Keep the focus (and the selection) in the editor.
              onMouseDown={(event) => event.preventDefault()}
              onMouseEnter={() => controller.highlight(index)}
              onClick={() => controller.choose(index)}
            >
              {t(`slashMenu.commands.${command}`)}
            </li>
          ))}
        </ul>
      )}
      <p className="kring-visually-hidden" aria-live="polite">
        {t('slashMenu.count', { count: items.length })}
      </p>
    </div>,
    state.host,
  );
}
