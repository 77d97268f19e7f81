import { Fragment, type Node as PmNode } from '@tiptap/pm/model';
import { kringSchema } from '@kring/shared/content';
import { TransferError } from './TransferError.js';

/** A mark in ProseMirror's JSON form (`Mark.toJSON()`). */
export interface MarkJson {
  type: string;
  attrs?: Record<string, unknown>;
}

/** A node in ProseMirror's JSON form (`Node.toJSON()`); the root is a `doc`. */
export interface NodeJson {
  type: string;
  attrs?: Record<string, unknown>;
  content?: NodeJson[];
  marks?: MarkJson[];
  text?: string;
}

/** A document as imported: its title and its content (a `doc` node). */
export interface ImportedDocument {
  title: string;
  doc: NodeJson;
}

/** The smallest valid document: one empty paragraph. */
export function emptyDoc(): NodeJson {
  return { type: 'doc', content: [{ type: 'paragraph' }] };
}

/**
 * Parses JSON into a checked ProseMirror node of the Kring schema, with adjacent text nodes of the
 * same marks joined and marks in schema order.
 * @throws TransferError `invalid_document` when the JSON does not fit the schema.
 */
export function parseDoc(json: NodeJson): PmNode {
  try {
    const node = rebuild(kringSchema.nodeFromJSON(json));
    if (node.type.name !== 'doc') throw new RangeError(`root is ${node.type.name}, not doc`);
    node.check();
    return node;
  } catch (error) {
    if (error instanceof TransferError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new TransferError('invalid_document', `The document does not fit the schema: ${reason}`);
  }
}

/** Normalises document JSON to exactly what the editor would produce (defaults filled in). */
export function normalizeDoc(json: NodeJson): NodeJson {
  return docToJson(parseDoc(json));
}

/** A ProseMirror node as typed JSON. */
export function docToJson(node: PmNode): NodeJson {
  return node.toJSON() as NodeJson;
}

function rebuild(node: PmNode): PmNode {
  if (node.isText) return node;
  const children: PmNode[] = [];
  node.forEach((child) => children.push(rebuild(child)));
  return node.type.create(node.attrs, Fragment.fromArray(children), node.marks);
}

/** The plain text of a node and its descendants (hard breaks as spaces). */
export function plainText(node: NodeJson): string {
  if (node.text !== undefined) return node.text;
  if (node.type === 'hardBreak') return ' ';
  return (node.content ?? []).map(plainText).join('');
}

/** A string attribute, or `undefined` when absent or not a non-empty string. */
export function stringAttr(node: NodeJson | MarkJson, name: string): string | undefined {
  const value = node.attrs?.[name];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** A numeric attribute, or `fallback` when absent or not a finite number. */
export function numberAttr(node: NodeJson | MarkJson, name: string, fallback: number): number {
  const value = node.attrs?.[name];
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}
