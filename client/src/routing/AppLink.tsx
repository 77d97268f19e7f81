import type { MouseEvent, ReactNode } from 'react';
import { Link } from '@nl-design-system-candidate/link-react';
import { navigate } from './history.js';

/** Props of {@link AppLink}. */
export interface AppLinkProps {
  /** Path inside the app, e.g. `/d/abc`. */
  readonly to: string;
  readonly children: ReactNode;
  readonly className?: string;
}

/** A link inside the app: navigates without reloading, but opens new tabs like any link. */
export function AppLink({ to, children, className }: AppLinkProps) {
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
      return;
    }
    event.preventDefault();
    navigate(to);
  };
  return (
    <Link href={to} onClick={onClick} className={className}>
      {children}
    </Link>
  );
}
