// `@kring/shared/content`: the document content schema. A separate entry point so that code which
// only needs protocol constants does not load Tiptap.
export { kringContentExtensions, kringSchema, type ContentSchemaOptions } from './contentSchema.js';
