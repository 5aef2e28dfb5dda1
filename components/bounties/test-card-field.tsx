"use client";

import { Badge } from "@/components/ui/badge";
import { describedBy, Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";

/** The test-mode processor's documented cards (lib/payments/test-cards.ts), with what each does. */
const TEST_CARDS = [
  { number: "4242 4242 4242 4242", label: "succeeds" },
  { number: "4000 0000 0000 0002", label: "is declined" },
  { number: "4000 0000 0000 9995", label: "has insufficient funds" },
] as const;

/**
 * The card for the escrow payment in test mode: a card number only (the test processor needs no
 * expiry or CVC), with the documented cards one click away and the test-mode label in view.
 */
export function TestCardField({ id, value, onChange, error }: { id: string; value: string; onChange: (next: string) => void; error?: string }) {
  return (
    <div className="space-y-3" data-testid="card-form">
      <p className="flex flex-wrap items-center gap-2 text-sm text-amber-900">
        <Badge tone="warning" data-testid="test-mode-label">
          Test mode — no real money
        </Badge>
        <span>Use a test card; nothing is charged for real.</span>
      </p>
      <Field id={id} label="Card number" error={error} hint="Test cards are listed below.">
        <Input
          id={id}
          inputMode="numeric"
          autoComplete="cc-number"
          placeholder="4242 4242 4242 4242"
          value={value}
          onChange={(e) => onChange(e.target.value)}
          invalid={Boolean(error)}
          aria-describedby={describedBy(id, { error, hint: true })}
        />
      </Field>
      <ul className="space-y-1 text-xs text-stone-600">
        {TEST_CARDS.map((card) => (
          <li key={card.number}>
            <button type="button" className="font-mono text-brand-700 hover:underline" onClick={() => onChange(card.number)}>
              {card.number}
            </button>{" "}
            {card.label}
          </li>
        ))}
      </ul>
    </div>
  );
}
