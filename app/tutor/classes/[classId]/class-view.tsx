"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useId, useRef, useState, type FormEvent } from "react";
import { keepTabInside, returnFocus, showModalFrom } from "@/components/dialog-focus";
import { focusSoon } from "@/components/focus-soon";
import {
  Badge,
  Button,
  ButtonLink,
  Card,
  EmptyState,
  Field,
  LoadingState,
  PageHeader,
  cx,
  inputClass,
  StatusMessage,
} from "@/components/ui";
import { formatDate, formatDateTime, formatTime, plural } from "@/lib/format";
import { useTRPC } from "@/lib/trpc/client";
import type { inferRouterOutputs } from "@trpc/server";
import { errorMessage } from "@/lib/trpc/error-message";
import type { AppRouter } from "@/server/trpc/root";
import { TutorQueryError, TutorSignInNeeded } from "@/components/tutor/tutor-page-states";
import { AssignmentsCard } from "./assignments-card";
import { ConfirmButton, useInvalidateClass } from "./class-shared";
import { ClassExportButtons } from "./class-export-buttons";

/** How often an open class page asks again for who has joined and how far each assignment has got. */
const CLASS_REFRESH_MS = 4_000;

/** One class for its tutor: join code for the projector, assignments and the roster. */
export function ClassView({ classId }: { classId: number }) {
  const trpc = useTRPC();
  const me = useQuery(trpc.auth.me.queryOptions());
  const isTutor = me.data?.kind === "tutor";
  // Learners join while the tutor shows the code on this page (the roster says they "appear here as
  // they join"), and start and submit while it is open: it is asked again every few seconds while it
  // is on screen, so a tutor does not have to reload to see who has arrived. Forms keep what is typed.
  const query = useQuery({
    ...trpc.classes.get.queryOptions({ classId }),
    enabled: isTutor,
    refetchInterval: CLASS_REFRESH_MS,
    refetchIntervalInBackground: false,
  });

  if (!me.data) return <LoadingState />;
  if (!isTutor) return <TutorSignInNeeded title="Class" toDo="see this class" />;
  if (query.isPending) return <LoadingState label="Loading the class…" />;
  // A refresh that fails (the wifi drops for a moment) keeps the class on screen; only a class that
  // never loaded is an error page.
  if (query.isError && !query.data) {
    return (
      <TutorQueryError
        title="Class"
        notFoundTitle="Class not found"
        notFoundText="There is no class here, or it belongs to another tutor."
        error={query.error}
        onRetry={() => void query.refetch()}
      />
    );
  }

  const { class: klass, learners, removedCount, assignments } = query.data;
  const archived = klass.archivedAt !== null;
  return (
    <>
      <PageHeader
        eyebrow={
          <Link href="/tutor" className="hover:underline">
            ← All classes
          </Link>
        }
        title={klass.name}
        documentTitle={`Class: ${klass.name}`}
        description={
          archived
            ? `Archived on ${formatDate(klass.archivedAt!)}. Learners can still see their work, but its assignments take no more work and nobody new can join. Restore it to reopen them.`
            : `${plural(learners.length, "learner")} · ${plural(assignments.length, "scenario")} assigned`
        }
        actions={<ClassActions classId={klass.id} name={klass.name} archived={archived} />}
      />
      <div className="flex flex-col gap-6">
        <div className="grid grid-cols-1 gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
          <JoinCodePanel
            classId={klass.id}
            code={klass.joinCodeDisplay}
            open={klass.joinOpen}
            archived={archived}
            address={query.data.joinAddress}
            pausedUntil={query.data.joinPausedUntil}
          />
          {/*
            Lesson tools. NEXT ENGINEER: the live dashboard lives at /tutor/classes/[classId]/live and each
            assignment's results at /tutor/assignments/[assignmentId] (linked from the assignments list below).
          */}
          <Card title="During the lesson">
            <p className="text-sm text-slate-700">
              Follow each learner&apos;s progress as they work, then open any attempt to review and moderate
              it.
            </p>
            <div className="mt-3 flex flex-wrap gap-2">
              <ButtonLink href={`/tutor/classes/${klass.id}/live`}>Live dashboard</ButtonLink>
            </div>
            <p className="mt-3 text-sm text-slate-700">
              Results for each scenario are under &ldquo;Results&rdquo; in the assigned scenarios below. Every
              assignment and criterion in one file:
            </p>
            <div className="mt-2">
              <ClassExportButtons classId={klass.id} />
            </div>
          </Card>
        </div>
        <AssignmentsCard
          classId={klass.id}
          archived={archived}
          assignments={assignments}
          learnerCount={learners.length}
        />
        <RosterCard learners={learners} removedCount={removedCount} classId={klass.id} />
      </div>
    </>
  );
}

function ClassActions({ classId, name, archived }: { classId: number; name: string; archived: boolean }) {
  const trpc = useTRPC();
  const invalidate = useInvalidateClass(classId);
  const [renaming, setRenaming] = useState(false);
  const [draft, setDraft] = useState(name);
  const rename = useMutation(
    trpc.classes.rename.mutationOptions({
      onSuccess: async () => {
        setRenaming(false);
        await invalidate();
      },
    }),
  );
  const archive = useMutation(trpc.classes.archive.mutationOptions({ onSuccess: invalidate }));
  const unarchive = useMutation(trpc.classes.unarchive.mutationOptions({ onSuccess: invalidate }));
  const error = errorMessage(rename.error ?? archive.error ?? unarchive.error);

  if (renaming) {
    return (
      <form
        className="flex flex-wrap items-end gap-2"
        onSubmit={(e: FormEvent) => {
          e.preventDefault();
          rename.mutate({ classId, name: draft });
        }}
      >
        <Field label="Class name" htmlFor="rename-class" error={errorMessage(rename.error)}>
          <input
            id="rename-class"
            className={cx(inputClass, "w-72")}
            value={draft}
            onChange={(e) => setDraft(e.target.value)}
            maxLength={80}
            required
            // biome-ignore lint/a11y/noAutofocus: the tutor just pressed "Rename", so the field they asked for takes focus
            autoFocus
          />
        </Field>
        <Button type="submit" disabled={rename.isPending}>
          {rename.isPending ? "Saving…" : "Save name"}
        </Button>
        <Button variant="secondary" onClick={() => setRenaming(false)}>
          Cancel
        </Button>
      </form>
    );
  }
  return (
    <>
      <Button
        variant="secondary"
        onClick={() => {
          setDraft(name);
          setRenaming(true);
        }}
      >
        Rename
      </Button>
      {archived ? (
        <Button
          variant="secondary"
          onClick={() => unarchive.mutate({ classId })}
          disabled={unarchive.isPending}
        >
          Restore class
        </Button>
      ) : (
        <ConfirmButton
          label="Archive"
          question="Archive this class? Its assignments stop taking work and nobody new can join; learners keep their reports."
          confirmLabel="Yes, archive"
          pending={archive.isPending}
          onConfirm={() => archive.mutate({ classId })}
        />
      )}
      {error && (
        <p role="alert" className="w-full text-sm font-medium text-red-700">
          {error}
        </p>
      )}
    </>
  );
}

type JoinAddress = inferRouterOutputs<AppRouter>["classes"]["get"]["joinAddress"];

function JoinCodePanel({
  classId,
  code,
  open,
  archived,
  address,
  pausedUntil,
}: {
  classId: number;
  code: string | null;
  open: boolean;
  archived: boolean;
  address: JoinAddress;
  /** Set while the server's cap on new learners in one class refuses them (server/auth/rate-limit.ts). */
  pausedUntil: Date | null;
}) {
  const trpc = useTRPC();
  const invalidate = useInvalidateClass(classId);
  const regenerate = useMutation(trpc.classes.regenerateCode.mutationOptions({ onSuccess: invalidate }));
  const setOpen = useMutation(trpc.classes.setJoinOpen.mutationOptions({ onSuccess: invalidate }));
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const error = errorMessage(regenerate.error ?? setOpen.error);
  const usable = open && !archived;
  const paused = usable && pausedUntil !== null;

  function showFullScreen() {
    const dialog = dialogRef.current;
    if (!dialog) return;
    showModalFrom(dialog);
    // Real full screen where the browser allows it; the dialog already fills the window otherwise.
    dialog.requestFullscreen?.().catch(() => undefined);
  }
  function closeFullScreen() {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    dialogRef.current?.close();
  }

  return (
    <Card title="Join code">
      <div className="flex flex-col items-start gap-4">
        <div className="flex flex-wrap items-center gap-3">
          {/* A paragraph cannot be named with aria-label, so screen readers get the code spelt out in
              hidden text and skip the big glyphs, which they would read as one number. */}
          <p
            className={cx(
              // Breaks between its letters rather than run off a 320 px window with 200% text (WCAG 1.4.10).
              "break-all font-mono text-6xl font-bold tracking-[0.2em] md:text-7xl",
              usable ? "text-slate-900" : "text-slate-500 line-through",
            )}
          >
            <span className="sr-only">
              {code ? `Join code ${code.replace(" ", "").split("").join(" ")}` : "No join code"}
            </span>
            <span aria-hidden="true" data-testid="join-code">
              {/* Each half of the code is kept whole where it fits: at 320 px "ZP9 65Q" broke as "ZP9 6"
                  over "5Q", which reads as another code. Only a half wider than the line (200% text) breaks. */}
              {(code ?? "––––––").split(" ").map((part, i, all) => (
                <span key={all.slice(0, i + 1).join(" ")}>
                  {i > 0 && " "}
                  <span className="inline-block max-w-full">{part}</span>
                </span>
              ))}
            </span>
          </p>
          <Badge tone={usable && !paused ? "green" : "amber"}>
            {archived
              ? "Archived"
              : paused
                ? "Paused for new learners"
                : open
                  ? "Open for joining"
                  : "Closed"}
          </Badge>
        </div>
        <p className="text-sm text-slate-700 wrap-anywhere" data-testid="join-address">
          Learners go to <strong className="font-semibold">{address.shown}</strong>, type this code and a
          display name. No email needed.
          {address.alternatives.length > 0 && (
            <>
              {" "}
              If that address does not open on their devices, try{" "}
              <strong className="font-semibold">{address.alternatives.join(" or ")}</strong>.
            </>
          )}
        </p>
        {/* The page asks again every few seconds, so this appears while the flood is under way. */}
        <StatusMessage
          testId="join-paused"
          className="max-w-prose rounded-lg border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950"
        >
          {paused &&
            `New learners cannot join until ${formatTime(pausedUntil!)}: more joined in the last few minutes than a class needs, so the code may have got out. Learners already in carry on. Make a new code to let your class join again now.`}
        </StatusMessage>
        {address.onlyThisComputer && (
          <p
            className="max-w-prose rounded-lg border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950"
            role="note"
          >
            The app is only listening on this computer, so learners&apos; devices cannot open it. To let the
            class join over your network, stop it and start it again with{" "}
            <code className="font-mono">HOST=0.0.0.0 npm start</code>; this panel will then show the address
            to give them.
          </p>
        )}
        <div className="flex flex-wrap gap-2">
          <Button onClick={showFullScreen} disabled={!code}>
            Show full screen
          </Button>
          {!archived && (
            <>
              <ConfirmButton
                label="New code"
                question="Make a new code? The current code stops working at once; learners who already joined stay in."
                confirmLabel="Yes, new code"
                pending={regenerate.isPending}
                onConfirm={() => regenerate.mutate({ classId })}
              />
              <Button
                variant="secondary"
                disabled={setOpen.isPending}
                onClick={() => setOpen.mutate({ classId, open: !open })}
              >
                {open ? "Close joining" : "Open joining"}
              </Button>
            </>
          )}
        </div>
        {error && (
          <p role="alert" className="text-sm font-medium text-red-700">
            {error}
          </p>
        )}
      </div>
      <dialog
        ref={dialogRef}
        aria-labelledby={titleId}
        onKeyDown={(e) => keepTabInside(e, dialogRef.current)}
        className="m-0 h-full max-h-none w-full max-w-none bg-brand-900 p-0 text-white backdrop:bg-brand-900"
        onClose={() => {
          if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
          returnFocus(dialogRef.current);
        }}
      >
        {/* At least the window's height, not exactly it, and centred with auto margins: content taller than
            a 320 px window (400% zoom, text spacing) then grows downwards, where the dialog scrolls, instead
            of off its top, where nothing scrolls to. The address breaks anywhere rather than run off the side
            (WCAG 1.4.10, 1.4.12). */}
        <div className="flex min-h-full flex-col items-center gap-8 p-8 text-center">
          <h2 id={titleId} className="mt-auto max-w-full text-3xl font-semibold md:text-4xl">
            Join the class at{" "}
            <span className="underline decoration-brand-200 underline-offset-8 wrap-anywhere">
              {address.shown}
            </span>
          </h2>
          <p className="font-mono text-[min(16vw,14rem)] font-bold leading-none tracking-[0.15em]">
            {code && <span className="sr-only">{`Code ${code.replace(" ", "").split("").join(" ")}`}</span>}
            <span aria-hidden="true">{code}</span>
          </p>
          <p className="text-2xl text-brand-100">
            {usable
              ? "Type the code, then your first name and an initial."
              : "Joining is closed at the moment."}
          </p>
          <button
            type="button"
            onClick={closeFullScreen}
            className="mb-auto rounded-lg bg-white px-5 py-3 text-lg font-semibold text-brand-900 hover:bg-brand-50"
          >
            Close (Esc)
          </button>
        </div>
      </dialog>
    </Card>
  );
}

type Learner = {
  id: number;
  displayName: string;
  joinedAt: Date;
  awaitingRejoin: boolean;
  attemptsStarted: number;
  attemptsSubmitted: number;
};

const LEARNERS_ID = "class-learners";

function RosterCard({
  learners,
  removedCount,
  classId,
}: {
  learners: Learner[];
  removedCount: number;
  classId: number;
}) {
  const trpc = useTRPC();
  const invalidate = useInvalidateClass(classId);
  const [notice, setNotice] = useState<string | undefined>();
  const remove = useMutation(
    trpc.classes.removeLearner.mutationOptions({
      onSuccess: async (_data, { learnerId }) => {
        setNotice("Learner removed. Their device no longer has access; their work is kept.");
        // Focus moves on before the row goes: to the next learner, the one before, or the list (WCAG 2.4.3).
        const index = learners.findIndex((l) => l.id === learnerId);
        const neighbour = learners[index + 1] ?? learners[index - 1];
        focusSoon([neighbour && `learner-${neighbour.id}`, LEARNERS_ID]);
        await invalidate();
      },
    }),
  );
  const reset = useMutation(
    trpc.classes.resetLearnerAccess.mutationOptions({
      onSuccess: async (data) => {
        setNotice(
          `Access reset. Their old device is signed out. Give them this reclaim code: ${data.reclaimCode}. With the class code, the same name and this code they can join again until ${formatDateTime(data.reclaimUntil)} to carry on with their work. It works once; reset again if it is lost.`,
        );
        await invalidate();
      },
    }),
  );
  return (
    <Card title={`Learners (${learners.length})`} id={LEARNERS_ID}>
      <StatusMessage className="mb-3 rounded-lg bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
        {notice}
      </StatusMessage>
      {(remove.error || reset.error) && (
        <p role="alert" className="mb-3 text-sm font-medium text-red-700">
          {errorMessage(remove.error ?? reset.error)}
        </p>
      )}
      {learners.length === 0 ? (
        <EmptyState title="No learners yet">
          Show the join code: learners appear here as they join.
        </EmptyState>
      ) : (
        // Positioned, so the hidden "Actions" heading (sr-only is absolutely placed) scrolls with the table:
        // unpositioned, it was placed against the page, and a 320 px window with 200% text then scrolled
        // sideways to reach it (WCAG 1.4.10). Padded inside so the focus ring of the "Remove" buttons along
        // its right edge is not cut off by the scroll box (WCAG 2.4.7).
        <div className="relative -mx-2 overflow-x-auto px-2">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Learners in this class</caption>
            <thead className="text-xs uppercase tracking-wide text-slate-600">
              <tr>
                <th scope="col" className="py-2 pr-4 font-medium">
                  Name
                </th>
                <th scope="col" className="py-2 pr-4 font-medium">
                  Joined
                </th>
                <th scope="col" className="py-2 pr-4 font-medium">
                  Attempts
                </th>
                <th scope="col" className="py-2 font-medium">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {learners.map((l) => (
                <tr key={l.id}>
                  <td id={`learner-${l.id}`} className="py-2 pr-4 font-medium text-slate-900">
                    {l.displayName}{" "}
                    {l.awaitingRejoin && <Badge tone="amber">Access reset: waiting to rejoin</Badge>}
                  </td>
                  <td className="py-2 pr-4 text-slate-700">{formatDateTime(l.joinedAt)}</td>
                  <td className="py-2 pr-4 text-slate-700">
                    {l.attemptsStarted === 0
                      ? "None yet"
                      : `${l.attemptsStarted} started, ${l.attemptsSubmitted} submitted`}
                  </td>
                  <td className="py-2">
                    <div className="flex flex-wrap justify-end gap-2">
                      <ConfirmButton
                        label="Reset access"
                        accessibleLabel={`Reset access for ${l.displayName}`}
                        question={`Sign ${l.displayName} out on their device? You get a one-time reclaim code to give them, to rejoin with the same name.`}
                        confirmLabel="Yes, reset"
                        pending={reset.isPending}
                        onConfirm={() => reset.mutate({ learnerId: l.id })}
                      />
                      <ConfirmButton
                        label="Remove"
                        accessibleLabel={`Remove ${l.displayName}`}
                        question={`Remove ${l.displayName} from the class? Their work is kept.`}
                        confirmLabel="Yes, remove"
                        pending={remove.isPending}
                        onConfirm={() => remove.mutate({ learnerId: l.id })}
                      />
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {removedCount > 0 && (
        <p className="mt-3 text-xs text-slate-600">
          {plural(removedCount, "learner")} removed from this class (their work is kept).
        </p>
      )}
    </Card>
  );
}
