"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { ChangeUserRoleInput } from "@/lib/users/admin/schemas";
import { applyFieldErrors } from "@/components/bounties/action-errors";
import { Button } from "@/components/ui/button";
import { describedBy, Field } from "@/components/ui/field";
import { NativeSelect, Textarea } from "@/components/ui/input";
import { changeUserRoleAction } from "../../actions";

type FormInput = z.input<typeof ChangeUserRoleInput>;
type FormOutput = z.output<typeof ChangeUserRoleInput>;

/** Super admins only: customer ↔ admin, with a reason for the audit log. */
export function RoleForm({ userId, role }: { userId: string; role: "CUSTOMER" | "PROVIDER" | "ADMIN" }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const form = useForm<FormInput, unknown, FormOutput>({
    resolver: zodResolver(ChangeUserRoleInput),
    defaultValues: { userId, role: role === "ADMIN" ? "CUSTOMER" : "ADMIN", reason: "" },
  });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setError(null);
    const result = await changeUserRoleAction(values);
    if (result.ok) {
      form.reset({ userId, role: result.data.role === "ADMIN" ? "CUSTOMER" : "ADMIN", reason: "" });
      router.refresh();
    } else if (!applyFieldErrors(result.error, ["role", "reason"] as const, form.setError)) setError(result.error.message);
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label="Change the role" data-testid="role-form">
      <Field id="new-role" label="New role" error={errors.role?.message}>
        <NativeSelect id="new-role" invalid={Boolean(errors.role)} aria-describedby={describedBy("new-role", { error: errors.role?.message })} {...form.register("role")}>
          <option value="CUSTOMER">Customer</option>
          <option value="ADMIN">Admin</option>
        </NativeSelect>
      </Field>
      <Field id="role-reason" label="Why?" hint="Kept in the audit log with your name." error={errors.reason?.message}>
        <Textarea
          id="role-reason"
          rows={2}
          maxLength={500}
          invalid={Boolean(errors.reason)}
          aria-describedby={describedBy("role-reason", { error: errors.reason?.message, hint: true })}
          {...form.register("reason")}
        />
      </Field>
      <Button type="submit" variant="secondary" pending={isSubmitting} data-testid="change-role">
        Change role
      </Button>
      {error ? (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </form>
  );
}
