import type { SearchHitView } from '@kring/shared';
import { highlightSegments } from './highlightSegments.js';

/** Props of {@link Snippet}. */
export interface SnippetProps {
  readonly snippet: SearchHitView['snippet'];
  readonly className?: string;
}

/** A search snippet with its matches in `<mark>`; the text is always text, never HTML. */
export function Snippet({ snippet, className }: SnippetProps) {
  return (
    <span className={className ? `kring-snippet ${className}` : 'kring-snippet'}>
      {highlightSegments(snippet.text, snippet.highlights).map((segment, index) =>
        segment.highlighted ? (
          <mark key={index} className="kring-snippet__match">
            {segment.text}
          </mark>
        ) : (
          <span key={index}>{segment.text}</span>
        ),
      )}
    </span>
  );
}
