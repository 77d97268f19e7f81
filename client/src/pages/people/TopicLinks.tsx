import { AppLink } from '../../routing/AppLink.js';
import { peoplePath } from '../../routing/paths.js';

/** Props of {@link TopicLinks}. */
export interface TopicLinksProps {
  readonly topics: readonly string[];
}

/** Expertise topics, each a link to the people search for that topic ("who else knows …?"). */
export function TopicLinks({ topics }: TopicLinksProps) {
  return (
    <ul className="kring-tag-cloud">
      {topics.map((topic) => (
        <li key={topic}>
          <AppLink to={peoplePath(topic)} className="kring-tag-cloud__tag">
            {topic}
          </AppLink>
        </li>
      ))}
    </ul>
  );
}
