import type { Editor } from '@tiptap/react';
import { useTranslation } from 'react-i18next';
import {
  IconColumnInsertRight,
  IconColumnRemove,
  IconRowInsertBottom,
  IconRowRemove,
  IconTableOff,
} from '@tabler/icons-react';
import { ToolbarButton, type ToolbarItem } from './ToolbarButton.js';

/** Props of {@link TableControls}. */
export interface TableControlsProps {
  readonly editor: Editor;
}

/** Rows, columns and the whole table: shown in the toolbar only while the caret is in a table. */
export function TableControls({ editor }: TableControlsProps) {
  const { t } = useTranslation();
  const chain = () => editor.chain().focus();
  const items: readonly ToolbarItem[] = [
    {
      key: 'addRow',
      icon: <IconRowInsertBottom aria-hidden="true" size={20} />,
      run: () => chain().addRowAfter().run(),
    },
    {
      key: 'addColumn',
      icon: <IconColumnInsertRight aria-hidden="true" size={20} />,
      run: () => chain().addColumnAfter().run(),
    },
    {
      key: 'deleteRow',
      icon: <IconRowRemove aria-hidden="true" size={20} />,
      run: () => chain().deleteRow().run(),
    },
    {
      key: 'deleteColumn',
      icon: <IconColumnRemove aria-hidden="true" size={20} />,
      run: () => chain().deleteColumn().run(),
    },
    {
      key: 'deleteTable',
      icon: <IconTableOff aria-hidden="true" size={20} />,
      run: () => chain().deleteTable().run(),
    },
  ];
  return (
    <div
      className="kring-toolbar__group kring-toolbar__group--table"
      role="group"
      aria-label={t('toolbar.tableLabel')}
    >
      {items.map((item) => (
        <ToolbarButton key={item.key} item={item} label={t(`toolbar.${item.key}`)} />
      ))}
    </div>
  );
}
