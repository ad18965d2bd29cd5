/** Small shared UI kit: consistent headings, cards, badges, buttons and states across the app. */
import Link from "next/link";
import type { ComponentProps, ReactNode } from "react";
import { SectionHeading } from "./heading-level";
import { PageTitle } from "./page-title";

export { Field } from "./field";
export { PageTitle } from "./page-title";

export function cx(...classes: (string | false | null | undefined)[]) {
  return classes.filter(Boolean).join(" ");
}

/**
 * The page's heading (its one h1), which is also its document title unless `documentTitle` says
 * otherwise (for example a dashboard whose heading leaves out the class it is for).
 */
export function PageHeader({
  title,
  description,
  actions,
  eyebrow,
  documentTitle = title,
}: {
  title: string;
  description?: ReactNode;
  actions?: ReactNode;
  eyebrow?: ReactNode;
  documentTitle?: string;
}) {
  return (
    <div className="mb-6 flex flex-wrap items-end justify-between gap-4">
      <PageTitle title={documentTitle} />
      <div className="min-w-0">
        {eyebrow && <div className="mb-1 text-sm font-medium text-brand-700">{eyebrow}</div>}
        <h1 className="text-2xl font-semibold tracking-tight text-slate-900">{title}</h1>
        {description && <p className="mt-1 max-w-3xl text-sm text-slate-600">{description}</p>}
      </div>
      {actions && <div className="flex flex-wrap items-center gap-2">{actions}</div>}
    </div>
  );
}

export function Card({
  title,
  actions,
  children,
  className,
  id,
}: {
  title?: ReactNode;
  actions?: ReactNode;
  children: ReactNode;
  className?: string;
  id?: string;
}) {
  return (
    <section
      id={id}
      aria-label={typeof title === "string" ? title : undefined}
      className={cx("rounded-xl border border-slate-200 bg-white shadow-sm", className)}
    >
      {(title || actions) && (
        <div className="flex flex-wrap items-center justify-between gap-3 border-b border-slate-100 px-4 py-3">
          {title && (
            <SectionHeading className="min-w-0 text-base font-semibold text-slate-900">
              {title}
            </SectionHeading>
          )}
          {actions}
        </div>
      )}
      <div className="p-4">{children}</div>
    </section>
  );
}

const BADGE_TONES = {
  neutral: "bg-slate-100 text-slate-700 ring-slate-200",
  green: "bg-emerald-50 text-emerald-800 ring-emerald-200",
  amber: "bg-amber-50 text-amber-900 ring-amber-200",
  red: "bg-red-50 text-red-800 ring-red-200",
  blue: "bg-sky-50 text-sky-800 ring-sky-200",
  purple: "bg-violet-50 text-violet-800 ring-violet-200",
  brown: "bg-orange-50 text-orange-900 ring-orange-200",
} as const;
export type BadgeTone = keyof typeof BADGE_TONES;

export function Badge({
  tone = "neutral",
  children,
  title,
}: {
  tone?: BadgeTone;
  children: ReactNode;
  title?: string;
}) {
  return (
    <span
      title={title}
      className={cx(
        // Wraps only when its words do not fit the line (200% text at 320 px), never off the side (WCAG 1.4.10).
        "inline-flex max-w-full items-center break-words rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset",
        BADGE_TONES[tone],
      )}
    >
      {children}
    </span>
  );
}

const BUTTON_VARIANTS = {
  primary:
    "bg-brand-600 text-white hover:bg-brand-700 aria-disabled:bg-slate-200 aria-disabled:text-slate-700",
  secondary:
    "bg-white text-slate-800 ring-1 ring-inset ring-slate-300 hover:bg-slate-50 aria-disabled:text-slate-600",
  danger: "bg-red-700 text-white hover:bg-red-800 aria-disabled:bg-slate-200 aria-disabled:text-slate-700",
  ghost: "text-slate-700 hover:bg-slate-100",
} as const;

/**
 * A button. `disabled` is rendered as `aria-disabled` and clicks are ignored, instead of the native
 * attribute: a natively disabled button drops keyboard focus to the page while it saves (WCAG 2.4.3),
 * this one keeps it and still says it is unavailable.
 */
export function Button({
  variant = "primary",
  className,
  disabled,
  onClick,
  ...props
}: ComponentProps<"button"> & { variant?: keyof typeof BUTTON_VARIANTS }) {
  return (
    <button
      type="button"
      {...props}
      aria-disabled={disabled || undefined}
      onClick={(e) => {
        // Also stops a form being submitted (by this button, or by Enter in one of its fields).
        if (disabled) e.preventDefault();
        else onClick?.(e);
      }}
      className={cx(
        "inline-flex max-w-full items-center justify-center gap-1.5 rounded-lg px-3 py-2 text-sm font-medium transition-colors aria-disabled:cursor-not-allowed",
        BUTTON_VARIANTS[variant],
        className,
      )}
    />
  );
}

export function ButtonLink({
  variant = "primary",
  className,
  ...props
}: ComponentProps<typeof Link> & { variant?: keyof typeof BUTTON_VARIANTS }) {
  return (
    <Link
      {...props}
      className={cx(
        "inline-flex max-w-full items-center justify-center gap-1.5 rounded-lg px-3 py-2 text-sm font-medium transition-colors",
        BUTTON_VARIANTS[variant],
        className,
      )}
    />
  );
}

/**
 * A status message (saved, removed, sent) that screen readers announce (WCAG 4.1.3). The polite live
 * region is always in the page, empty until there is something to say: a live region that arrives
 * together with its words is not announced by every screen reader (VoiceOver and some NVDA versions
 * skip it), so a conditional `{done && <p role="status">…</p>}` can stay silent. The message itself is
 * a `status` inside the region. `className` styles the message only while there is one; the empty
 * region is `sr-only`, so it takes no space (not even a flex gap).
 */
export function StatusMessage({
  children,
  className,
  testId,
}: {
  children?: ReactNode;
  className?: string;
  testId?: string;
}) {
  const has = children !== null && children !== undefined && children !== false && children !== "";
  return (
    <div aria-live="polite" aria-atomic="true" data-status-region="" className={has ? className : "sr-only"}>
      {has ? (
        <p role="status" data-testid={testId}>
          {children}
        </p>
      ) : null}
    </div>
  );
}

export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="rounded-lg border border-dashed border-slate-300 bg-slate-50 px-4 py-8 text-center">
      <p className="font-medium text-slate-800">{title}</p>
      {children && <div className="mt-1 text-sm text-slate-600">{children}</div>}
    </div>
  );
}

export function LoadingState({ label = "Loading…" }: { label?: string }) {
  return (
    <div
      role="status"
      aria-live="polite"
      className="flex items-center gap-3 px-1 py-6 text-sm text-slate-600"
    >
      <span
        className="h-4 w-4 motion-safe:animate-spin rounded-full border-2 border-slate-300 border-t-brand-600"
        aria-hidden
      />
      {label}
    </div>
  );
}

export function ErrorState({
  error,
  onRetry,
}: {
  error: { message: string } | null | undefined;
  onRetry?: () => void;
}) {
  // Not signed in (any more): say why (the server's message names a removal or reset) and the way back in.
  if ((error as { data?: { code?: string } } | null | undefined)?.data?.code === "UNAUTHORIZED") {
    const tutorPage = /tutor/i.test(error?.message ?? "") && !/your tutor/i.test(error?.message ?? "");
    return (
      <div
        role="alert"
        data-testid="access-ended"
        className="rounded-lg border border-amber-300 bg-amber-50 px-4 py-3 text-amber-950"
      >
        <p className="font-semibold">This device is not signed in here</p>
        <p className="mt-1 text-sm">{error?.message}</p>
        <Link
          href={tutorPage ? "/tutor" : "/join"}
          className="mt-2 inline-block text-sm font-semibold underline"
        >
          {tutorPage ? "Sign in as a tutor" : "Join a class"}
        </Link>
      </div>
    );
  }
  return (
    <div role="alert" className="rounded-lg border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-900">
      <p className="font-medium">Something went wrong</p>
      <p className="mt-1">{error?.message ?? "Please try again."}</p>
      {onRetry && (
        <Button variant="secondary" className="mt-2" onClick={onRetry}>
          Try again
        </Button>
      )}
    </div>
  );
}

// slate-500 borders are 4.8:1 against white (WCAG 1.4.11 asks 3:1); focus uses the shared indicator in globals.css.
export const inputClass =
  "w-full rounded-lg border border-slate-500 bg-white px-3 py-2 text-sm text-slate-900 placeholder:text-slate-600 aria-[invalid=true]:border-red-700";

export function Stat({ label, value, hint }: { label: string; value: ReactNode; hint?: ReactNode }) {
  return (
    <div className="rounded-lg bg-slate-50 px-3 py-2">
      <dt className="text-xs font-medium uppercase tracking-wide text-slate-600">{label}</dt>
      <dd className="mt-0.5 text-lg font-semibold text-slate-900">{value}</dd>
      {hint && <dd className="text-xs text-slate-600">{hint}</dd>}
    </div>
  );
}
