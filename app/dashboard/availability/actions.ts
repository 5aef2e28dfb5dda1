"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/core/action";
import { DateOverrideInput, OverrideDateInput, WeeklyHoursInput } from "@/lib/availability/schemas";
import { removeDateOverride } from "@/lib/availability/remove-date-override";
import { setDateOverride } from "@/lib/availability/set-date-override";
import { setWeeklyHours } from "@/lib/availability/set-weekly-hours";

export const saveWeeklyHoursAction = authedAction(WeeklyHoursInput, async (input, { actor }) => {
  const saved = await setWeeklyHours({ ...input, actor });
  revalidatePath("/dashboard/availability");
  return saved;
});

export const setDateOverrideAction = authedAction(DateOverrideInput, async (input, { actor }) => {
  const override = await setDateOverride({ ...input, actor });
  revalidatePath("/dashboard/availability");
  return override;
});

export const removeDateOverrideAction = authedAction(OverrideDateInput, async (input, { actor }) => {
  const removed = await removeDateOverride({ ...input, actor });
  revalidatePath("/dashboard/availability");
  return removed;
});
