import { BLOCK_COMMANDS, type BlockCommand } from './blockCommands.js';

/** Extra words (Dutch and English) that find a command in the slash menu. */
const KEYWORDS: Readonly<Record<BlockCommand, readonly string[]>> = {
  heading1: ['h1', 'heading', 'kop', 'titel', 'title'],
  heading2: ['h2', 'heading', 'kop', 'subtitle'],
  heading3: ['h3', 'heading', 'kop'],
  bulletList: ['ul', 'bullet', 'list', 'opsomming', 'lijst'],
  orderedList: ['ol', 'numbered', 'list', 'genummerd', 'lijst', '1.'],
  taskList: ['todo', 'task', 'checkbox', 'taak', 'taken', 'actiepunt'],
  table: ['table', 'tabel', 'grid'],
  codeBlock: ['code', 'pre'],
  blockquote: ['quote', 'citaat', 'blockquote'],
  horizontalRule: ['hr', 'divider', 'line', 'lijn', 'scheiding', '---'],
  pageLink: ['link', 'page', 'pagina', 'document', 'koppeling'],
  image: ['image', 'img', 'picture', 'photo', 'afbeelding', 'plaatje', 'foto', 'figuur'],
  mention: ['mention', '@', 'person', 'noemen', 'persoon', 'iemand', 'collega'],
};

/** Lower case without diacritics, so "kop" finds "Kop" and "e" finds "é". */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * The commands matching what was typed after `/`, best first: labels starting with the query,
 * then labels containing it, then commands with a keyword starting with it. An empty query gives
 * all commands in their usual order.
 */
export function filterBlockCommands(
  query: string,
  labelOf: (command: BlockCommand) => string,
): BlockCommand[] {
  const wanted = foldForSearch(query.trim());
  if (wanted === '') return [...BLOCK_COMMANDS];
  const scored: { command: BlockCommand; score: number; order: number }[] = [];
  BLOCK_COMMANDS.forEach((command, order) => {
    const label = foldForSearch(labelOf(command));
    let score = 0;
    if (label.startsWith(wanted)) score = 3;
    else if (label.includes(wanted)) score = 2;
    else if (KEYWORDS[command].some((word) => word.startsWith(wanted))) score = 1;
    if (score > 0) scored.push({ command, score, order });
  });
  return scored
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .map(({ command }) => command);
}
