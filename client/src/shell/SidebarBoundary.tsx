import { Component, type ReactNode } from 'react';

/** Props of {@link SidebarBoundary}. */
export interface SidebarBoundaryProps {
  readonly fallback: ReactNode;
  readonly children: ReactNode;
}

/**
 * Keeps a failure inside a sidebar part (the page tree) from taking the whole screen down: the
 * part shows `fallback` instead, and tries again when its key changes (another community).
 */
export class SidebarBoundary extends Component<SidebarBoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render(): ReactNode {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
