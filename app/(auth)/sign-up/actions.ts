"use server";

import { publicAction } from "@/lib/core/action";
import { registerUser } from "@/lib/users/register-user";
import { RegisterUserInput } from "@/lib/users/schemas";
import { requestLimits } from "@/lib/adapters/request-limits";

export const registerAction = publicAction(RegisterUserInput, async (input) => {
  const me = await registerUser(input);
  return { id: me.id, role: me.role };
}, { limits: [requestLimits.signUp] });
