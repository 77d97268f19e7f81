import { forwardRef, type ButtonHTMLAttributes, type ReactNode } from 'react';

/** Props of {@link IconButton}. */
export interface IconButtonProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'children'> {
  /** The accessible name, also shown as a tooltip on hover and keyboard focus. */
  readonly label: string;
  /** A Tabler icon (rendered with `aria-hidden`). */
  readonly icon: ReactNode;
  /** Which side the tooltip appears on. */
  readonly tooltipSide?: 'below' | 'left' | 'right';
}

/**
 * A button showing only an icon. Its name comes from `label`, which is also shown in a visible
 * tooltip on hover and on keyboard focus (a `title` alone shows on neither for keyboard users).
 */
export const IconButton = forwardRef<HTMLButtonElement, IconButtonProps>(function IconButton(
  { label, icon, tooltipSide = 'below', className, ...rest },
  ref,
) {
  return (
    <span className={`kring-tip kring-tip--${tooltipSide}`}>
      <button
        ref={ref}
        type="button"
        aria-label={label}
        className={className === undefined ? 'kring-icon-button' : `kring-icon-button ${className}`}
        {...rest}
      >
        {icon}
      </button>
      <span className="kring-tip__text" aria-hidden="true">
        {label}
      </span>
    </span>
  );
});
