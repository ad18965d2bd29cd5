"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState } from "react";
import { useTRPC } from "@/lib/trpc/client";
import { clearDrafts } from "./scenarios/use-draft";
import { clearWorkspacePlaces } from "./scenarios/workspace-place";

/** Who is signed in on this device, with a way out. Lives at the bottom of the main navigation. */
export function SessionMenu() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const me = useQuery(trpc.auth.me.queryOptions());
  const [confirming, setConfirming] = useState(false);
  // Focus follows the question in, and back to "Leave" when the learner stays (WCAG 2.4.3).
  const stayRef = useRef<HTMLButtonElement>(null);
  const leaveRef = useRef<HTMLButtonElement>(null);
  const asked = useRef(false);
  const questionId = useId();
  useEffect(() => {
    if (confirming) stayRef.current?.focus();
    else if (asked.current) leaveRef.current?.focus();
    asked.current = confirming;
  }, [confirming]);
  const signOut = useMutation(
    trpc.auth.signOut.mutationOptions({
      onSuccess: async () => {
        setConfirming(false);
        // Everything cached belonged to the person who just left, and so do unsent drafts and where
        // they were in their workspace.
        clearDrafts();
        clearWorkspacePlaces();
        await queryClient.resetQueries();
        router.push("/");
      },
    }),
  );

  const endPreview = useMutation(
    trpc.preview.end.mutationOptions({
      // A full load: every page's idea of who is signed in goes back to the tutor.
      onSuccess: () => window.location.assign("/tutor"),
    }),
  );

  if (!me.data) return <div className="min-h-10 text-xs text-brand-100" aria-hidden />;

  const box =
    "flex flex-wrap items-center gap-x-2 gap-y-1 rounded-lg bg-white/10 px-3 py-2 text-xs text-brand-50 lg:flex-col lg:flex-nowrap lg:items-stretch lg:text-sm";
  const buttonClass =
    "mt-1 rounded-md px-2 py-1 text-left text-xs font-medium text-white ring-1 ring-inset ring-white/50 hover:bg-white/15 aria-disabled:cursor-not-allowed";

  if (me.data.kind === "anonymous") {
    return (
      <div className={box}>
        <span>Not signed in</span>
        {/* Each link is at least 24 px tall and they are well apart (WCAG 2.5.8 target size). */}
        <span className="flex flex-wrap gap-x-4 gap-y-1">
          <Link
            href="/join"
            className="inline-flex min-h-6 items-center font-medium text-white underline underline-offset-2"
          >
            Join a class
          </Link>
          <Link
            href="/tutor"
            className="inline-flex min-h-6 items-center font-medium text-white underline underline-offset-2"
          >
            Tutor sign in
          </Link>
        </span>
      </div>
    );
  }

  const isLearner = me.data.kind === "learner" && !me.data.preview;
  return (
    <section aria-label="Signed in" className={box}>
      {me.data.kind === "tutor" ? (
        <>
          <span className="text-brand-100">Signed in as tutor</span>
          <span className="break-words font-semibold text-white" title={me.data.email}>
            {me.data.name}
          </span>
        </>
      ) : me.data.preview ? (
        <>
          <span className="text-brand-100">Tutor preview</span>
          <span className="break-words font-semibold text-white">{me.data.displayName}</span>
          <span className="break-words">Trying scenarios as a learner: nothing counts in any class.</span>
          <button
            type="button"
            className={buttonClass}
            aria-disabled={endPreview.isPending || undefined}
            onClick={() => endPreview.isPending || endPreview.mutate()}
          >
            {endPreview.isPending ? "Ending…" : "End preview"}
          </button>
        </>
      ) : (
        <>
          <span className="text-brand-100">Learner</span>
          <span className="break-words font-semibold text-white">{me.data.displayName}</span>
          <span className="break-words">{me.data.className ?? "Practising alone"}</span>
        </>
      )}
      {isLearner && confirming ? (
        <div role="group" aria-labelledby={questionId} className="mt-1 flex flex-col gap-1">
          <p id={questionId}>
            {me.data.className
              ? "Leave on this device? To get back to your work you will need the class code, and your tutor will need to reset your access."
              : "Leave on this device? You will not be able to get back to the practice you have done so far."}
          </p>
          <div className="flex gap-2">
            <button
              type="button"
              className={buttonClass}
              aria-disabled={signOut.isPending || undefined}
              onClick={() => signOut.isPending || signOut.mutate()}
            >
              {signOut.isPending ? "Leaving…" : "Yes, leave"}
            </button>
            <button ref={stayRef} type="button" className={buttonClass} onClick={() => setConfirming(false)}>
              Stay
            </button>
          </div>
        </div>
      ) : (
        <button
          ref={leaveRef}
          type="button"
          className={buttonClass}
          aria-disabled={signOut.isPending || undefined}
          onClick={() => signOut.isPending || (isLearner ? setConfirming(true) : signOut.mutate())}
        >
          {signOut.isPending ? "Signing out…" : isLearner ? "Leave" : "Sign out"}
        </button>
      )}
      {signOut.isError && (
        <p role="alert" className="text-white">
          Could not sign out. Please try again.
        </p>
      )}
    </section>
  );
}
