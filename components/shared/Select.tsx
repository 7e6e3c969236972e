/** A labelled menu: the side panel and the library filter with the same controls. */
import type { ComponentChildren } from 'preact';

/** A `<select>` with its visible label, in a `.field`; `onChange` gets the chosen value. */
export function Select({
  id,
  label,
  value,
  onChange,
  children,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  children: ComponentChildren;
}) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.currentTarget.value)}>
        {children}
      </select>
    </div>
  );
}
