import type { MouseEvent, ReactNode } from 'react';
import { navigate } from '../../routing/history.js';

/** Props of {@link CurrentLink}. */
export interface CurrentLinkProps {
  readonly to: string;
  /** This link's screen or filter is the one shown (`aria-current`). */
  readonly current: boolean;
  readonly className?: string;
  readonly children: ReactNode;
}

/**
 * An in-app link that says whether it is the one shown now (settings tabs, tag filters): navigates
 * without reloading, opens new tabs like any link.
 */
export function CurrentLink({ to, current, className, children }: CurrentLinkProps) {
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
      return;
    }
    event.preventDefault();
    navigate(to);
  };
  return (
    <a
      href={to}
      onClick={onClick}
      className={className}
      aria-current={current ? 'page' : undefined}
    >
      {children}
    </a>
  );
}
