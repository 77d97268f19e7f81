import { AlignmentType, LevelFormat, type ILevelsOptions, type IStylesOptions } from 'docx';

/** The monospace font of code in exported DOCX files. */
export const CODE_FONT = 'Courier New';

/** Paragraph style of code blocks; DOCX import maps it back to a code block. */
export const CODE_STYLE = 'Code';

/** Character style of inline code; DOCX import maps it back to the `code` mark. */
export const CODE_CHAR_STYLE = 'CodeChar';

/** Paragraph style of block quotes; DOCX import maps it back to a blockquote. */
export const QUOTE_STYLE = 'Quote';

/** Word has nine list levels (0–8). */
export const MAX_LIST_LEVEL = 8;

/** Extra styles of exported documents (Word's built-in Title, Heading n and Hyperlink are used as is). */
export const DOCX_STYLES: IStylesOptions = {
  paragraphStyles: [
    {
      id: CODE_STYLE,
      name: 'Code',
      basedOn: 'Normal',
      next: 'Normal',
      run: { font: CODE_FONT, size: 20 },
      paragraph: {
        spacing: { before: 120, after: 120 },
        shading: { type: 'clear', color: 'auto', fill: 'F2F2F2' },
      },
    },
    {
      id: QUOTE_STYLE,
      name: 'Quote',
      basedOn: 'Normal',
      next: 'Normal',
      run: { italics: true, color: '404040' },
      paragraph: {
        indent: { left: 720 },
        border: { left: { style: 'single', size: 12, color: 'BBBBBB', space: 8 } },
      },
    },
  ],
  characterStyles: [
    {
      id: CODE_CHAR_STYLE,
      name: 'Code Char',
      basedOn: 'DefaultParagraphFont',
      run: { font: CODE_FONT },
    },
  ],
};

/** Numbering levels of an ordered list whose top level starts at `start`. */
export function orderedLevels(start: number, topLevel: number): ILevelsOptions[] {
  const formats = [LevelFormat.DECIMAL, LevelFormat.LOWER_LETTER, LevelFormat.LOWER_ROMAN];
  return Array.from({ length: MAX_LIST_LEVEL + 1 }, (_, level) => ({
    level,
    format: formats[level % formats.length] ?? LevelFormat.DECIMAL,
    text: `%${level + 1}.`,
    alignment: AlignmentType.START,
    start: level === topLevel ? start : 1,
    style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
  }));
}
