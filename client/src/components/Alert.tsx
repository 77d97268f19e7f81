import type { ReactNode } from 'react';

/** Props of {@link Alert}. */
export interface AlertProps {
  /** Colour and icon-less emphasis: info (blue), warning (yellow), error (red), ok (green). */
  readonly type: 'info' | 'warning' | 'error' | 'ok';
  readonly children: ReactNode;
  /**
   * `alert` for something that must be announced at once when it appears (a failure after an
   * action); leave unset for content that is part of the page from the start.
   */
  readonly role?: 'alert';
  readonly className?: string;
}

/** A message box on the theme's alert tokens. */
export function Alert({ type, children, role, className }: AlertProps) {
  const classes = ['kring-alert', `kring-alert--${type}`, className].filter(Boolean).join(' ');
  return (
    <div className={classes} role={role}>
      {children}
    </div>
  );
}
