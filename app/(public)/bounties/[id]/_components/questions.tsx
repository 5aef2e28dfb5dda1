"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import type { QuestionDto } from "@/lib/bounties/dto";
import { AnswerQuestionInput, AskQuestionInput } from "@/lib/bounties/schemas";
import { applyFieldErrors, bountyErrorMessage, type ShownError } from "@/components/bounties/action-errors";
import { ActionErrorText } from "@/components/bounties/action-error-text";
import { Button } from "@/components/ui/button";
import { describedBy, Field } from "@/components/ui/field";
import { Textarea } from "@/components/ui/input";
import { answerQuestionAction, askQuestionAction } from "../../actions";

/** The public Q&A: providers ask before offering, the poster answers for everyone to read. */
export function Questions({ bountyId, questions, canAsk, canAnswer }: { bountyId: string; questions: QuestionDto[]; canAsk: boolean; canAnswer: boolean }) {
  return (
    <section aria-labelledby="qa-heading" className="space-y-4">
      <h2 id="qa-heading" className="text-lg font-semibold text-stone-900">
        Questions and answers
      </h2>
      {questions.length === 0 ? <p className="text-sm text-stone-500">No questions yet.</p> : null}
      <ul className="space-y-3">
        {questions.map((q) => (
          <li key={q.id} className="rounded-lg border border-stone-200 bg-white p-4" data-testid="question">
            <p className="text-sm text-stone-900">
              <span className="font-medium">{q.author.name ?? "A provider"} asked:</span> {q.question}
            </p>
            {q.answer ? (
              <p className="mt-2 border-l-2 border-brand-300 pl-3 text-sm whitespace-pre-line text-stone-700" data-testid="answer">
                {q.answer}
              </p>
            ) : canAnswer ? (
              <AnswerForm bountyId={bountyId} questionId={q.id} />
            ) : (
              <p className="mt-2 text-xs text-stone-500">Not answered yet.</p>
            )}
          </li>
        ))}
      </ul>
      {canAsk ? <AskForm bountyId={bountyId} /> : null}
    </section>
  );
}

function AskForm({ bountyId }: { bountyId: string }) {
  const [error, setError] = useState<ShownError | null>(null);
  const form = useForm<z.input<typeof AskQuestionInput>, unknown, z.output<typeof AskQuestionInput>>({
    resolver: zodResolver(AskQuestionInput),
    defaultValues: { bountyId, question: "" },
  });
  const { errors, isSubmitting } = form.formState;
  const onSubmit = form.handleSubmit(async (values) => {
    setError(null);
    const result = await askQuestionAction(values);
    if (result.ok) return form.reset({ bountyId, question: "" });
    if (!applyFieldErrors(result.error, ["question"] as const, form.setError)) setError(bountyErrorMessage(result.error));
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label="Ask a question">
      <Field id="question" label="Ask the poster a question" hint="Everyone can read questions and answers." error={errors.question?.message}>
        <Textarea id="question" rows={2} invalid={Boolean(errors.question)} aria-describedby={describedBy("question", { error: errors.question?.message, hint: true })} {...form.register("question")} />
      </Field>
      <Button type="submit" variant="secondary" pending={isSubmitting}>
        Ask
      </Button>
      <ActionErrorText error={error} />
    </form>
  );
}

function AnswerForm({ bountyId, questionId }: { bountyId: string; questionId: string }) {
  const [error, setError] = useState<ShownError | null>(null);
  const form = useForm<z.input<typeof AnswerQuestionInput>, unknown, z.output<typeof AnswerQuestionInput>>({
    resolver: zodResolver(AnswerQuestionInput),
    defaultValues: { bountyId, questionId, answer: "" },
  });
  const { errors, isSubmitting } = form.formState;
  const id = `answer-${questionId}`;
  const onSubmit = form.handleSubmit(async (values) => {
    setError(null);
    const result = await answerQuestionAction(values);
    if (!result.ok && !applyFieldErrors(result.error, ["answer"] as const, form.setError)) setError(bountyErrorMessage(result.error));
  });
  return (
    <form onSubmit={onSubmit} noValidate className="mt-3 space-y-2" aria-label="Answer the question">
      <Field id={id} label="Your answer" error={errors.answer?.message}>
        <Textarea id={id} rows={2} invalid={Boolean(errors.answer)} aria-describedby={describedBy(id, { error: errors.answer?.message })} {...form.register("answer")} />
      </Field>
      <Button type="submit" size="sm" pending={isSubmitting}>
        Answer
      </Button>
      <ActionErrorText error={error} />
    </form>
  );
}
