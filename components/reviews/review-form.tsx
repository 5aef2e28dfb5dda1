"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Controller, useForm, useWatch, type Path, type Resolver } from "react-hook-form";
import type { z } from "zod";
import { REVIEW_TEXT_MAX, ReviewOfProviderForm, SubmitReviewInput } from "@/lib/reviews/schemas";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { describedBy, Field } from "@/components/ui/field";
import { Textarea } from "@/components/ui/input";
import { submitReviewAction } from "./actions";
import { StarRatingInput } from "./star-rating-input";
import { toast } from "sonner";

type FormInput = z.input<typeof SubmitReviewInput>;
type FormOutput = z.output<typeof SubmitReviewInput>;

const SUB_RATINGS = [
  ["quality", "Quality of work"],
  ["punctuality", "Punctuality"],
  ["communication", "Communication"],
  ["value", "Value for money"],
] as const;

/**
 * The review form for either side. A customer reviewing a provider also rates quality,
 * punctuality, communication and value; the same zod schemas check it here and on the server.
 */
export function ReviewForm({
  target,
  reviewsProvider,
  counterpartName,
}: {
  /** The completed booking or bounty reviewed. */
  target: { kind: "booking" | "bounty"; id: string };
  reviewsProvider: boolean;
  counterpartName: string;
}) {
  const router = useRouter();
  const schema = reviewsProvider ? ReviewOfProviderForm : SubmitReviewInput;
  const { register, handleSubmit, control, setError, formState } = useForm<FormInput, unknown, FormOutput>({
    resolver: zodResolver(schema) as Resolver<FormInput, unknown, FormOutput>,
    defaultValues: { ...(target.kind === "booking" ? { bookingId: target.id } : { bountyId: target.id }), text: "", wouldRecommend: true },
  });
  const [failure, setFailure] = useState<string | null>(null);
  const { errors } = formState;
  const textLength = (useWatch({ control, name: "text" }) ?? "").length;

  const onSubmit = handleSubmit(async (input) => {
    setFailure(null);
    const result = await submitReviewAction(input);
    if (result.ok) {
      toast.success("Thanks! Your review is submitted.");
      router.refresh();
      return;
    }
    const fields = (result.error.details as { fields?: Record<string, string[]> } | undefined)?.fields ?? {};
    for (const [key, messages] of Object.entries(fields)) setError(key as Path<FormInput>, { type: "server", message: messages[0] });
    setFailure(Object.keys(fields).length ? "Some answers need fixing: see the messages above." : result.error.message);
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Write a review" className="space-y-5" data-testid="review-form">
      <Controller
        control={control}
        name="rating"
        render={({ field }) => <StarRatingInput name="rating" legend="Overall" value={field.value} onChange={field.onChange} onBlur={field.onBlur} error={errors.rating?.message} />}
      />
      {reviewsProvider ? (
        <div className="grid gap-4 sm:grid-cols-2">
          {SUB_RATINGS.map(([key, legend]) => (
            <Controller
              key={key}
              control={control}
              name={key}
              render={({ field }) => (
                <StarRatingInput name={key} legend={legend} size="sm" value={field.value} onChange={field.onChange} onBlur={field.onBlur} error={errors[key]?.message} />
              )}
            />
          ))}
        </div>
      ) : null}
      <Field id="review-text" label="Your review (optional)" hint={`${textLength} / ${REVIEW_TEXT_MAX} characters`} error={errors.text?.message}>
        <Textarea
          id="review-text"
          rows={4}
          maxLength={REVIEW_TEXT_MAX}
          invalid={Boolean(errors.text)}
          aria-describedby={describedBy("review-text", { error: errors.text?.message, hint: true })}
          {...register("text")}
        />
      </Field>
      <label className="flex items-center gap-3 text-sm text-stone-800">
        <input type="checkbox" className="size-4 accent-brand-600" {...register("wouldRecommend")} />I would recommend {counterpartName}
      </label>
      {failure ? (
        <Alert tone="error" data-testid="review-error">
          {failure}
        </Alert>
      ) : null}
      <Button type="submit" pending={formState.isSubmitting}>
        Submit review
      </Button>
    </form>
  );
}
