import { useState, type ReactNode } from 'react';

/** Props of {@link Disclosure}. */
export interface DisclosureProps {
  readonly summary: string;
  /** Rendered only while open, so whatever it loads is loaded on demand. */
  readonly children: ReactNode;
  readonly className?: string;
  readonly defaultOpen?: boolean;
}

/** A `<details>` panel whose content mounts when it is opened. */
export function Disclosure({ summary, children, className, defaultOpen }: DisclosureProps) {
  const [open, setOpen] = useState(defaultOpen === true);
  return (
    <details
      className={['kring-panel', 'kring-disclosure', className].filter(Boolean).join(' ')}
      open={open}
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary className="kring-disclosure__summary">{summary}</summary>
      {open && children}
    </details>
  );
}
