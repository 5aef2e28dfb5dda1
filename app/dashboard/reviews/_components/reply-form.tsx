"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { REVIEW_TEXT_MAX, ReplyToReviewInput } from "@/lib/reviews/schemas";
import { Button } from "@/components/ui/button";
import { describedBy, Field } from "@/components/ui/field";
import { Textarea } from "@/components/ui/input";
import { replyToReviewAction } from "../actions";

/** The provider's one public reply; it cannot be edited afterwards, so the button says so. */
export function ReplyForm({ reviewId }: { reviewId: string }) {
  const router = useRouter();
  const { register, handleSubmit, formState } = useForm<z.input<typeof ReplyToReviewInput>, unknown, z.output<typeof ReplyToReviewInput>>({
    resolver: zodResolver(ReplyToReviewInput),
    defaultValues: { reviewId, reply: "" },
  });
  const [failure, setFailure] = useState<string | null>(null);
  const id = `reply-${reviewId}`;
  const error = formState.errors.reply?.message ?? failure ?? undefined;

  const onSubmit = handleSubmit(async (input) => {
    setFailure(null);
    const result = await replyToReviewAction(input);
    if (result.ok) router.refresh();
    else setFailure((result.error.details as { fields?: Record<string, string[]> } | undefined)?.fields?.reply?.[0] ?? result.error.message);
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-2 border-t border-stone-200 pt-3" aria-label="Reply to this review" data-testid="reply-form">
      <Field id={id} label="Public reply" hint="Shown under the review on your profile. You can reply once." error={error}>
        <Textarea id={id} rows={3} maxLength={REVIEW_TEXT_MAX} invalid={Boolean(error)} aria-describedby={describedBy(id, { error, hint: true })} {...register("reply")} />
      </Field>
      <Button type="submit" size="sm" pending={formState.isSubmitting}>
        Post reply
      </Button>
    </form>
  );
}
