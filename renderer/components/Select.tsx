import { useState } from 'react';
import { Select as RadixSelect } from 'radix-ui';
import { Check, ChevronDown } from 'lucide-react';

export interface SelectOption<V extends string> {
  value: V;
  label: string;
}

export interface SelectProps<V extends string> {
  value: V | undefined;
  onValueChange(value: V): void;
  options: readonly SelectOption<V>[];
  /** Accessible name when the select has no <label> (use `id` + Field otherwise). */
  ariaLabel?: string;
  id?: string;
  placeholder?: string;
  disabled?: boolean;
  invalid?: boolean;
  describedBy?: string;
  testId?: string;
}

/**
 * A select box (radix: keyboard and typeahead, rendered in the app's style on every platform).
 * The options are rendered only while it is open and the closed box shows the chosen label itself:
 * radix otherwise renders every option of every closed select to find the label, which made each
 * select on a screen cost as much as a dozen rows (issue 12 §4).
 */
export function Select<V extends string>({
  value,
  onValueChange,
  options,
  ariaLabel,
  id,
  placeholder,
  disabled,
  invalid,
  describedBy,
  testId,
}: SelectProps<V>) {
  const [open, setOpen] = useState(false);
  const label = options.find((option) => option.value === value)?.label;
  return (
    <RadixSelect.Root
      value={value}
      onValueChange={(next) => onValueChange(next as V)}
      disabled={disabled}
      open={open}
      onOpenChange={setOpen}
    >
      <RadixSelect.Trigger
        id={id}
        className="select-trigger"
        aria-label={ariaLabel}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        data-testid={testId}
      >
        <RadixSelect.Value placeholder={placeholder}>{label}</RadixSelect.Value>
        <RadixSelect.Icon className="select-icon">
          <ChevronDown size={14} aria-hidden />
        </RadixSelect.Icon>
      </RadixSelect.Trigger>
      {open && (
        <RadixSelect.Portal>
          <RadixSelect.Content className="menu select-content" position="popper" sideOffset={4}>
            <RadixSelect.Viewport>
              {options.map((option) => (
                <RadixSelect.Item key={option.value} value={option.value} className="menu-item select-item">
                  <RadixSelect.ItemText>{option.label}</RadixSelect.ItemText>
                  <RadixSelect.ItemIndicator className="select-check">
                    <Check size={14} aria-hidden />
                  </RadixSelect.ItemIndicator>
                </RadixSelect.Item>
              ))}
            </RadixSelect.Viewport>
          </RadixSelect.Content>
        </RadixSelect.Portal>
      )}
    </RadixSelect.Root>
  );
}
