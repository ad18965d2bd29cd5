"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useState, type FormEvent } from "react";
import {
  Badge,
  Button,
  Card,
  EmptyState,
  ErrorState,
  Field,
  LoadingState,
  PageHeader,
  StatusMessage,
  cx,
  inputClass,
} from "@/components/ui";
import { formatDate, plural } from "@/lib/format";
import { useTRPC } from "@/lib/trpc/client";
import { errorMessage, fieldError } from "@/lib/trpc/error-message";
import { ChangePasswordForm } from "./account/account-settings";

/** The tutor's start page: sign in (or sign up, if allowed), then your classes. */
export function TutorHome() {
  const trpc = useTRPC();
  const me = useQuery(trpc.auth.me.queryOptions());
  if (!me.data) return <LoadingState />;
  if (me.data.kind === "tutor" && me.data.mustChangePassword) {
    return (
      <>
        <PageHeader eyebrow={`Signed in as ${me.data.name}`} title="Choose a new password" />
        <div className="max-w-md">
          <ChangePasswordForm mustChange underPageTitle />
        </div>
      </>
    );
  }
  if (me.data.kind === "tutor") return <ClassesHome name={me.data.name} />;
  return (
    <SignInPage
      signedInAsLearner={me.data.kind === "learner" ? me.data.displayName : undefined}
      signedOut={me.data.kind === "anonymous" ? me.data.tutorSignedOut : undefined}
    />
  );
}

function SignInPage({ signedInAsLearner, signedOut }: { signedInAsLearner?: string; signedOut?: string }) {
  const trpc = useTRPC();
  const options = useQuery(trpc.auth.options.queryOptions());
  const [mode, setMode] = useState<"sign-in" | "sign-up">("sign-in");
  const signUpEnabled = options.data?.tutorSignUp === true;
  return (
    <>
      <PageHeader
        title={mode === "sign-in" ? "Tutor sign in" : "Create a tutor account"}
        description="Tutors create classes, share a join code, assign scenarios and follow their learners' progress."
      />
      {signedOut && (
        <div
          role="status"
          data-testid="tutor-signed-out"
          className="mb-4 max-w-xl rounded-lg border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950"
        >
          {signedOut}
        </div>
      )}
      {signedInAsLearner && (
        <div
          role="status"
          className="mb-4 max-w-xl rounded-lg border border-sky-200 bg-sky-50 px-4 py-3 text-sm text-sky-950"
        >
          This device is signed in as the learner <strong>{signedInAsLearner}</strong>. Signing in as a tutor
          ends that learner session here.
        </div>
      )}
      <div className="max-w-md">
        {mode === "sign-in" ? <SignInForm /> : <SignUpForm />}
        {signUpEnabled && (
          <p className="mt-4 text-sm text-slate-700">
            {mode === "sign-in" ? "New tutor? " : "Already have an account? "}
            <button
              type="button"
              className="font-semibold text-brand-700 underline"
              onClick={() => setMode(mode === "sign-in" ? "sign-up" : "sign-in")}
            >
              {mode === "sign-in" ? "Create an account" : "Sign in instead"}
            </button>
          </p>
        )}
        <p className="mt-4 text-sm text-slate-700">
          Learner?{" "}
          <Link href="/join" className="font-semibold text-brand-700 underline">
            Join your class with a code
          </Link>{" "}
          instead: no account needed.
        </p>
      </div>
    </>
  );
}

function useSessionChanged() {
  const queryClient = useQueryClient();
  return () => queryClient.resetQueries();
}

function SignInForm() {
  const trpc = useTRPC();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const sessionChanged = useSessionChanged();
  const signIn = useMutation(trpc.auth.tutorSignIn.mutationOptions({ onSuccess: sessionChanged }));
  return (
    <Card>
      <form
        className="flex flex-col gap-4"
        onSubmit={(e: FormEvent) => {
          e.preventDefault();
          signIn.mutate({ email, password });
        }}
      >
        <Field label="Email address" htmlFor="signin-email" error={fieldError(signIn.error, "email")}>
          <input
            id="signin-email"
            type="email"
            className={inputClass}
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            autoComplete="username"
            required
          />
        </Field>
        <Field label="Password" htmlFor="signin-password" error={fieldError(signIn.error, "password")}>
          <input
            id="signin-password"
            type="password"
            className={inputClass}
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            autoComplete="current-password"
            required
          />
        </Field>
        {signIn.error && !fieldError(signIn.error, "email") && !fieldError(signIn.error, "password") && (
          <p role="alert" className="text-sm font-medium text-red-700">
            {errorMessage(signIn.error)}
          </p>
        )}
        <div>
          <Button type="submit" disabled={signIn.isPending}>
            {signIn.isPending ? "Signing in…" : "Sign in"}
          </Button>
        </div>
      </form>
    </Card>
  );
}

function SignUpForm() {
  const trpc = useTRPC();
  const [name, setName] = useState("");
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const sessionChanged = useSessionChanged();
  // Sign-up never says whether the email already had an account, so the next step is signing in,
  // which only works with that account's own password.
  const signIn = useMutation(trpc.auth.tutorSignIn.mutationOptions({ onSuccess: sessionChanged }));
  const signUp = useMutation(
    trpc.auth.tutorSignUp.mutationOptions({
      onSuccess: (result) => signIn.mutate({ email: result.email, password }),
    }),
  );
  const fields = ["name", "email", "password"].map((f) => fieldError(signUp.error, f));
  return (
    <Card>
      <form
        className="flex flex-col gap-4"
        onSubmit={(e: FormEvent) => {
          e.preventDefault();
          signUp.mutate({ name, email, password });
        }}
      >
        <Field label="Your name" htmlFor="signup-name" hint="Learners see this name." error={fields[0]}>
          <input
            id="signup-name"
            className={inputClass}
            value={name}
            onChange={(e) => setName(e.target.value)}
            autoComplete="name"
            maxLength={80}
            required
          />
        </Field>
        <Field label="Email address" htmlFor="signup-email" error={fields[1]}>
          <input
            id="signup-email"
            type="email"
            className={inputClass}
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            autoComplete="email"
            required
          />
        </Field>
        <Field
          label="Password"
          htmlFor="signup-password"
          hint="At least 15 characters. Three ordinary words that do not usually go together are easy to remember and hard to guess."
          error={fields[2]}
        >
          <input
            id="signup-password"
            type="password"
            className={inputClass}
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            autoComplete="new-password"
            minLength={15}
            required
          />
        </Field>
        {signUp.error && fields.every((f) => !f) && (
          <p role="alert" className="text-sm font-medium text-red-700">
            {errorMessage(signUp.error)}
          </p>
        )}
        {signIn.error && (
          <p role="alert" className="text-sm font-medium text-red-700">
            {errorMessage(signIn.error)} If you already have an account with this email address, sign in with
            its password instead.
          </p>
        )}
        <div>
          <Button type="submit" disabled={signUp.isPending || signIn.isPending}>
            {signUp.isPending || signIn.isPending ? "Creating your account…" : "Create account"}
          </Button>
        </div>
      </form>
    </Card>
  );
}

function ClassesHome({ name }: { name: string }) {
  const trpc = useTRPC();
  const list = useQuery(trpc.classes.list.queryOptions());
  return (
    <>
      <PageHeader
        eyebrow={`Signed in as ${name}`}
        title="Your classes"
        description="Create a class, show its join code to your learners, then assign scenarios."
        actions={
          <Link href="/tutor/account" className="text-sm font-semibold text-brand-700 underline">
            Your account: password and sign-out
          </Link>
        }
      />
      <div className="flex flex-col gap-6">
        <CreateClassForm />
        {list.isPending ? (
          <LoadingState label="Loading your classes…" />
        ) : list.isError ? (
          <ErrorState
            error={{ message: errorMessage(list.error) ?? "Please try again." }}
            onRetry={() => void list.refetch()}
          />
        ) : (
          <>
            <Card title="Current classes">
              {list.data.active.length === 0 ? (
                <EmptyState title="No classes yet">
                  Create your first class above. Learners join it with the code it gets.
                </EmptyState>
              ) : (
                <ClassTable classes={list.data.active} />
              )}
            </Card>
            {list.data.archived.length > 0 && (
              <details className="rounded-xl border border-slate-200 bg-white shadow-sm">
                <summary className="cursor-pointer px-4 py-3 text-base font-semibold text-slate-900">
                  Archived classes ({list.data.archived.length})
                </summary>
                <div className="border-t border-slate-100 p-4">
                  <ClassTable classes={list.data.archived} archived />
                </div>
              </details>
            )}
          </>
        )}
      </div>
    </>
  );
}

type ClassRow = {
  id: number;
  name: string;
  joinCodeDisplay: string | null;
  joinOpen: boolean;
  learnerCount: number;
  assignmentCount: number;
  createdAt: Date;
  archivedAt: Date | null;
};

function ClassTable({ classes, archived = false }: { classes: ClassRow[]; archived?: boolean }) {
  return (
    // Room inside the scroll box for the focus ring (3 px, 2 px out): the class names run along its left
    // edge, and a box that scrolls clips what sticks out of it, so the ring was cut off there (WCAG 2.4.7).
    // Positioned, so the hidden caption (sr-only is absolutely placed) stays inside the scroll box.
    <div className="relative -mx-2 overflow-x-auto px-2">
      <table className="w-full text-left text-sm">
        {/* A table's name is what a screen reader says on reaching it and lists it by (WCAG 1.3.1, 4.1.2). */}
        <caption className="sr-only">{archived ? "Archived classes" : "Current classes"}</caption>
        <thead className="text-xs uppercase tracking-wide text-slate-600">
          <tr>
            <th scope="col" className="py-2 pr-4 font-medium">
              Class
            </th>
            <th scope="col" className="py-2 pr-4 font-medium">
              Join code
            </th>
            <th scope="col" className="py-2 pr-4 font-medium">
              Learners
            </th>
            <th scope="col" className="py-2 pr-4 font-medium">
              Assigned
            </th>
            <th scope="col" className="py-2 font-medium">
              {archived ? "Archived" : "Created"}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {classes.map((c) => (
            <tr key={c.id}>
              <td className="py-2 pr-4">
                <Link
                  href={`/tutor/classes/${c.id}`}
                  className="font-semibold text-brand-700 underline-offset-2 hover:underline"
                >
                  {c.name}
                </Link>
              </td>
              <td className="py-2 pr-4">
                {archived ? (
                  <span className="text-slate-600">–</span>
                ) : (
                  <span className="flex items-center gap-2">
                    <span className="font-mono font-semibold tracking-widest">{c.joinCodeDisplay}</span>
                    {!c.joinOpen && <Badge tone="amber">Closed</Badge>}
                  </span>
                )}
              </td>
              <td className="py-2 pr-4">{c.learnerCount}</td>
              <td className="py-2 pr-4">{plural(c.assignmentCount, "scenario")}</td>
              <td className="py-2 text-slate-700">{formatDate(c.archivedAt ?? c.createdAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function CreateClassForm() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [name, setName] = useState("");
  const create = useMutation(
    trpc.classes.create.mutationOptions({
      onSuccess: async () => {
        setName("");
        await queryClient.invalidateQueries({ queryKey: trpc.classes.list.queryKey() });
      },
    }),
  );
  return (
    <Card title="Create a class">
      <form
        className="flex flex-wrap items-end gap-3"
        onSubmit={(e: FormEvent) => {
          e.preventDefault();
          create.mutate({ name });
        }}
      >
        <div className="min-w-[min(16rem,100%)] flex-1">
          <Field
            label="Class name"
            htmlFor="new-class-name"
            hint="For example: Level 3 Customer Service, Tuesday"
            error={errorMessage(create.error)}
          >
            <input
              id="new-class-name"
              className={cx(inputClass)}
              value={name}
              onChange={(e) => setName(e.target.value)}
              maxLength={80}
              required
            />
          </Field>
        </div>
        <Button type="submit" disabled={create.isPending} className="mb-5">
          {create.isPending ? "Creating…" : "Create class"}
        </Button>
      </form>
      {/* In a live region that is always there, so "Created …" is announced (WCAG 4.1.3). */}
      <StatusMessage className="mt-2 text-sm text-emerald-800" testId="class-created">
        {create.isSuccess ? (
          <>
            Created {create.data.name}. Its join code is{" "}
            <span className="font-mono font-semibold">{create.data.joinCodeDisplay}</span>.{" "}
            <Link href={`/tutor/classes/${create.data.id}`} className="font-semibold underline">
              Open the class
            </Link>
          </>
        ) : null}
      </StatusMessage>
    </Card>
  );
}
