"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter, useSearchParams } from "next/navigation";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { AssignedWork } from "@/components/assigned-work";
import { Button, Card, Field, LoadingState, PageHeader, cx, inputClass } from "@/components/ui";
import { formatLongDate } from "@/lib/format";
import { useTRPC } from "@/lib/trpc/client";
import { errorMessage, fieldError, isNotFound } from "@/lib/trpc/error-message";

/** Join a class with its code and a display name, or practise alone; once in, your assigned work. */
export function JoinView() {
  const trpc = useTRPC();
  const me = useQuery(trpc.auth.me.queryOptions());

  if (!me.data) return <LoadingState />;

  if (me.data.kind === "tutor") {
    return (
      <>
        <PageHeader
          title="Join a class"
          description="Learners join here with the code their tutor shows them."
        />
        <Card>
          <p className="text-sm text-slate-700">
            You are signed in as a tutor ({me.data.name}). To try joining as a learner, sign out first, or
            open a private browsing window.
          </p>
          <Link href="/tutor" className="mt-3 inline-block text-sm font-semibold text-brand-700 underline">
            Back to your classes
          </Link>
        </Card>
      </>
    );
  }

  if (me.data.kind === "learner" && me.data.className) {
    return (
      <>
        <PageHeader
          // Named for a screen reader: the class's name alone, before the heading, read as a stray line.
          eyebrow={
            <>
              <span className="sr-only">Class: </span>
              {me.data.className}
            </>
          }
          title={`Welcome, ${me.data.displayName}`}
          description="Your assigned work comes first. Start a scenario, or carry on where you left off; this device remembers you."
        />
        <div className="flex flex-col gap-6">
          {/* Two classes can share a name: the tutor and the day the class was set up tell them apart. */}
          {me.data.tutorName && (
            <section aria-label="Your class" className="text-sm text-slate-700">
              <dl className="flex flex-wrap gap-x-6 gap-y-1">
                <div className="flex gap-1">
                  <dt>Tutor:</dt>
                  <dd className="font-semibold text-slate-900">{me.data.tutorName}</dd>
                </div>
                {me.data.classSetUpAt && (
                  <div className="flex gap-1">
                    <dt>Class set up:</dt>
                    <dd className="font-semibold text-slate-900">{formatLongDate(me.data.classSetUpAt)}</dd>
                  </div>
                )}
              </dl>
              <p className="mt-1">
                Not your tutor or your class? Choose Leave, then join again with the code your tutor shows.
              </p>
            </section>
          )}
          <Card title="Your assigned work">
            <AssignedWork headingLevel={3} />
          </Card>
          <p className="text-sm text-slate-700">
            Want more practice?{" "}
            <Link href="/scenarios" className="font-semibold text-brand-700 underline">
              Try any scenario
            </Link>
            .
          </p>
        </div>
      </>
    );
  }

  return (
    <>
      <PageHeader
        title="Join a class"
        description="Enter the code your tutor shows on the screen and the name you want your tutor to see."
      />
      {me.data.kind === "anonymous" && me.data.learnerAccessEnded && (
        <div
          role="status"
          className="mb-4 rounded-lg border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-950"
        >
          {me.data.learnerSignedOut ??
            "Your tutor has reset your access on this device, or taken you out of the class. Join again with the class code. If your tutor reset your access, use the same name as before and the reclaim code your tutor gives you to carry on with your work."}
        </div>
      )}
      {me.data.kind === "learner" && (
        <div
          role="status"
          className="mb-4 rounded-lg border border-sky-200 bg-sky-50 px-4 py-3 text-sm text-sky-950"
        >
          You are practising on your own as <strong>{me.data.displayName}</strong>. Joining a class starts
          afresh with your class.{" "}
          <Link href="/scenarios" className="font-semibold underline">
            Back to practising
          </Link>
        </div>
      )}
      {/* Two columns by the room the page has in rem, not the window's px: with 200% text a 22rem column beside the first squeezed it to a sliver under the second (WCAG 1.4.4). */}
      <div className="@container">
        <div className="grid grid-cols-1 gap-6 @[44rem]:grid-cols-[minmax(0,1fr)_minmax(0,22rem)]">
          <div className="flex flex-col gap-6">
            <JoinForm />
            {me.data.kind === "anonymous" && <PractiseAloneForm />}
          </div>
          <Card title="What we keep about you">
            <ul className="list-disc space-y-2 pl-5 text-sm text-slate-700">
              <li>
                <strong>No email address or password.</strong> Just the display name you choose: your first
                name and an initial is plenty.
              </li>
              <li>
                Which class you joined, and what you do in the scenarios, so your work can be marked and your
                tutor can see your progress.
              </li>
              <li>
                A cookie on this device remembers you, so you can come back on the same device. On another
                device, ask your tutor to reset your access, then join again with the same name and the
                reclaim code your tutor gives you.
              </li>
              <li>Your tutor can see your name and your work; other learners cannot.</li>
            </ul>
          </Card>
        </div>
      </div>
    </>
  );
}

function errorCode(error: unknown): string | undefined {
  return (error as { data?: { code?: string } } | null)?.data?.code;
}

function useAfterSignIn() {
  const queryClient = useQueryClient();
  // The session changed: every cached answer may be different now.
  return () => queryClient.resetQueries();
}

function JoinForm() {
  const trpc = useTRPC();
  const params = useSearchParams();
  const [code, setCode] = useState(() => params.get("code") ?? "");
  const [displayName, setDisplayName] = useState("");
  const [reclaimCode, setReclaimCode] = useState("");
  const afterSignIn = useAfterSignIn();
  const join = useMutation(trpc.auth.joinClass.mutationOptions({ onSuccess: afterSignIn }));
  // After a tutor's reset the server asks for the reclaim code the tutor gives the learner: the field
  // appears then (and stays), and takes the focus so a keyboard user lands on it.
  const reclaimError = fieldError(join.error, "reclaimCode");
  const [askReclaim, setAskReclaim] = useState(false);
  const reclaimRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (!reclaimError) return;
    setAskReclaim(true);
    reclaimRef.current?.focus();
  }, [reclaimError]);
  // "No class has that code" and "that class has finished" are about the code: shown (and announced) beside it.
  const codeError =
    fieldError(join.error, "code") ??
    (isNotFound(join.error) || errorCode(join.error) === "FORBIDDEN" ? errorMessage(join.error) : undefined);
  // "Someone in this class is already called …" is about the name, the one thing to change: beside the
  // name field, which is marked invalid (WCAG 3.3.1), not under the form as if the code were wrong.
  const taken = join.variables?.displayName.trim();
  const nameTaken =
    errorCode(join.error) === "CONFLICT" && taken && errorMessage(join.error)?.includes(`“${taken}”`)
      ? errorMessage(join.error)
      : undefined;
  const nameError = fieldError(join.error, "displayName") ?? nameTaken;
  // Refused by the server (a name already taken, joining closed): focus goes to the field to put right,
  // whose message is read with it, not left on the button with a keyboard user to find the way back up.
  const codeRef = useRef<HTMLInputElement>(null);
  const nameRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (codeError) codeRef.current?.focus();
    else if (nameError) nameRef.current?.focus();
  }, [codeError, nameError]);
  const otherError =
    join.error && !codeError && !nameError && !reclaimError ? errorMessage(join.error) : undefined;

  return (
    <Card title="Join with a class code">
      <form
        className="flex flex-col gap-4"
        onSubmit={(e: FormEvent) => {
          e.preventDefault();
          join.mutate({ code, displayName, ...(askReclaim ? { reclaimCode } : {}) });
        }}
      >
        <Field
          label="Class code"
          htmlFor="join-code"
          hint="Six letters and numbers, for example KX7 P2M. Capitals and spaces do not matter."
          error={codeError}
        >
          <input
            id="join-code"
            ref={codeRef}
            name="code"
            className={cx(inputClass, "max-w-xs font-mono text-lg uppercase tracking-widest")}
            value={code}
            onChange={(e) => setCode(e.target.value)}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            maxLength={20}
            required
          />
        </Field>
        <Field
          label="Your display name"
          htmlFor="join-name"
          hint="Up to 40 characters. Your tutor sees this name."
          error={nameError}
        >
          <input
            id="join-name"
            ref={nameRef}
            name="displayName"
            className={cx(inputClass, "max-w-sm")}
            value={displayName}
            onChange={(e) => setDisplayName(e.target.value)}
            autoComplete="nickname"
            maxLength={40}
            required
          />
        </Field>
        {(askReclaim || reclaimError) && (
          <Field
            label="Reclaim code from your tutor"
            htmlFor="join-reclaim"
            hint="Six letters and numbers. Your tutor gets it when they reset your access; it works once."
            error={reclaimError}
          >
            <input
              id="join-reclaim"
              ref={reclaimRef}
              name="reclaimCode"
              className={cx(inputClass, "max-w-xs font-mono text-lg uppercase tracking-widest")}
              value={reclaimCode}
              onChange={(e) => setReclaimCode(e.target.value)}
              autoComplete="off"
              autoCapitalize="characters"
              spellCheck={false}
              maxLength={20}
            />
          </Field>
        )}
        {otherError && (
          <p role="alert" className="text-sm font-medium text-red-700">
            {otherError}
          </p>
        )}
        <div>
          <Button type="submit" disabled={join.isPending}>
            {join.isPending ? "Joining…" : "Join class"}
          </Button>
        </div>
      </form>
    </Card>
  );
}

function PractiseAloneForm() {
  const trpc = useTRPC();
  const [displayName, setDisplayName] = useState("");
  const afterSignIn = useAfterSignIn();
  const router = useRouter();
  const practise = useMutation(
    trpc.auth.practiseAlone.mutationOptions({
      onSuccess: async () => {
        await afterSignIn();
        router.push("/scenarios");
      },
    }),
  );
  return (
    <Card title="No class? Practise on your own">
      <form
        className="flex flex-col gap-4"
        onSubmit={(e: FormEvent) => {
          e.preventDefault();
          practise.mutate({ displayName });
        }}
      >
        <p className="text-sm text-slate-700">
          Try any scenario and get a marked report. Nobody else sees your work.
        </p>
        <Field
          label="Your display name"
          htmlFor="alone-name"
          hint="Up to 40 characters."
          error={fieldError(practise.error, "displayName")}
        >
          <input
            id="alone-name"
            className={cx(inputClass, "max-w-sm")}
            value={displayName}
            onChange={(e) => setDisplayName(e.target.value)}
            autoComplete="nickname"
            maxLength={40}
            required
          />
        </Field>
        {practise.error && !fieldError(practise.error, "displayName") && (
          <p role="alert" className="text-sm font-medium text-red-700">
            {errorMessage(practise.error)}
          </p>
        )}
        <div>
          <Button type="submit" variant="secondary" disabled={practise.isPending}>
            {practise.isPending ? "Starting…" : "Practise alone"}
          </Button>
        </div>
      </form>
    </Card>
  );
}
