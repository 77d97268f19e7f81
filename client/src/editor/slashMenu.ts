import { Extension, type Editor, type Range } from '@tiptap/core';
import { isChangeOrigin } from '@tiptap/extension-collaboration';
import { PluginKey } from '@tiptap/pm/state';
import Suggestion, { type SuggestionProps } from '@tiptap/suggestion';
import { Store } from '../sync/Store.js';
import { runBlockCommand, type BlockCommand } from './blockCommands.js';
import { filterBlockCommands } from './slashCommands.js';
import { slashMenuPlacement } from './slashMenuPlacement.js';

/** What the slash menu shows; `null` while it is closed. */
export interface SlashMenuState {
  /** Element the menu is rendered into (positioned next to the typed `/`). */
  readonly host: HTMLElement;
  readonly query: string;
  readonly items: readonly BlockCommand[];
  /** Index of the highlighted item in `items`. */
  readonly active: number;
}

let menus = 0;

/**
 * The state of one editor's slash menu, outside React: the Tiptap extension writes it, the
 * `SlashMenu` component renders it, and the editor's `aria-activedescendant` follows it.
 */
export class SlashMenuController {
  /** Id of the listbox element; options are `${listboxId}-${command}`. */
  readonly listboxId = `kring-slash-menu-${++menus}`;
  readonly state = new Store<SlashMenuState | null>(null);
  /** Called after "Link to page" was chosen (the typed `/…` is already removed). */
  onLinkToPage: (() => void) | null = null;
  /** Called after "Image" was chosen (the typed `/…` is already removed). */
  onInsertImage: (() => void) | null = null;
  /** Called after "Mention someone" was chosen (the typed `/…` is already removed). */
  onMention: (() => void) | null = null;

  private props: SuggestionProps<BlockCommand, BlockCommand> | null = null;
  private unmount: (() => void) | null = null;

  constructor(private readonly labelOf: (command: BlockCommand) => string) {}

  /** Id of an option element. */
  optionId(command: BlockCommand): string {
    return `${this.listboxId}-${command}`;
  }

  /** Matching commands for a query (the Suggestion `items` callback). */
  readonly items = ({ query }: { query: string }): BlockCommand[] =>
    filterBlockCommands(query, this.labelOf);

  /** Applies a chosen command (the Suggestion `command` callback). */
  readonly apply = ({
    editor,
    range,
    props: command,
  }: {
    editor: Editor;
    range: Range;
    props: BlockCommand;
  }): void => {
    runBlockCommand(editor, command, range);
    if (command === 'pageLink') this.onLinkToPage?.();
    if (command === 'image') this.onInsertImage?.();
    if (command === 'mention') this.onMention?.();
  };

  /**
   * The items to show: Tiptap first reports a new or moved query with no items while it filters
   * them (asynchronously); filtering is synchronous here, so the list (and the highlighted
   * choice) never blinks empty in between.
   */
  private itemsOf(props: SuggestionProps<BlockCommand, BlockCommand>): readonly BlockCommand[] {
    return props.loading ? this.items({ query: props.query }) : props.items;
  }

  /** Chooses the item at `index`. */
  choose(index: number): void {
    const command = this.state.getSnapshot()?.items[index];
    if (command !== undefined) this.props?.command(command);
  }

  /** Highlights the item at `index`. */
  highlight(index: number): void {
    const current = this.state.getSnapshot();
    if (current !== null && index >= 0 && index < current.items.length) {
      this.state.set({ ...current, active: index });
    }
  }

  /** The Suggestion `render` callbacks. */
  readonly render = () => ({
    onStart: (props: SuggestionProps<BlockCommand, BlockCommand>) => {
      this.props = props;
      const host = document.createElement('div');
      host.className = 'kring-slash-menu-host';
      this.unmount = props.mount(host);
      this.state.set({ host, query: props.query, items: this.itemsOf(props), active: 0 });
    },
    onUpdate: (props: SuggestionProps<BlockCommand, BlockCommand>) => {
      this.props = props;
      const current = this.state.getSnapshot();
      if (current === null) return;
      const items = this.itemsOf(props);
      const sameItems =
        current.items.length === items.length &&
        current.items.every((item, i) => item === items[i]);
      this.state.set({
        ...current,
        query: props.query,
        items,
        active: sameItems ? current.active : 0,
      });
    },
    onExit: () => {
      this.props = null;
      this.unmount?.();
      this.unmount = null;
      this.state.set(null);
    },
    onKeyDown: ({ event }: { event: KeyboardEvent }): boolean => {
      const current = this.state.getSnapshot();
      if (current === null || current.items.length === 0) return false;
      const count = current.items.length;
      switch (event.key) {
        case 'ArrowDown':
          this.highlight((current.active + 1) % count);
          return true;
        case 'ArrowUp':
          this.highlight((current.active - 1 + count) % count);
          return true;
        case 'Home':
          this.highlight(0);
          return true;
        case 'End':
          this.highlight(count - 1);
          return true;
        case 'Enter':
        case 'Tab':
          this.choose(current.active);
          return true;
        default:
          return false;
      }
    },
  });
}

/** Options of {@link SlashCommand}. */
export interface SlashCommandOptions {
  readonly controller: SlashMenuController | null;
}

const slashMenuKey = new PluginKey<{ readonly active: boolean }>('kringSlashMenu');

/**
 * Typing `/` at the start of an empty paragraph opens a menu of block types, filtered by what
 * follows the `/`. Only this person's own typing opens it; others' edits elsewhere leave it open.
 */
export const SlashCommand = Extension.create<SlashCommandOptions>({
  name: 'kringSlashCommand',
  // Before list and table keymaps, so Enter and Tab choose from the open menu.
  priority: 1100,
  addOptions() {
    return { controller: null };
  },
  addProseMirrorPlugins() {
    const { controller } = this.options;
    if (controller === null) return [];
    return [
      Suggestion<BlockCommand, BlockCommand>({
        editor: this.editor,
        pluginKey: slashMenuKey,
        char: '/',
        ...slashMenuPlacement,
        startOfLine: true,
        allowSpaces: true,
        allowedPrefixes: null,
        decorationClass: 'kring-slash-query',
        // Others' edits never open the menu, nor close it while this person is choosing from it
        // (during `apply`, the editor's state is still the one before the transaction).
        shouldShow: ({ editor, transaction }) =>
          !isChangeOrigin(transaction) || slashMenuKey.getState(editor.state)?.active === true,
        allow: ({ state, range }) => {
          const $from = state.doc.resolve(range.from);
          return (
            $from.parent.type.name === 'paragraph' &&
            $from.parentOffset === 0 &&
            $from.parent.content.size === range.to - range.from
          );
        },
        items: controller.items,
        command: controller.apply,
        render: controller.render,
      }),
    ];
  },
});
