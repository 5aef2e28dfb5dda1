"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useMemo, useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import type { z } from "zod";
import { RequestBookingInput } from "@/lib/bookings/schemas";
import type { CheckoutConfig } from "@/lib/payments/get-checkout-config";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { describedBy, Field, FieldError } from "@/components/ui/field";
import { formatDay, formatMoney, formatTime, inZone } from "@/components/ui/format";
import { Input, Textarea } from "@/components/ui/input";
import { useViewerTimeZone } from "@/components/ui/local-time";
import { confirmPaymentAction, requestBookingAction } from "../actions";
import { AuthenticationDialog } from "@/components/payments/authentication-dialog";
import { PaymentFields } from "./payment-fields";
import { useCardPayment } from "./use-card-payment";

// The card travels outside react-hook-form: test-mode fields or Stripe's element (see use-card-payment).
const BookingDetailsInput = RequestBookingInput.omit({ paymentMethod: true });
type FormInput = z.input<typeof BookingDetailsInput>;
type FormOutput = z.output<typeof BookingDetailsInput>;

const DAY = 86_400_000;
type Slot = { start: string; end: string };

interface Props {
  serviceId: string;
  providerTimeZone: string;
  bookingMode: "INSTANT" | "REQUEST";
  slots: Slot[];
  price: { amount: number; currency: string };
  checkout: CheckoutConfig;
}

function groupByDay(slots: Slot[], zone: string) {
  const days = new Map<string, Slot[]>();
  for (const slot of slots) {
    const key = inZone(slot.start, zone).toISODate() ?? slot.start.slice(0, 10);
    const list = days.get(key);
    if (list) list.push(slot);
    else days.set(key, [slot]);
  }
  return [...days.entries()].map(([key, daySlots]) => ({ key, label: formatDay(daySlots[0].start, zone), slots: daySlots }));
}

/** When the card is charged: authorized now, or saved and authorized 48 h before a far-off booking. */
function chargeNote(price: string, start: string | undefined): string {
  if (start && Date.parse(start) - Date.now() >= 7 * DAY) {
    return `Your card is saved now and ${price} is authorized 2 days before the booking. You're charged only after the service; the cancellation policy decides any refund.`;
  }
  return `${price} is authorized on your card now and charged only after the service; the cancellation policy decides any refund.`;
}

export function BookingForm({ serviceId, providerTimeZone, bookingMode, slots, price, checkout }: Props) {
  const viewerZone = useViewerTimeZone();
  const router = useRouter();
  const [pickedDay, setPickedDay] = useState<string | null>(null);
  const [slotTaken, setSlotTaken] = useState<{ message: string; next: string[] } | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [paymentError, setPaymentError] = useState<string | null>(null);
  const payment = useCardPayment(checkout);
  const priceLabel = formatMoney(price.amount, price.currency);

  const {
    register,
    handleSubmit,
    setValue,
    setError,
    control,
    formState: { errors, isSubmitting },
  } = useForm<FormInput, unknown, FormOutput>({
    resolver: zodResolver(BookingDetailsInput),
    defaultValues: { serviceId, start: "", notes: "", address: "" },
  });
  const selected = useWatch({ control, name: "start" });

  const days = useMemo(() => (viewerZone ? groupByDay(slots, viewerZone) : []), [slots, viewerZone]);
  const activeDay = days.find((d) => d.key === pickedDay) ?? days[0];

  function pick(start: string) {
    setValue("start", start, { shouldValidate: true });
    if (viewerZone) setPickedDay(inZone(start, viewerZone).toISODate());
  }

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    setSlotTaken(null);
    setPaymentError(null);
    const paymentMethod = await payment.collect();
    if (!paymentMethod) return;
    let result = await requestBookingAction({ ...values, paymentMethod });
    if (result.ok && !result.data.booking) {
      // The card needs an authentication step before anything is booked.
      const step = await payment.authenticate(result.data.payment);
      if (!step.ok) {
        setPaymentError(step.message);
        return;
      }
      result = await confirmPaymentAction({ paymentId: result.data.payment.id });
    }
    if (result.ok) {
      if (result.data.booking) router.push(`/account/bookings/${result.data.booking.id}?created=1`);
      else setPaymentError("Your bank hasn't confirmed the payment yet, so nothing is booked. Please try again.");
      return;
    }
    const { code, message, details } = result.error;
    if (code === "PAYMENT_FAILED") {
      setPaymentError(message);
      return;
    }
    if (code === "SLOT_TAKEN") {
      const next = (details as { nextFreeStarts?: string[] } | undefined)?.nextFreeStarts ?? [];
      setSlotTaken({ message, next });
      setValue("start", "");
      router.refresh(); // reload the free slots: someone else just took one
      return;
    }
    if (code === "UNAUTHENTICATED") {
      router.push(`/sign-in?callbackUrl=${encodeURIComponent(window.location.pathname)}`);
      return;
    }
    const fields = (details as { fields?: Record<string, string[]> } | undefined)?.fields;
    let shown = false;
    for (const [name, messages] of Object.entries(fields ?? {})) {
      if (name === "start" || name === "notes" || name === "address") {
        setError(name, { type: "server", message: messages[0] });
        shown = true;
      }
    }
    if (!shown) setFormError(message);
  });

  if (!viewerZone) {
    return (
      <p className="text-sm text-stone-500" aria-live="polite">
        Loading available times…
      </p>
    );
  }

  const startError = errors.start ? "Choose one of the available times above." : undefined;

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-8" aria-label="Booking details">
      <input type="hidden" {...register("serviceId")} />
      <input type="hidden" {...register("start")} />

      <fieldset className="min-w-0 space-y-4" aria-describedby="timezone-note start-error">
        <legend className="text-lg font-semibold text-stone-900">1. Pick a time</legend>
        <p id="timezone-note" className="text-sm text-stone-600" data-testid="timezone-note">
          Times shown in your time zone ({viewerZone}). Provider&apos;s time zone: {providerTimeZone}
        </p>

        {slotTaken ? (
          <Alert tone="warning" title={slotTaken.message} data-testid="slot-taken">
            {slotTaken.next.length ? (
              <>
                <p>These times are still free:</p>
                <ul className="mt-2 flex flex-wrap gap-2">
                  {slotTaken.next.map((start) => (
                    <li key={start}>
                      <button
                        type="button"
                        onClick={() => pick(start)}
                        data-testid="next-free-slot"
                        data-start={start}
                        className="rounded-md border border-amber-300 bg-white px-3 py-1.5 text-sm font-medium text-amber-900 hover:bg-amber-100"
                      >
                        {formatDay(start, viewerZone)}, {formatTime(start, viewerZone)}
                      </button>
                    </li>
                  ))}
                </ul>
              </>
            ) : (
              <p>No other free times in the next week. Please pick another day below.</p>
            )}
          </Alert>
        ) : null}

        {days.length === 0 ? (
          <Alert tone="info" title="No free times in the next 14 days">
            This provider&apos;s calendar is full. Please check back later or choose another provider.
          </Alert>
        ) : (
          <>
            <div role="group" aria-label="Day" className="-mx-1 flex gap-2 overflow-x-auto px-1 pb-2">
              {days.map((day) => {
                const active = day.key === activeDay?.key;
                const [weekday, ...rest] = day.label.split(", ");
                return (
                  <button
                    key={day.key}
                    type="button"
                    aria-pressed={active}
                    data-testid="slot-day"
                    data-day={day.key}
                    onClick={() => setPickedDay(day.key)}
                    className={cn(
                      "flex min-w-20 shrink-0 flex-col items-center rounded-lg border px-3 py-2 text-sm",
                      active ? "border-brand-600 bg-brand-50 text-brand-900" : "border-stone-200 bg-white text-stone-700 hover:border-stone-300",
                    )}
                  >
                    <span className="font-semibold">{weekday}</span>
                    <span className="text-xs">{rest[0]}</span>
                    <span className="mt-0.5 text-[11px] text-stone-500">{day.slots.length} times</span>
                  </button>
                );
              })}
            </div>

            {activeDay ? (
              <div>
                <h3 className="mb-2 text-sm font-medium text-stone-700">{activeDay.label}</h3>
                <ul className="grid grid-cols-3 gap-2 sm:grid-cols-4 md:grid-cols-6" aria-label={`Times on ${activeDay.label}`}>
                  {activeDay.slots.map((slot) => {
                    const isSelected = selected === slot.start;
                    return (
                      <li key={slot.start}>
                        <button
                          type="button"
                          data-testid="slot"
                          data-start={slot.start}
                          aria-pressed={isSelected}
                          onClick={() => pick(slot.start)}
                          className={cn(
                            "w-full rounded-lg border px-2 py-2 text-sm font-medium tabular-nums transition-colors",
                            isSelected
                              ? "border-brand-600 bg-brand-600 text-white"
                              : "border-stone-300 bg-white text-stone-800 hover:border-brand-400 hover:bg-brand-50",
                          )}
                        >
                          {formatTime(slot.start, viewerZone)}
                        </button>
                      </li>
                    );
                  })}
                </ul>
              </div>
            ) : null}
          </>
        )}

        {selected ? (
          <p className="text-sm text-stone-700" data-testid="selected-slot" aria-live="polite">
            Selected: <strong>{formatDay(selected, viewerZone)}, {formatTime(selected, viewerZone)}</strong>
            {viewerZone !== providerTimeZone ? (
              <span className="text-stone-500"> ({formatTime(selected, providerTimeZone)} provider&apos;s time)</span>
            ) : null}
          </p>
        ) : null}
        <FieldError id="start-error" message={startError} />
      </fieldset>

      <fieldset className="min-w-0 space-y-4">
        <legend className="text-lg font-semibold text-stone-900">2. Details for the provider</legend>
        <Field id="address" label="Address" hint="Where the work happens. Shared with the provider only." error={errors.address?.message}>
          <Input
            id="address"
            autoComplete="street-address"
            invalid={Boolean(errors.address)}
            aria-describedby={describedBy("address", { error: errors.address?.message, hint: true })}
            {...register("address")}
          />
        </Field>
        <Field id="notes" label="Notes (optional)" hint="Access instructions, pets, what you need done…" error={errors.notes?.message}>
          <Textarea
            id="notes"
            invalid={Boolean(errors.notes)}
            aria-describedby={describedBy("notes", { error: errors.notes?.message, hint: true })}
            {...register("notes")}
          />
        </Field>
      </fieldset>

      <PaymentFields
        checkout={checkout}
        card={payment.card}
        cardErrors={payment.cardErrors}
        onCardChange={payment.setCard}
        stripeMountRef={payment.stripe.mountRef}
        stripeError={payment.stripe.error}
        chargeNote={chargeNote(priceLabel, selected || undefined)}
      />

      {paymentError ? (
        <Alert tone="error" title="Payment not accepted — nothing was booked" data-testid="payment-error">
          {paymentError} Try another card.
        </Alert>
      ) : null}

      {formError ? (
        <Alert tone="error" data-testid="form-error">
          {formError}
        </Alert>
      ) : null}

      {payment.authenticating ? <AuthenticationDialog amountLabel={priceLabel} onChoose={payment.authenticating.choose} /> : null}

      <div className="flex flex-wrap items-center gap-4">
        <Button type="submit" size="lg" pending={isSubmitting} disabled={checkout.mode === "unavailable"} data-testid="submit-booking">
          {bookingMode === "INSTANT" ? "Book now" : "Request booking"}
        </Button>
        <p className="text-sm text-stone-500">
          {bookingMode === "INSTANT"
            ? "Your booking is confirmed immediately."
            : "The provider confirms or declines your request; you'll be notified either way."}
        </p>
      </div>
    </form>
  );
}
