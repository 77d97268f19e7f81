import { describe, expect, it } from 'vitest';
import { BLOCK_COMMANDS, type BlockCommand } from './blockCommands.js';
import { filterBlockCommands, foldForSearch } from './slashCommands.js';

const english: Record<BlockCommand, string> = {
  heading1: 'Heading 1',
  heading2: 'Heading 2',
  heading3: 'Heading 3',
  bulletList: 'Bulleted list',
  orderedList: 'Numbered list',
  taskList: 'Task list',
  table: 'Table',
  codeBlock: 'Code block',
  blockquote: 'Quote',
  horizontalRule: 'Divider',
  pageLink: 'Link to page',
  image: 'Image',
  mention: 'Mention someone',
};
const label = (command: BlockCommand) => english[command];

describe('filterBlockCommands', () => {
  it('lists everything for an empty query', () => {
    expect(filterBlockCommands('', label)).toEqual([...BLOCK_COMMANDS]);
    expect(filterBlockCommands('  ', label)).toEqual([...BLOCK_COMMANDS]);
  });

  it('puts labels starting with the query first', () => {
    expect(filterBlockCommands('head', label)).toEqual(['heading1', 'heading2', 'heading3']);
    expect(filterBlockCommands('list', label)).toEqual(['bulletList', 'orderedList', 'taskList']);
    expect(filterBlockCommands('ta', label).slice(0, 2)).toEqual(['taskList', 'table']);
  });

  it('finds commands by keyword in either language', () => {
    expect(filterBlockCommands('h2', label)).toEqual(['heading2']);
    expect(filterBlockCommands('tabel', label)).toEqual(['table']);
    expect(filterBlockCommands('todo', label)).toEqual(['taskList']);
    expect(filterBlockCommands('pagina', label)).toEqual(['pageLink']);
    expect(filterBlockCommands('afbeelding', label)).toEqual(['image']);
    expect(filterBlockCommands('im', label)).toEqual(['image']);
  });

  it('ignores case and diacritics', () => {
    expect(filterBlockCommands('QUOTE', label)).toEqual(['blockquote']);
    expect(foldForSearch('Één Citaat')).toBe('een citaat');
  });

  it('gives nothing when nothing matches', () => {
    expect(filterBlockCommands('xyz', label)).toEqual([]);
  });
});
