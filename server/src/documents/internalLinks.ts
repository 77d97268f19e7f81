import * as Y from 'yjs';
import { ANY_ORIGIN, CONTENT_FIELD, internalDocumentId } from '@kring/shared';

/**
 * The document id an `href` points to (`/d/<id>`, optionally absolute on any host and with a
 * query or fragment), or null for other links.
 */
export function linkedDocumentId(href: string): string | null {
  return internalDocumentId(href, ANY_ORIGIN);
}

interface DeltaPart {
  readonly attributes?: Readonly<Record<string, unknown>>;
}

/**
 * Ids of the Kring documents a document links to (link marks in its rich text, as the editor
 * stores them: a `link` formatting attribute with an `href`), without duplicates.
 */
export function internalLinks(doc: Y.Doc): string[] {
  const found = new Set<string>();
  const visit = (node: Y.XmlElement | Y.XmlText | Y.XmlFragment): void => {
    if (node instanceof Y.XmlText) {
      for (const part of node.toDelta() as DeltaPart[]) {
        const link = part.attributes?.['link'] as { href?: unknown } | undefined;
        const id = typeof link?.href === 'string' ? linkedDocumentId(link.href) : null;
        if (id !== null) found.add(id);
      }
      return;
    }
    for (const child of node.toArray()) {
      if (child instanceof Y.XmlElement || child instanceof Y.XmlText) visit(child);
    }
  };
  visit(doc.getXmlFragment(CONTENT_FIELD));
  return [...found];
}
