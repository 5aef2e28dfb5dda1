"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm, type DefaultValues, type FieldValues, type Path } from "react-hook-form";
import type { z } from "zod";
import type { ActionResult } from "@/lib/core/action";
import { fieldMessages } from "@/components/account/post-json";

/**
 * One settings section's form: the shared zod schema, a server action, field errors from a 422
 * on the right inputs and any other error as a message.
 */
export function useSettingsForm<S extends z.ZodType<FieldValues, FieldValues>, T>(
  schema: S,
  action: (input: z.input<S>) => Promise<ActionResult<T>>,
  defaultValues: DefaultValues<z.input<S>>,
  onSuccess: (data: T, input: z.output<S>) => Promise<string | void> | string | void,
  { resetOnSuccess = false }: { resetOnSuccess?: boolean } = {},
) {
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const form = useForm<z.input<S>, unknown, z.output<S>>({ resolver: zodResolver(schema as never), defaultValues });
  const onSubmit = form.handleSubmit(async (input) => {
    setMessage(null);
    const result = await action(input as z.input<S>);
    if (!result.ok) {
      const fields = fieldMessages(result.error.details);
      for (const [name, text] of Object.entries(fields)) form.setError(name as Path<z.input<S>>, { message: text });
      if (Object.keys(fields).length === 0 || result.error.code !== "VALIDATION_FAILED") setMessage({ tone: "error", text: result.error.message });
      return;
    }
    const text = await onSuccess(result.data, input);
    // Secrets and one-off values do not stay in the fields once used.
    if (resetOnSuccess) form.reset(defaultValues);
    if (text) setMessage({ tone: "success", text });
  });
  return { form, onSubmit, message };
}
