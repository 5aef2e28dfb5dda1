"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import type { z } from "zod";
import { RequestBookingInput } from "@/lib/bookings/schemas";
import { authorizationCoversCapture } from "@/lib/payments/authorization-window";
import type { CheckoutConfig } from "@/lib/payments/get-checkout-config";
import { SlotPicker, SlotTakenAlert, type Slot } from "@/components/bookings/slot-picker";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { describedBy, Field, FieldError } from "@/components/ui/field";
import { formatMoney } from "@/components/ui/format";
import { Input, Textarea } from "@/components/ui/input";
import { useViewerTimeZone } from "@/components/ui/local-time";
import { confirmPaymentAction, requestBookingAction } from "../actions";
import { AuthenticationDialog } from "@/components/payments/authentication-dialog";
import { PaymentFields } from "./payment-fields";
import { useCardPayment } from "./use-card-payment";
import { track } from "@/components/analytics/analytics";

// The card travels outside react-hook-form: test-mode fields or Stripe's element (see use-card-payment).
const BookingDetailsInput = RequestBookingInput.omit({ paymentMethod: true });
type FormInput = z.input<typeof BookingDetailsInput>;
type FormOutput = z.output<typeof BookingDetailsInput>;

interface Props {
  serviceId: string;
  providerTimeZone: string;
  bookingMode: "INSTANT" | "REQUEST";
  slots: Slot[];
  price: { amount: number; currency: string };
  checkout: CheckoutConfig;
  /** A start to preselect (a waitlist hold's link), when it is among the free slots. */
  initialStart?: string;
}

/**
 * When the card is charged: authorized now, or saved and authorized 48 h before a booking too far
 * off for an authorization to last until its capture (the server's rule, authorizationCoversCapture).
 */
function chargeNote(price: string, slot: Slot | undefined, completionWindowMs: number): string {
  if (slot && !authorizationCoversCapture({ authorizedAt: Date.now(), end: Date.parse(slot.end), completionWindowMs })) {
    return `Your card is saved now and ${price} is authorized 2 days before the booking. You're charged only after the service; the cancellation policy decides any refund.`;
  }
  return `${price} is authorized on your card now and charged only after the service; the cancellation policy decides any refund.`;
}

export function BookingForm({ serviceId, providerTimeZone, bookingMode, slots, price, checkout, initialStart }: Props) {
  const viewerZone = useViewerTimeZone();
  const router = useRouter();
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
    defaultValues: { serviceId, start: initialStart ?? "", notes: "", address: "" },
  });
  const selected = useWatch({ control, name: "start" });

  // The picker shows the picked start's day itself, including a "still free" suggestion's.
  function pick(start: string) {
    setValue("start", start, { shouldValidate: true });
  }

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    setSlotTaken(null);
    setPaymentError(null);
    track("booking_started", { serviceId: values.serviceId });
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
      if (result.data.booking) {
        track("booking_confirmed", { bookingId: result.data.booking.id });
        router.push(`/account/bookings/${result.data.booking.id}?created=1`);
      }
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
        {slotTaken ? <SlotTakenAlert message={slotTaken.message} next={slotTaken.next} viewerZone={viewerZone} onPick={pick} /> : null}
        <SlotPicker
          slots={slots}
          viewerZone={viewerZone}
          providerTimeZone={providerTimeZone}
          selected={selected || null}
          onSelect={pick}
          noteId="timezone-note"
          whenFull="This provider's calendar is full. Please check back later or choose another provider."
        />
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
        chargeNote={chargeNote(priceLabel, slots.find((slot) => slot.start === selected), checkout.completionWindowMs)}
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
