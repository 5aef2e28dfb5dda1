"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/core/action";
import { offerGap } from "@/lib/waitlist/offer-gap";
import { setFillGaps } from "@/lib/waitlist/set-fill-gaps";
import { OfferGapInput, SetFillGapsInput } from "@/lib/waitlist/schemas";

export const offerGapAction = authedAction(OfferGapInput, async (input, { actor }) => {
  const result = await offerGap({ ...input, actor });
  revalidatePath("/dashboard/waitlist");
  return result;
});

export const setFillGapsAction = authedAction(SetFillGapsInput, async (input, { actor }) => {
  const result = await setFillGaps({ ...input, actor });
  revalidatePath("/dashboard/waitlist");
  return result;
});
