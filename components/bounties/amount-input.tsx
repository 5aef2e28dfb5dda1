"use client";

import { useState } from "react";
import { Input } from "@/components/ui/input";
import { toMajorText, toMinorUnits } from "./money-input";

/**
 * An amount typed in major units (dollars) and reported in minor units (cents); NaN while the text
 * is not an amount, so the schema flags it. The currency is the bounty's, shown beside the box.
 */
export function AmountInput({
  id,
  value,
  onChange,
  currency,
  invalid,
  describedBy,
  disabled,
}: {
  id: string;
  value: number | undefined;
  onChange: (minor: number) => void;
  currency: string;
  invalid?: boolean;
  describedBy?: string;
  disabled?: boolean;
}) {
  const [text, setText] = useState(value !== undefined && Number.isFinite(value) ? toMajorText(value, currency) : "");
  return (
    <div className="flex items-center gap-2">
      <Input
        id={id}
        inputMode="decimal"
        value={text}
        disabled={disabled}
        onChange={(e) => {
          setText(e.target.value);
          onChange(toMinorUnits(e.target.value, currency) ?? Number.NaN);
        }}
        invalid={invalid}
        aria-describedby={describedBy}
        className="max-w-40"
      />
      <span className="text-sm text-stone-500">{currency}</span>
    </div>
  );
}
