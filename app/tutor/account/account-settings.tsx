"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Button, Card, Field, LoadingState, PageHeader, StatusMessage, inputClass } from "@/components/ui";
import { useTRPC } from "@/lib/trpc/client";
import { errorMessage, fieldError } from "@/lib/trpc/error-message";

/** The tutor's account: change the password, or sign out on every device. */
export function AccountSettings() {
  const trpc = useTRPC();
  const me = useQuery(trpc.auth.me.queryOptions());
  if (!me.data) return <LoadingState />;
  if (me.data.kind !== "tutor") {
    return (
      <>
        <PageHeader title="Your tutor account" />
        <p className="text-slate-800">
          <Link href="/tutor" className="font-semibold text-brand-700 underline">
            Sign in as a tutor
          </Link>{" "}
          to change your password.
        </p>
      </>
    );
  }
  return (
    <>
      <PageHeader
        eyebrow={`Signed in as ${me.data.name}`}
        title="Your tutor account"
        description={me.data.email}
      />
      <div className="flex max-w-md flex-col gap-6">
        <ChangePasswordForm mustChange={me.data.mustChangePassword} />
        <SignOutEverywhere />
        <p className="text-sm text-slate-700">
          <Link href="/tutor" className="font-semibold text-brand-700 underline">
            Back to your classes
          </Link>
        </p>
      </div>
    </>
  );
}

/** Which field a message from the server is about: the current password, the new one, or neither. */
function passwordField(message: string): "current" | "new" | undefined {
  if (/^Your current password/.test(message)) return "current";
  if (/^(Use at least|Passwords can be|Choose a new password)/.test(message)) return "new";
  return undefined;
}

/**
 * Current password, new password twice. After a change every other device is signed out; this one
 * stays signed in. Also shown on the tutor home page while the demo account has the published password.
 */
export function ChangePasswordForm({
  mustChange,
  underPageTitle = false,
}: {
  mustChange: boolean;
  /** The page's own heading already names the form ("Choose a new password"): the card has none of its own. */
  underPageTitle?: boolean;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [current, setCurrent] = useState("");
  const [next, setNext] = useState("");
  const [repeat, setRepeat] = useState("");
  const [mismatch, setMismatch] = useState(false);
  const [done, setDone] = useState<string>();
  const change = useMutation(
    trpc.auth.changePassword.mutationOptions({
      onSuccess: async (result) => {
        setCurrent("");
        setNext("");
        setRepeat("");
        setDone(
          result.otherSessionsEnded > 0
            ? `Your password has been changed. ${result.otherSessionsEnded === 1 ? "1 other device was" : `${result.otherSessionsEnded} other devices were`} signed out.`
            : "Your password has been changed.",
        );
        await queryClient.invalidateQueries();
      },
    }),
  );
  // The server's messages are shown beside the field they are about, which is marked invalid (WCAG 3.3.1).
  const message = errorMessage(change.error);
  const about = message ? passwordField(message) : undefined;
  const currentError =
    fieldError(change.error, "currentPassword") ?? (about === "current" ? message : undefined);
  const newError = mismatch
    ? undefined
    : (fieldError(change.error, "newPassword") ?? (about === "new" ? message : undefined));
  return (
    <Card title={underPageTitle ? undefined : mustChange ? "Choose a new password" : "Change your password"}>
      {mustChange && (
        <p className="mb-4 text-sm text-slate-800">
          This account still has the demo password that is published with the app, so anyone could sign in
          with it. Choose a password of your own to continue.
        </p>
      )}
      <form
        className="flex flex-col gap-4"
        onSubmit={(e: FormEvent) => {
          e.preventDefault();
          setDone(undefined);
          if (next !== repeat) {
            setMismatch(true);
            return;
          }
          setMismatch(false);
          change.mutate({ currentPassword: current, newPassword: next });
        }}
      >
        <Field label="Current password" htmlFor="current-password" error={currentError}>
          <input
            id="current-password"
            type="password"
            className={inputClass}
            value={current}
            onChange={(e) => setCurrent(e.target.value)}
            autoComplete="current-password"
            required
          />
        </Field>
        <Field
          label="New password"
          htmlFor="new-password"
          hint="At least 15 characters. Three ordinary words that do not usually go together are easy to remember and hard to guess."
          error={newError}
        >
          <input
            id="new-password"
            type="password"
            className={inputClass}
            value={next}
            onChange={(e) => setNext(e.target.value)}
            autoComplete="new-password"
            minLength={15}
            required
          />
        </Field>
        <Field
          label="New password again"
          htmlFor="repeat-password"
          error={mismatch ? "The two new passwords are not the same." : undefined}
        >
          <input
            id="repeat-password"
            type="password"
            className={inputClass}
            value={repeat}
            onChange={(e) => setRepeat(e.target.value)}
            autoComplete="new-password"
            required
          />
        </Field>
        {change.error && !currentError && !newError && (
          <p role="alert" className="text-sm font-medium text-red-700">
            {errorMessage(change.error)}
          </p>
        )}
        <StatusMessage className="text-sm font-medium text-green-800">{done}</StatusMessage>
        <div>
          <Button type="submit" disabled={change.isPending}>
            {change.isPending ? "Changing your password…" : "Change password"}
          </Button>
        </div>
      </form>
    </Card>
  );
}

/** Ends every session of this account, this device included (e.g. after signing in on a shared computer). */
function SignOutEverywhere() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const everywhere = useMutation(
    trpc.auth.signOutEverywhere.mutationOptions({
      onSuccess: async () => {
        await queryClient.resetQueries();
        router.push("/tutor");
      },
    }),
  );
  return (
    <Card title="Sign out everywhere">
      <p className="mb-4 text-sm text-slate-800">
        Signs this account out on every computer and phone where it is signed in, this one included. Use it if
        you signed in on a shared computer and did not sign out.
      </p>
      {everywhere.error && (
        <p role="alert" className="mb-4 text-sm font-medium text-red-700">
          {errorMessage(everywhere.error)}
        </p>
      )}
      <Button
        type="button"
        variant="secondary"
        disabled={everywhere.isPending}
        onClick={() => everywhere.mutate()}
      >
        {everywhere.isPending ? "Signing out…" : "Sign out everywhere"}
      </Button>
    </Card>
  );
}
