"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/core/action";
import { rotateCalendarToken } from "@/lib/calendar/rotate-calendar-token";
import { RotateCalendarTokenInput } from "@/lib/calendar/schemas";

export const rotateCalendarTokenAction = authedAction(RotateCalendarTokenInput, async (_input, { actor }) => {
  const link = await rotateCalendarToken({ actor });
  revalidatePath("/dashboard/calendar");
  return link;
});
