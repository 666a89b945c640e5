import type { ReactNode } from 'react';
import { DropdownMenu } from 'radix-ui';

export interface MenuItem {
  label: string;
  icon?: ReactNode;
  onSelect(): void;
  danger?: boolean;
  disabled?: boolean;
}

export interface MenuProps {
  /** The button that opens the menu (rendered as the trigger via asChild). */
  trigger: ReactNode;
  /** `null` draws a separator. */
  items: (MenuItem | null)[];
  align?: 'start' | 'end';
}

/** A dropdown menu (radix: arrow keys, typeahead, Escape). */
export function Menu({ trigger, items, align = 'end' }: MenuProps) {
  return (
    <DropdownMenu.Root modal={false}>
      <DropdownMenu.Trigger asChild>{trigger}</DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content className="menu" align={align} sideOffset={4}>
          {items.map((item, index) =>
            item === null ? (
              <DropdownMenu.Separator key={`sep-${index}`} className="menu-separator" />
            ) : (
              <DropdownMenu.Item
                key={item.label}
                className={`menu-item${item.danger ? ' menu-item-danger' : ''}`}
                disabled={item.disabled}
                onSelect={item.onSelect}
              >
                {item.icon}
                <span>{item.label}</span>
              </DropdownMenu.Item>
            ),
          )}
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
