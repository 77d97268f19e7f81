import type { ReactNode } from 'react';
import { IconButton } from '../shell/IconButton.js';

/** One button of the toolbar or the bubble menu. */
export interface ToolbarItem {
  readonly key: string;
  readonly icon: ReactNode;
  /** For toggles: whether the style is on (`aria-pressed`); absent for actions. */
  readonly pressed?: boolean | undefined;
  readonly disabled?: boolean | undefined;
  readonly run: () => void;
}

/** Props of {@link ToolbarButton}. */
export interface ToolbarButtonProps {
  readonly item: ToolbarItem;
  readonly label: string;
}

/**
 * An icon button with a tooltip. A disabled one stays focusable (`aria-disabled`), as the
 * toolbar pattern asks, and does nothing. A mouse press does not take the focus from the text,
 * so the selection the button acts on stays.
 */
export function ToolbarButton({ item, label }: ToolbarButtonProps) {
  const { pressed, disabled = false, run } = item;
  return (
    <IconButton
      label={label}
      icon={item.icon}
      className="kring-toolbar__button"
      aria-pressed={pressed}
      aria-disabled={disabled ? true : undefined}
      onMouseDown={(event) => event.preventDefault()}
      onClick={() => {
        if (!disabled) run();
      }}
    />
  );
}
