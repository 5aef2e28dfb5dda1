"use client";

import * as RadixSelect from "@radix-ui/react-select";
import { useState } from "react";
import { cn } from "./cn";

export interface SelectOption {
  value: string;
  label: string;
  /** Sub-options (e.g. subcategories) are indented under their parent. */
  depth?: number;
}

/**
 * Radix Select styled for Hearth. With `name`, Radix renders a hidden native select, so the value
 * submits with a plain GET form. Radix forbids "" as an item value: use a sentinel like "all".
 */
export function Select({
  id,
  name,
  defaultValue,
  value,
  onValueChange,
  options,
  placeholder,
  className,
  "aria-labelledby": labelledBy,
}: {
  id?: string;
  name?: string;
  defaultValue?: string;
  value?: string;
  onValueChange?: (value: string) => void;
  options: SelectOption[];
  placeholder?: string;
  className?: string;
  "aria-labelledby"?: string;
}) {
  // Controlled internally so the trigger shows the chosen label in the server HTML too
  // (Radix otherwise fills it in only after hydration).
  const [own, setOwn] = useState(defaultValue);
  const current = value ?? own;
  const label = options.find((o) => o.value === current)?.label;
  return (
    // The wrapper keeps Radix's hidden native select out of the parent's spacing rules.
    <div className="relative">
      <RadixSelect.Root
        name={name}
        value={current}
        onValueChange={(next) => {
          setOwn(next);
          onValueChange?.(next);
        }}
      >
        <RadixSelect.Trigger
          id={id}
          aria-labelledby={labelledBy}
          className={cn(
            "inline-flex h-10 w-full items-center justify-between gap-2 rounded-lg border border-stone-300 bg-white px-3 text-left text-sm text-stone-900 shadow-sm",
            "focus:outline-2 focus:outline-offset-0 focus:outline-brand-600 data-[placeholder]:text-stone-400",
            className,
          )}
        >
          <RadixSelect.Value placeholder={placeholder}>{label}</RadixSelect.Value>
          <RadixSelect.Icon className="text-stone-500">
            <Chevron />
          </RadixSelect.Icon>
        </RadixSelect.Trigger>
        <RadixSelect.Portal>
          <RadixSelect.Content
            position="popper"
            sideOffset={4}
            className="z-50 max-h-[min(24rem,var(--radix-select-content-available-height))] min-w-[var(--radix-select-trigger-width)] overflow-hidden rounded-lg border border-stone-200 bg-white shadow-lg"
          >
            <RadixSelect.Viewport className="p-1">
              {options.map((option) => (
                <RadixSelect.Item
                  key={option.value}
                  value={option.value}
                  className={cn(
                    "relative flex cursor-default items-center rounded-md py-2 pr-8 text-sm text-stone-800 outline-none select-none",
                    "data-[highlighted]:bg-brand-50 data-[highlighted]:text-brand-900 data-[state=checked]:font-medium",
                    option.depth ? "pl-7" : "pl-3",
                  )}
                >
                  <RadixSelect.ItemText>{option.label}</RadixSelect.ItemText>
                  <RadixSelect.ItemIndicator className="absolute right-2 text-brand-700">
                    <Check />
                  </RadixSelect.ItemIndicator>
                </RadixSelect.Item>
              ))}
            </RadixSelect.Viewport>
          </RadixSelect.Content>
        </RadixSelect.Portal>
      </RadixSelect.Root>
    </div>
  );
}

function Chevron() {
  return (
    <svg viewBox="0 0 20 20" fill="currentColor" className="size-4" aria-hidden="true">
      <path fillRule="evenodd" d="M5.23 7.21a.75.75 0 0 1 1.06.02L10 11.17l3.71-3.94a.75.75 0 1 1 1.08 1.04l-4.25 4.5a.75.75 0 0 1-1.08 0l-4.25-4.5a.75.75 0 0 1 .02-1.06Z" clipRule="evenodd" />
    </svg>
  );
}

function Check() {
  return (
    <svg viewBox="0 0 20 20" fill="currentColor" className="size-4" aria-hidden="true">
      <path fillRule="evenodd" d="M16.7 5.3a1 1 0 0 1 0 1.4l-8 8a1 1 0 0 1-1.4 0l-4-4a1 1 0 1 1 1.4-1.4L8 12.58l7.3-7.3a1 1 0 0 1 1.4 0Z" clipRule="evenodd" />
    </svg>
  );
}
