import { TITLE_FIELD } from '@kring/shared';
import * as Y from 'yjs';
import type { TemplateView } from '@kring/shared';
import type { AuditLog } from '../audit/AuditLog.js';
import type { Caller } from '../auth/Caller.js';
import { newId } from '../auth/secrets.js';
import type { CommunityService } from '../communities/CommunityService.js';
import type { DocumentDirectory } from '../documents/DocumentDirectory.js';
import { DomainError } from '../domainError.js';
import { replaceContent, docFromState } from '../history/replaceContent.js';
import type { LiveDocuments } from '../history/VersionService.js';
import type { DocumentStorage } from '../storage/DocumentStorage.js';
import type { MetaDatabase } from '../storage/meta/MetaDatabase.js';
import type { DocumentRecord } from '../storage/meta/records.js';
import type { StoredContent } from '../documents/StoredContent.js';
import { TABLES } from '../storage/meta/tables.js';
import { loadTransfer } from '../transfer/loadTransfer.js';
import { BUILT_IN_TEMPLATES, type TemplateLanguage } from './builtInTemplates.js';

/** A community's own template: the content of a document at the moment it was saved. */
interface TemplateRecord {
  readonly id: string;
  readonly communityId: string;
  readonly name: string;
  readonly description: string;
  readonly createdAt: string;
  readonly createdBy: string | null;
  /** Yjs state of the content only (no history), base64. */
  readonly state: string;
}

/** A state with only the content of `doc` (title and text), none of its history. */
function contentOnly(doc: Y.Doc): Uint8Array {
  const copy = new Y.Doc();
  replaceContent(copy, doc);
  const state = Y.encodeStateAsUpdate(copy);
  copy.destroy();
  return state;
}

const unknownTemplate = () => new DomainError(400, 'invalid_request', 'No such template here.');

/** Templates: the built-in four (per language) and each community's own. */
export class TemplateService {
  /** Built-in templates' content per language, made once: the same bytes on every manifest. */
  private readonly builtInStates = new Map<string, Promise<Uint8Array>>();

  constructor(
    private readonly db: MetaDatabase,
    private readonly communities: CommunityService,
    private readonly documents: DocumentDirectory,
    private readonly storage: DocumentStorage,
    private readonly live: LiveDocuments,
    private readonly audit: AuditLog,
    private readonly now: () => number = Date.now,
    private readonly stored?: StoredContent,
  ) {}

  /** Built-in and community templates. */
  async list(caller: Caller, slug: string, language: TemplateLanguage): Promise<TemplateView[]> {
    const community = await this.communities.require(caller, slug, 'community.read');
    const own = await this.db.list<TemplateRecord>(TABLES.templates, `${community.id}!`);
    return [
      ...BUILT_IN_TEMPLATES.map((template) => ({
        id: template.id,
        name: template.name[language],
        description: template.description[language],
        builtIn: true,
      })),
      ...own.map((template) => ({
        id: template.id,
        name: template.name,
        description: template.description,
        builtIn: false,
      })),
    ];
  }

  /**
   * The templates of {@link list} with their content (base64 Yjs update), so a page can be made
   * from one without the server (offline sync).
   */
  async listWithContent(
    caller: Caller,
    slug: string,
    language: TemplateLanguage,
  ): Promise<(TemplateView & { update: string })[]> {
    const community = await this.communities.require(caller, slug, 'community.read');
    const own = await this.db.list<TemplateRecord>(TABLES.templates, `${community.id}!`);
    const states = new Map(own.map((template) => [template.id, template.state]));
    const views = await this.list(caller, slug, language);
    return Promise.all(
      views.map(async (view) => ({
        ...view,
        update:
          states.get(view.id) ??
          Buffer.from(await this.contentOf(community.id, view.id, language)).toString('base64'),
      })),
    );
  }

  /** Saves a document's current content as a template of its community (owners). */
  async saveFrom(
    caller: Caller,
    documentId: string,
    input: { name: string; description: string },
  ): Promise<TemplateView> {
    const document = await this.documents.require(caller, documentId, 'document.read');
    const community = await this.communities.byId(document.communityId);
    if (community === undefined) throw unknownTemplate();
    await this.communities.require(caller, community.slug, 'community.update');
    const state = await this.live.with(documentId, (live) => live.read(contentOnly));
    const template: TemplateRecord = {
      id: newId(),
      communityId: community.id,
      name: input.name,
      description: input.description,
      createdAt: new Date(this.now()).toISOString(),
      createdBy: caller.userId,
      state: Buffer.from(state).toString('base64'),
    };
    await this.db.write([
      {
        type: 'put',
        table: TABLES.templates,
        key: `${community.id}!${template.id}`,
        value: template,
      },
      ...this.audit.operations({
        action: 'template.created',
        actorId: caller.userId,
        communityId: community.id,
        documentId,
        details: { name: input.name },
        ip: caller.ip,
      }),
    ]);
    return {
      id: template.id,
      name: template.name,
      description: template.description,
      builtIn: false,
    };
  }

  /**
   * Creates a document from a template: metadata first, then the template's content as the
   * document's first stored update (only when the document is new: creating is idempotent).
   */
  async createFrom(
    caller: Caller,
    slug: string,
    input: {
      id?: string | undefined;
      title: string;
      parentId?: string | null | undefined;
      templateId: string;
    },
    language: TemplateLanguage,
  ): Promise<{ document: DocumentRecord; created: boolean }> {
    const community = await this.communities.require(caller, slug, 'document.create');
    const content = await this.contentOf(community.id, input.templateId, language);
    const result = await this.documents.create(caller, slug, input);
    if (!result.created) return result;
    await this.storage.appendUpdate(result.document.id, content);
    this.stored?.written(result.document.id, content, caller.userId);
    const created = docFromState(content);
    const title = created.getText(TITLE_FIELD).toString();
    created.destroy();
    await this.documents.touch(result.document.id, title, caller.userId);
    return { ...result, document: { ...result.document, title } };
  }

  private async contentOf(
    communityId: string,
    templateId: string,
    language: TemplateLanguage,
  ): Promise<Uint8Array> {
    const builtIn = BUILT_IN_TEMPLATES.find((template) => template.id === templateId);
    if (builtIn) {
      const key = `${builtIn.id}!${language}`;
      let state = this.builtInStates.get(key);
      if (state === undefined) {
        state = loadTransfer().then(({ markdownToDoc, docToYDoc }) => {
          const { title, doc } = markdownToDoc(builtIn.markdown[language]);
          const ydoc = docToYDoc(doc, title);
          const encoded = Y.encodeStateAsUpdate(ydoc);
          ydoc.destroy();
          return encoded;
        });
        this.builtInStates.set(key, state);
        state.catch(() => this.builtInStates.delete(key));
      }
      return state;
    }
    const own = await this.db.get<TemplateRecord>(TABLES.templates, `${communityId}!${templateId}`);
    if (own === undefined) throw unknownTemplate();
    const doc = docFromState(Buffer.from(own.state, 'base64'));
    const state = contentOnly(doc);
    doc.destroy();
    return state;
  }
}
