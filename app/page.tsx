import Link from "next/link";
import { Card } from "@/components/ui";

const PATHS = [
  {
    href: "/scenarios",
    title: "Practise a scenario",
    body: "Handle a real customer inside the CRM: welcome a new subscriber, resolve a complaint with LASS, or win back lapsed customers. You get a marked report that explains every point.",
    cta: "Choose a scenario",
  },
  {
    href: "/customers",
    title: "Explore the CRM",
    body: "Browse 60+ Hearth & Bean customers: purchase history, feedback, consent and cases. Look for loyal high spenders, lapsed customers and detractors.",
    cta: "Open customers",
  },
  {
    href: "/insights",
    title: "Service insights",
    body: "NPS, CSAT, customer effort, repeat purchase rate, retention and lifetime value, each calculated from the data with the working shown.",
    cta: "See insights",
  },
  {
    href: "/tutor",
    title: "Tutors",
    body: "Sign in to run a lesson: create a class, share the join code, assign scenarios, watch progress live and moderate marks.",
    cta: "Tutor sign in",
  },
];

export default function HomePage() {
  return (
    <div className="flex flex-col gap-8">
      <section className="rounded-2xl bg-gradient-to-br from-brand-800 to-brand-600 px-6 py-10 text-white shadow-sm md:px-10">
        <p className="text-sm font-medium text-brand-100">Customer service training · Level 3</p>
        <h1 className="mt-2 max-w-2xl text-3xl font-semibold tracking-tight md:text-4xl">
          Practise real CRM work with real-feeling customers.
        </h1>
        <p className="mt-3 max-w-2xl text-brand-50">
          Hearth &amp; Bean is a small online homeware and coffee shop. Look after its customers through the
          retention lifecycle (onboarding, engagement, loyalty and win-back) and handle complaints with LASS:
          Listen, Apologise, Solve, Say thank you.
        </p>
        <div className="mt-6 flex flex-wrap gap-3">
          <Link
            href="/scenarios"
            className="rounded-lg bg-white px-4 py-2 text-sm font-semibold text-brand-900 hover:bg-brand-50"
          >
            Start practising
          </Link>
          <Link
            href="/join"
            className="rounded-lg px-4 py-2 text-sm font-semibold text-white ring-1 ring-inset ring-white/60 hover:bg-white/10"
          >
            Join a class with a code
          </Link>
        </div>
      </section>
      <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
        {PATHS.map((p) => (
          <Card key={p.href} title={p.title}>
            <p className="text-sm text-slate-700">{p.body}</p>
            <Link
              href={p.href}
              className="mt-3 inline-block text-sm font-semibold text-brand-700 hover:underline"
            >
              {p.cta} →
            </Link>
          </Card>
        ))}
      </div>
    </div>
  );
}
