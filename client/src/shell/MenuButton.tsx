import {
  useEffect,
  useId,
  useRef,
  useState,
  type CSSProperties,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import { createPortal } from 'react-dom';

/** One choice in a {@link MenuButton}'s menu. */
export interface MenuChoice {
  readonly key: string;
  readonly label: string;
  readonly onSelect: () => void;
  readonly disabled?: boolean;
  /** Marks the current choice (e.g. the community shown) with `aria-current`. */
  readonly current?: boolean;
}

/** Props of {@link MenuButton}. */
export interface MenuButtonProps {
  /** The button's accessible name. */
  readonly label: string;
  /** What the button shows (text or an icon); defaults to `label`. */
  readonly children?: ReactNode;
  readonly choices: readonly MenuChoice[];
  readonly className?: string;
  /** Show the label as a visible tooltip on hover and focus, on this side (icon-only buttons). */
  readonly tooltip?: 'below' | 'left' | 'right' | false;
  /** Id of the button element (to return the focus to it). */
  readonly id?: string;
  /** Keeps the button in the tab order (false: -1, as in a tree row that is not focused). */
  readonly tabbable?: boolean;
  /** Which edge of the button the menu lines up with. */
  readonly align?: 'start' | 'end';
  /** Where the menu opens. */
  readonly placement?: 'below' | 'above';
}

/**
 * A button that opens a menu (WAI-ARIA menu button): arrow keys, Home and End move between the
 * choices, Enter or Space picks one, Escape and Tab close the menu, and the focus returns to the
 * button. The menu is rendered at the end of the page (fixed, next to the button), so that
 * scrolling boxes do not clip it and a surrounding tree's keyboard shortcuts do not see its keys.
 */
export function MenuButton({
  label,
  children,
  choices,
  className,
  tooltip = false,
  id,
  tabbable = true,
  align = 'start',
  placement = 'below',
}: MenuButtonProps) {
  const menuId = useId();
  const [open, setOpen] = useState(false);
  const [place, setPlace] = useState<CSSProperties>({});
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLUListElement>(null);
  const wrapper = useRef<HTMLSpanElement>(null);

  const items = () =>
    [...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])].filter(
      (item) => item.getAttribute('aria-disabled') !== 'true',
    );

  useEffect(() => {
    if (!open) return;
    items()[0]?.focus();
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!wrapper.current?.contains(target) && !menu.current?.contains(target)) setOpen(false);
    };
    const onResize = () => setOpen(false);
    document.addEventListener('pointerdown', onPointerDown);
    window.addEventListener('resize', onResize);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown);
      window.removeEventListener('resize', onResize);
    };
  }, [open]);

  const toggle = () => {
    const rect = button.current?.getBoundingClientRect();
    if (!open && rect !== undefined) {
      const gap = 4;
      setPlace({
        position: 'fixed',
        ...(placement === 'below'
          ? { top: rect.bottom + gap }
          : { bottom: window.innerHeight - rect.top + gap }),
        ...(align === 'start'
          ? { left: Math.max(gap, rect.left) }
          : { right: Math.max(gap, window.innerWidth - rect.right) }),
      });
    }
    setOpen(!open);
  };

  const close = (returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) button.current?.focus();
  };

  const onMenuKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const list = items();
    const at = list.indexOf(document.activeElement as HTMLElement);
    const focus = (index: number) => list[(index + list.length) % list.length]?.focus();
    switch (event.key) {
      case 'ArrowDown':
        focus(at + 1);
        break;
      case 'ArrowUp':
        focus(at - 1);
        break;
      case 'Home':
        focus(0);
        break;
      case 'End':
        focus(list.length - 1);
        break;
      case 'Escape':
        close(true);
        break;
      case 'Tab':
        setOpen(false);
        return;
      default:
        return;
    }
    event.preventDefault();
    event.stopPropagation();
  };

  const pick = (choice: MenuChoice) => {
    if (choice.disabled === true) return;
    close(true);
    choice.onSelect();
  };

  const classes = ['kring-menu'];
  if (tooltip !== false) classes.push('kring-tip', `kring-tip--${tooltip}`);
  return (
    <span ref={wrapper} className={classes.join(' ')}>
      <button
        ref={button}
        id={id}
        type="button"
        className={className}
        aria-label={children === undefined ? undefined : label}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        tabIndex={tabbable ? 0 : -1}
        onClick={(event) => {
          event.stopPropagation();
          toggle();
        }}
        // Enter must open the menu, not act on a surrounding row as well.
        onKeyDown={(event) => event.stopPropagation()}
      >
        {children ?? label}
      </button>
      {tooltip !== false && !open && (
        <span className="kring-tip__text" aria-hidden="true">
          {label}
        </span>
      )}
      {open &&
        createPortal(
          <ul
            ref={menu}
            id={menuId}
            role="menu"
            aria-label={label}
            className="kring-menu__list"
            style={place}
            onKeyDown={onMenuKeyDown}
          >
            {choices.map((choice) => (
              <li
                key={choice.key}
                role="menuitem"
                tabIndex={-1}
                aria-disabled={choice.disabled === true ? true : undefined}
                aria-current={choice.current === true ? 'true' : undefined}
                className="kring-menu__item"
                onClick={(event) => {
                  event.stopPropagation();
                  pick(choice);
                }}
                onKeyDown={(event) => {
                  if (event.key === 'Enter' || event.key === ' ') {
                    event.preventDefault();
                    event.stopPropagation();
                    pick(choice);
                  }
                }}
              >
                {choice.label}
              </li>
            ))}
          </ul>,
          document.body,
        )}
    </span>
  );
}
