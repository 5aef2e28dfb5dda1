"use client";

import { signIn, signOut } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { ChangeEmailInput, ChangePasswordInput, DeleteAccountInput, UpdateProfileInput } from "@/lib/users/schemas";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { describedBy, Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { changeEmailAction, changePasswordAction, deleteAccountAction, resendVerificationAction, updateProfileAction } from "../actions";
import { useSettingsForm } from "./use-settings-form";

function Message({ message }: { message: { tone: "success" | "error"; text: string } | null }) {
  return message ? (
    <Alert tone={message.tone} data-testid="settings-message">
      {message.text}
    </Alert>
  ) : null;
}

function TextField({ id, label, type = "text", error, autoComplete, registration }: { id: string; label: string; type?: string; error?: string; autoComplete?: string; registration: object }) {
  return (
    <Field id={id} label={label} error={error}>
      <Input id={id} type={type} autoComplete={autoComplete} invalid={Boolean(error)} aria-describedby={describedBy(id, { error })} {...registration} />
    </Field>
  );
}

export function NameForm({ name }: { name: string }) {
  const router = useRouter();
  const { form, onSubmit, message } = useSettingsForm(UpdateProfileInput, updateProfileAction, { name }, () => {
    router.refresh();
    return "Your name is saved.";
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Name">
      <Message message={message} />
      <TextField id="name" label="Name" autoComplete="name" error={form.formState.errors.name?.message} registration={form.register("name")} />
      <Button type="submit" size="sm" pending={form.formState.isSubmitting}>
        Save name
      </Button>
    </form>
  );
}

export function EmailForm() {
  const router = useRouter();
  const { form, onSubmit, message } = useSettingsForm(ChangeEmailInput, changeEmailAction, { email: "", currentPassword: "" }, ({ pendingEmail }) => {
    router.refresh();
    return `We sent a link to ${pendingEmail}. Your current email stays in use until you follow it.`;
  }, { resetOnSuccess: true });
  const errors = form.formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Change email">
      <Message message={message} />
      <TextField id="new-email" label="New email" type="email" autoComplete="email" error={errors.email?.message} registration={form.register("email")} />
      <TextField id="email-current-password" label="Current password" type="password" autoComplete="current-password" error={errors.currentPassword?.message} registration={form.register("currentPassword")} />
      <Button type="submit" size="sm" pending={form.formState.isSubmitting}>
        Change email
      </Button>
    </form>
  );
}

export function ResendVerificationButton() {
  const [state, setState] = useState<{ pending: boolean; text?: string; tone?: "success" | "error" }>({ pending: false });
  async function resend() {
    setState({ pending: true });
    const result = await resendVerificationAction({});
    setState(result.ok ? { pending: false, tone: "success", text: `We sent a new link to ${result.data.email}.` } : { pending: false, tone: "error", text: result.error.message });
  }
  return (
    <div className="space-y-2">
      {state.text ? <Alert tone={state.tone}>{state.text}</Alert> : null}
      <Button type="button" size="sm" variant="secondary" pending={state.pending} onClick={resend}>
        Resend verification email
      </Button>
    </div>
  );
}

export function PasswordForm({ email }: { email: string }) {
  const router = useRouter();
  const { form, onSubmit, message } = useSettingsForm(ChangePasswordInput, changePasswordAction, { currentPassword: "", newPassword: "" }, async (_data, input) => {
    // The change ended every session, this one included: sign this device in again.
    await signIn("credentials", { email, password: input.newPassword, redirect: false });
    router.refresh();
    return "Your password is changed. Other devices were signed out.";
  }, { resetOnSuccess: true });
  const errors = form.formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Change password">
      <Message message={message} />
      <TextField id="current-password" label="Current password" type="password" autoComplete="current-password" error={errors.currentPassword?.message} registration={form.register("currentPassword")} />
      <TextField id="new-password" label="New password" type="password" autoComplete="new-password" error={errors.newPassword?.message} registration={form.register("newPassword")} />
      <Button type="submit" size="sm" pending={form.formState.isSubmitting}>
        Change password
      </Button>
    </form>
  );
}

export function DeleteAccountForm() {
  const { form, onSubmit, message } = useSettingsForm(DeleteAccountInput, deleteAccountAction, { password: "" }, async () => {
    await signOut({ callbackUrl: "/" });
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Delete account">
      <Message message={message} />
      <p className="text-sm text-stone-600">
        Your name and email are removed and you can no longer sign in. Bookings, payments and reviews stay on record under &ldquo;Deleted user&rdquo;, so the
        people you dealt with and our accounts stay consistent; upcoming bookings are not cancelled by this.
      </p>
      <TextField id="delete-password" label="Password" type="password" autoComplete="current-password" error={form.formState.errors.password?.message} registration={form.register("password")} />
      <Button type="submit" size="sm" variant="danger" pending={form.formState.isSubmitting}>
        Delete my account
      </Button>
    </form>
  );
}
