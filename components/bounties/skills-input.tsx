"use client";

import { useState, type KeyboardEvent } from "react";
import { cn } from "@/components/ui/cn";

/**
 * Skills as tags: Enter or comma adds the typed tag, Backspace on an empty box removes the last,
 * each tag has its own remove button. Duplicates (case-insensitive) are ignored.
 */
export function SkillsInput({
  id,
  value,
  onChange,
  max = 10,
  invalid,
  describedBy,
}: {
  id: string;
  value: string[];
  onChange: (next: string[]) => void;
  max?: number;
  invalid?: boolean;
  describedBy?: string;
}) {
  const [draft, setDraft] = useState("");

  function add(raw: string) {
    const tag = raw.trim().replace(/\s+/g, " ");
    setDraft("");
    if (!tag || value.length >= max || value.some((t) => t.toLowerCase() === tag.toLowerCase())) return;
    onChange([...value, tag]);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === "Enter" || event.key === ",") {
      event.preventDefault();
      add(draft);
    } else if (event.key === "Backspace" && !draft && value.length) {
      onChange(value.slice(0, -1));
    }
  }

  return (
    <div
      className={cn(
        "flex min-h-10 flex-wrap items-center gap-1.5 rounded-lg border bg-white px-2 py-1.5 shadow-sm focus-within:outline-2 focus-within:outline-brand-600",
        invalid ? "border-red-400" : "border-stone-300",
      )}
    >
      <ul className="contents" aria-label="Skills added">
        {value.map((tag) => (
          <li key={tag} className="inline-flex items-center gap-1 rounded-full bg-brand-50 py-0.5 pr-1 pl-2.5 text-sm text-brand-900" data-testid="skill-tag">
            {tag}
            <button
              type="button"
              onClick={() => onChange(value.filter((t) => t !== tag))}
              className="rounded-full px-1 text-brand-700 hover:bg-brand-100"
              aria-label={`Remove ${tag}`}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <input
        id={id}
        value={draft}
        onChange={(e) => setDraft(e.target.value)}
        onKeyDown={onKeyDown}
        onBlur={() => add(draft)}
        disabled={value.length >= max}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        maxLength={40}
        placeholder={value.length ? "" : "e.g. tiling, grout"}
        className="min-w-32 flex-1 border-0 bg-transparent px-1 text-sm outline-none placeholder:text-stone-400"
      />
    </div>
  );
}
