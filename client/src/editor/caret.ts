import { MAX_DISPLAY_NAME_LENGTH } from '@kring/shared';
import { isHexColor, textColorOn } from '../sync/palette.js';

const FALLBACK_COLOR = '#154273';

/**
 * Renders another person's caret with a name label. The label's text colour is chosen by
 * luminance so that it stays readable on any colour another browser sends.
 */
export function renderCaret(user: Record<string, unknown>): HTMLElement {
  const color = isHexColor(user['color']) ? user['color'] : FALLBACK_COLOR;
  const name =
    typeof user['name'] === 'string' ? user['name'].slice(0, MAX_DISPLAY_NAME_LENGTH) : '';
  const caret = document.createElement('span');
  caret.classList.add('collaboration-carets__caret');
  caret.style.borderColor = color;
  // The people-present list already names everyone; reading names mid-text would be noise.
  caret.setAttribute('aria-hidden', 'true');
  const label = document.createElement('span');
  label.classList.add('collaboration-carets__label');
  label.style.backgroundColor = color;
  label.style.color = textColorOn(color);
  label.textContent = name;
  caret.append(label);
  return caret;
}
