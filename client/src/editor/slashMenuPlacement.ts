import { flip, size } from '@floating-ui/dom';
import type { SuggestionOptions } from '@tiptap/suggestion';

/** Below this many pixels the menu is too short to be useful: only then does it open above. */
export const MIN_SLASH_MENU_HEIGHT = 160;

/**
 * Where the slash menu opens: below the caret, shortened (it scrolls) to the room left in the
 * window, and above the caret only when not even {@link MIN_SLASH_MENU_HEIGHT} fits below — so it
 * does not cover the title and toolbar. Suggestion options (`flip: false` drops Tiptap's own flip,
 * which turns the menu upwards as soon as its full height does not fit below).
 */
export const slashMenuPlacement: Pick<SuggestionOptions, 'placement' | 'flip' | 'floatingUi'> = {
  placement: 'bottom-start',
  flip: false,
  floatingUi: {
    middleware: [
      size({
        padding: 8,
        apply({ availableHeight, elements }) {
          const height = Math.max(MIN_SLASH_MENU_HEIGHT, Math.floor(availableHeight));
          elements.floating.style.setProperty('--kring-slash-menu-max-height', `${height}px`);
        },
      }),
      flip({ fallbackPlacements: ['top-start'], padding: 8 }),
    ],
  },
};
