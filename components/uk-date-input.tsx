import type { ComponentProps } from "react";
import { cx, inputClass } from "./ui";

/**
 * A date typed the UK way (day, month, year; `parseUkDate` reads it), as plain text rather than the
 * browser's date input, whose order follows the browser's language. Put it in a `Field` with
 * `UK_DATE_HINT`: the field's description and invalid state are passed on to the input.
 */
export function UkDateInput({
  value,
  onText,
  className,
  ...props
}: Omit<ComponentProps<"input">, "type" | "value" | "onChange"> & {
  value: string;
  onText: (text: string) => void;
}) {
  return (
    <input
      {...props}
      type="text"
      className={cx(inputClass, "max-w-[12rem]", className)}
      value={value}
      autoComplete="off"
      spellCheck={false}
      onChange={(e) => onText(e.target.value)}
    />
  );
}
