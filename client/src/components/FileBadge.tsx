import { useTranslation } from 'react-i18next';

/** Props of {@link FileBadge}. */
export interface FileBadgeProps {
  readonly className?: string;
}

/** A "File" label with a document icon, marking a search hit that is an uploaded file. */
export function FileBadge({ className }: FileBadgeProps) {
  const { t } = useTranslation();
  return (
    <span
      className={
        className ? `kring-badge kring-file-badge ${className}` : 'kring-badge kring-file-badge'
      }
    >
      <svg
        className="kring-file-badge__icon"
        viewBox="0 0 16 16"
        width="12"
        height="12"
        aria-hidden="true"
        focusable="false"
      >
        <path
          d="M3 1.5h6.5L13 5v9.5H3z M9.5 1.5V5H13"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.5"
          strokeLinejoin="round"
        />
      </svg>
      {t('search.file')}
    </span>
  );
}
