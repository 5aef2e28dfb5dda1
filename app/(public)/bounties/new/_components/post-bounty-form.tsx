"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { DateTime } from "luxon";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { track } from "@/components/analytics/analytics";
import { Controller, useForm, useWatch } from "react-hook-form";
import type { z } from "zod";
import { MAX_BOUNTY_PHOTOS, PostBountyInput } from "@/lib/bounties/schemas";
import { CURRENCIES, toMinorUnits } from "@/components/bounties/money-input";
import { PhotoUploader, type UploadedPhoto } from "@/components/bounties/photo-uploader";
import { SkillsInput } from "@/components/bounties/skills-input";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { describedBy, Field, FieldError } from "@/components/ui/field";
import { Input, NativeSelect, Textarea } from "@/components/ui/input";
import { Select, type SelectOption } from "@/components/ui/select";
import { postBountyAction } from "../../actions";
import { MapAreaPicker } from "./map-area-picker";

type FormInput = z.input<typeof PostBountyInput>;
type FormOutput = z.output<typeof PostBountyInput>;
type FieldName = keyof FormInput;
const FIELDS: FieldName[] = ["title", "description", "budgetAmount", "currency", "categorySlug", "isRemote", "addressLine", "lat", "lng", "skills", "dueAt", "verifiedOnly", "photoKeys"];

/** The end of a calendar day in the viewer's zone: "due Friday" means by Friday night where they are. */
function endOfDay(date: string): string {
  return DateTime.fromISO(date).endOf("day").set({ millisecond: 0 }).toUTC().toISO() ?? "";
}

const inAWeek = () => DateTime.now().plus({ days: 7 }).toISODate() ?? "";

export function PostBountyForm({ categories }: { categories: SelectOption[] }) {
  const router = useRouter();
  const [budgetText, setBudgetText] = useState("");
  const [dueDate, setDueDate] = useState(inAWeek);
  const [photos, setPhotos] = useState<UploadedPhoto[]>([]);
  const [uploading, setUploading] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);

  const {
    register,
    handleSubmit,
    setValue,
    setError,
    control,
    formState: { errors, isSubmitting },
  } = useForm<FormInput, unknown, FormOutput>({
    resolver: zodResolver(PostBountyInput),
    defaultValues: {
      title: "",
      description: "",
      budgetAmount: Number.NaN,
      currency: "USD",
      categorySlug: "",
      isRemote: false,
      addressLine: "",
      skills: [],
      dueAt: endOfDay(inAWeek()),
      verifiedOnly: false,
      photoKeys: [],
    },
  });
  const [isRemote, budgetAmount, currency] = useWatch({ control, name: ["isRemote", "budgetAmount", "currency"] });
  const forHonor = budgetAmount === 0;

  function setBudget(text: string, inCurrency = currency ?? "USD") {
    setBudgetText(text);
    setValue("budgetAmount", toMinorUnits(text, inCurrency) ?? Number.NaN, { shouldValidate: Boolean(errors.budgetAmount) });
  }

  function setCoordinates(coords: { lat: number; lng: number } | null) {
    setValue("lat", coords?.lat);
    setValue("lng", coords?.lng);
  }

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const result = await postBountyAction({ ...values, addressLine: values.isRemote ? undefined : values.addressLine });
    if (result.ok) {
      track("bounty_posted", { bountyId: result.data.bountyId });
      router.push(`/bounties/${result.data.bountyId}?posted=1`);
      return;
    }
    const { code, message, details } = result.error;
    if (code === "UNAUTHENTICATED") {
      router.push(`/sign-in?callbackUrl=${encodeURIComponent("/bounties/new")}`);
      return;
    }
    let shown = false;
    for (const [path, messages] of Object.entries((details as { fields?: Record<string, string[]> } | undefined)?.fields ?? {})) {
      const name = path.split(".")[0] as FieldName;
      if (FIELDS.includes(name)) {
        setError(name, { type: "server", message: messages[0] });
        shown = true;
      }
    }
    if (!shown) setFormError(message);
  });

  const budgetError = errors.budgetAmount ? (Number.isNaN(budgetAmount) ? "Enter a budget, or choose “For honor”" : errors.budgetAmount.message) : undefined;
  const locationError = errors.lat?.message ?? errors.lng?.message;
  // A bad tag reports at skills.<n>: show the first one under the field.
  const skillsError = errors.skills?.message ?? (Array.isArray(errors.skills) ? errors.skills.find(Boolean)?.message : undefined);

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-8" aria-label="Post a bounty">
      <fieldset className="min-w-0 space-y-5">
        <legend className="text-lg font-semibold text-stone-900">The job</legend>
        <Field id="title" label="Title" hint="10–200 characters, e.g. “Regrout a small bathroom”." error={errors.title?.message}>
          <Input id="title" invalid={Boolean(errors.title)} aria-describedby={describedBy("title", { error: errors.title?.message, hint: true })} {...register("title")} />
        </Field>
        <Field id="description" label="Description" hint="At least 50 characters: what needs doing, sizes, materials, access." error={errors.description?.message}>
          <Textarea
            id="description"
            rows={6}
            invalid={Boolean(errors.description)}
            aria-describedby={describedBy("description", { error: errors.description?.message, hint: true })}
            {...register("description")}
          />
        </Field>
        <div className="space-y-1.5">
          <span id="category-label" className="block text-sm font-medium text-stone-800">
            Category
          </span>
          <Controller
            control={control}
            name="categorySlug"
            render={({ field }) => (
              <Select id="categorySlug" aria-labelledby="category-label" value={field.value || undefined} onValueChange={field.onChange} options={categories} placeholder="Pick a category" />
            )}
          />
          <FieldError id="categorySlug-error" message={errors.categorySlug?.message} />
        </div>
        <Field id="skills" label="Skills (optional)" hint="Press Enter after each one. Up to 10." error={skillsError}>
          <Controller
            control={control}
            name="skills"
            render={({ field }) => (
              <SkillsInput id="skills" value={field.value ?? []} onChange={field.onChange} invalid={Boolean(skillsError)} describedBy="skills-hint" />
            )}
          />
        </Field>
      </fieldset>

      <fieldset className="min-w-0 space-y-5">
        <legend className="text-lg font-semibold text-stone-900">Budget</legend>
        <label className="flex items-center gap-2 text-sm text-stone-800">
          <input
            type="checkbox"
            className="size-4 rounded border-stone-300"
            checked={forHonor}
            onChange={(e) => (e.target.checked ? setValue("budgetAmount", 0, { shouldValidate: true }) : setBudget(budgetText))}
            data-testid="for-honor"
          />
          For honor (no payment)
        </label>
        {forHonor ? (
          <p className="text-sm text-stone-600">No money changes hands: providers help for the thanks and the review.</p>
        ) : (
          <div className="grid gap-4 sm:grid-cols-[1fr_8rem]">
            <Field id="budget" label="Budget" hint="What you are willing to pay in total. It is held in escrow when you accept an offer." error={budgetError}>
              <Input
                id="budget"
                inputMode="decimal"
                placeholder="150"
                value={budgetText}
                onChange={(e) => setBudget(e.target.value)}
                invalid={Boolean(budgetError)}
                aria-describedby={describedBy("budget", { error: budgetError, hint: true })}
              />
            </Field>
            <Field id="currency" label="Currency" error={errors.currency?.message}>
              <NativeSelect id="currency" {...register("currency", { onChange: (e) => setBudget(budgetText, e.target.value) })}>
                {CURRENCIES.map((c) => (
                  <option key={c} value={c}>
                    {c}
                  </option>
                ))}
              </NativeSelect>
            </Field>
          </div>
        )}
      </fieldset>

      <fieldset className="min-w-0 space-y-5">
        <legend className="text-lg font-semibold text-stone-900">Where and when</legend>
        <label className="flex items-center gap-2 text-sm text-stone-800">
          <input type="checkbox" className="size-4 rounded border-stone-300" {...register("isRemote")} data-testid="is-remote" />
          This can be done remotely
        </label>
        {isRemote ? null : (
          <>
            <Field id="addressLine" label="Address" hint="Only the provider you hire sees the street address; the board shows the area." error={errors.addressLine?.message}>
              <Input
                id="addressLine"
                autoComplete="street-address"
                invalid={Boolean(errors.addressLine)}
                aria-describedby={describedBy("addressLine", { error: errors.addressLine?.message, hint: true })}
                {...register("addressLine")}
              />
            </Field>
            <MapAreaPicker onChange={setCoordinates} error={locationError} />
          </>
        )}
        <Field id="dueAt" label="Due date" hint="Open bounties expire after this day; you get a reminder first." error={errors.dueAt?.message}>
          <Input
            id="dueAt"
            type="date"
            min={DateTime.now().toISODate() ?? undefined}
            value={dueDate}
            onChange={(e) => {
              setDueDate(e.target.value);
              setValue("dueAt", e.target.value ? endOfDay(e.target.value) : "", { shouldValidate: Boolean(errors.dueAt) });
            }}
            invalid={Boolean(errors.dueAt)}
            aria-describedby={describedBy("dueAt", { error: errors.dueAt?.message, hint: true })}
          />
        </Field>
        <label className="flex items-center gap-2 text-sm text-stone-800">
          <input type="checkbox" className="size-4 rounded border-stone-300" {...register("verifiedOnly")} />
          Only verified providers may make offers
        </label>
      </fieldset>

      <fieldset className="min-w-0 space-y-3">
        <legend className="text-lg font-semibold text-stone-900">Photos (optional)</legend>
        <p id="photos-hint" className="text-sm text-stone-600">
          Up to {MAX_BOUNTY_PHOTOS} photos (JPEG, PNG, WebP or GIF, 8 MB each).
        </p>
        <PhotoUploader
          id="photos"
          value={photos}
          max={MAX_BOUNTY_PHOTOS}
          describedBy="photos-hint"
          onBusyChange={setUploading}
          onChange={(next) => {
            setPhotos(next);
            setValue("photoKeys", next.map((p) => p.key), { shouldValidate: Boolean(errors.photoKeys) });
          }}
        />
        <FieldError id="photoKeys-error" message={errors.photoKeys?.message} />
      </fieldset>

      {formError ? (
        <Alert tone="error" data-testid="form-error">
          {formError}
        </Alert>
      ) : null}

      <div className="flex flex-wrap items-center gap-4">
        <Button type="submit" size="lg" pending={isSubmitting} disabled={uploading} data-testid="post-bounty">
          Post bounty
        </Button>
        {uploading ? <p className="text-sm text-stone-500">Waiting for the photos to finish uploading…</p> : null}
      </div>
    </form>
  );
}
