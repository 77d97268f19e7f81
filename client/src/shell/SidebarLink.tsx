import type { MouseEvent, ReactNode } from 'react';
import { navigate } from '../routing/history.js';

/** Props of {@link SidebarLink}. */
export interface SidebarLinkProps {
  readonly to: string;
  readonly children: ReactNode;
  /** Marks the link of the screen that is open (`aria-current="page"`). */
  readonly current?: boolean;
  readonly className?: string;
}

/** A quiet sidebar link: navigates without reloading, opens new tabs like any link. */
export function SidebarLink({ to, children, current = false, className }: SidebarLinkProps) {
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
      return;
    }
    event.preventDefault();
    navigate(to);
  };
  const classes = ['kring-sidebar__link'];
  if (current) classes.push('kring-sidebar__link--current');
  if (className !== undefined) classes.push(className);
  return (
    <a
      href={to}
      onClick={onClick}
      className={classes.join(' ')}
      aria-current={current ? 'page' : undefined}
    >
      {children}
    </a>
  );
}
