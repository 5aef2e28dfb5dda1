"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/core/action";
import { ChangeEmailInput, ChangePasswordInput, DeleteAccountInput, UpdateProfileInput } from "@/lib/users/schemas";
import { updateProfile } from "@/lib/users/update-profile";
import { changeEmail } from "@/lib/users/change-email";
import { changePassword } from "@/lib/users/change-password";
import { deleteAccount } from "@/lib/users/delete-account";
import { resendVerification } from "@/lib/users/resend-verification";
import { z } from "zod";

export const updateProfileAction = authedAction(UpdateProfileInput, async (input, { actor }) => {
  const me = await updateProfile({ ...input, actor });
  revalidatePath("/", "layout");
  return me;
});

export const changeEmailAction = authedAction(ChangeEmailInput, async (input, { actor }) => {
  const result = await changeEmail({ ...input, actor });
  revalidatePath("/account/settings");
  return result;
});

/** Ends every session, this one too: the form signs in again with the new password. */
export const changePasswordAction = authedAction(ChangePasswordInput, async (input, { actor }) => {
  await changePassword({ ...input, actor });
  return null;
});

export const resendVerificationAction = authedAction(z.object({}), async (_input, { actor }) => resendVerification({ actor }));

export const deleteAccountAction = authedAction(DeleteAccountInput, async (input, { actor }) => deleteAccount({ ...input, actor }));
