"use client";

import { useEffect, useId, useState, type ReactNode } from "react";
import {
  Bar,
  BarChart,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { Card } from "@/components/ui";
import { formatWholePounds } from "@/lib/format";
import { npsSummary, revenueSummary, signed, type MonthPoint } from "./chart-summary";

type Month = MonthPoint & { month: string; orders: number };

/*
 * Colours are at least 3:1 against the white card (WCAG 1.4.11): slate-500 bars 4.8:1, the brand-800
 * NPS line 10.9:1, bean-brown revenue bars 6.0:1. Axis text is slate-600.
 */
const NPS_LINE = "#1f4231";
const RESPONSE_BARS = "#64748b";
const REVENUE_BARS = "#8a5a3b";
const TICK = { fontSize: 12, fill: "#475569" };

/** Widths of the y axes and the charts' side margins, in px: the plot is the chart less these. */
const NPS_AXIS = 60;
const NPS_MARGIN = { top: 8, right: 16, bottom: 8, left: 0 };
const REVENUE_AXIS = 70;
/**
 * The last month's name is centred under its bar, half of it past the plot's right edge: 16 px was room
 * for "Nov 2026" as drawn, but with WCAG 1.4.12 text spacing at 320 px the name was cut off at the
 * drawing's edge. 40 px holds half of it with the spacing (the NPS chart has its right-hand axis there).
 */
const REVENUE_MARGIN = { top: 8, right: 40, bottom: 8, left: 8 };

/**
 * The box of values a pointer opens wraps its words (recharts' own box never does) and is never wider
 * than the plot, which recharts keeps it inside. Unwrapped, with WCAG 1.4.12 text spacing at 320 px it
 * ran past the chart's right edge and was cut off there (the drawing clips, so an open box cannot widen
 * the page).
 */
function tooltipFits(besidePlot: number) {
  return {
    wrapperStyle: { maxWidth: `calc(100% - ${besidePlot}px)` },
    contentStyle: { whiteSpace: "normal", overflowWrap: "anywhere" },
  } as const;
}

/**
 * A chart with what a screen-reader or keyboard user needs instead of the picture: a one-line summary
 * of the trend and the figures as a table. The drawing itself is one image with a name and nothing
 * focusable inside (recharts' keyboard layer is turned off; the table is the accessible view).
 */
function ChartFigure({
  title,
  summary,
  chartLabel,
  heightClass,
  chart,
  table,
}: {
  title: string;
  summary: string;
  chartLabel: string;
  heightClass: string;
  chart: (tooltipActive: false | undefined) => ReactNode;
  table: ReactNode;
}) {
  const summaryId = useId();
  // Escape closes the box of values a pointer opened, without moving the pointer (WCAG 1.4.13);
  // moving the pointer over the chart again brings it back.
  const [dismissed, setDismissed] = useState(false);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape") setDismissed(true);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);
  return (
    <Card title={title}>
      <figure aria-labelledby={summaryId} className="flex flex-col gap-3">
        <p id={summaryId} className="text-sm text-slate-700" data-testid="chart-summary">
          {summary}
        </p>
        {/* Clipped, so a tooltip left open by a pointer never widens the page on a narrow screen. */}
        <div
          className={`${heightClass} overflow-hidden`}
          role="img"
          aria-label={`${chartLabel}. The figures are in the table below.`}
          onPointerMove={() => setDismissed(false)}
          data-testid="chart-drawing"
        >
          {chart(dismissed ? false : undefined)}
        </div>
        <details className="text-sm">
          <summary className="cursor-pointer font-medium text-brand-700">
            Show the figures as a table<span className="sr-only"> for {title}</span>
          </summary>
          <div className="mt-2 overflow-x-auto">{table}</div>
        </details>
      </figure>
    </Card>
  );
}

const th = "border-b border-slate-300 px-2 py-1.5 font-medium";
const td = "border-b border-slate-100 px-2 py-1.5 tabular-nums";

export function InsightsCharts({ monthly }: { monthly: Month[] }) {
  return (
    <>
      <ChartFigure
        title="NPS and responses by month"
        summary={npsSummary(monthly)}
        chartLabel="Chart of Net Promoter Score (line) and number of NPS answers (bars) for each month of the period"
        heightClass="h-72"
        chart={(tooltipActive) => (
          <ResponsiveContainer width="100%" height="100%">
            <ComposedChart accessibilityLayer={false} data={monthly} margin={NPS_MARGIN}>
              <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
              <XAxis dataKey="label" tick={TICK} />
              <YAxis yAxisId="nps" domain={[-100, 100]} tick={TICK} width={NPS_AXIS} />
              <YAxis yAxisId="n" orientation="right" allowDecimals={false} tick={TICK} width={NPS_AXIS} />
              <Tooltip
                active={tooltipActive}
                {...tooltipFits(NPS_MARGIN.left + NPS_MARGIN.right + 2 * NPS_AXIS)}
              />
              <Legend formatter={(value) => <span className="text-slate-700">{value}</span>} />
              <Bar
                yAxisId="n"
                dataKey="npsResponses"
                name="NPS responses"
                fill={RESPONSE_BARS}
                isAnimationActive={false}
              />
              <Line
                yAxisId="nps"
                type="monotone"
                dataKey="nps"
                name="NPS"
                stroke={NPS_LINE}
                strokeWidth={2}
                dot={{ r: 3, fill: NPS_LINE }}
                connectNulls
                isAnimationActive={false}
              />
            </ComposedChart>
          </ResponsiveContainer>
        )}
        table={
          <table className="min-w-[16rem] text-left">
            <caption className="sr-only">NPS and number of NPS answers by month</caption>
            <thead className="text-slate-700">
              <tr>
                <th scope="col" className={th}>
                  Month
                </th>
                <th scope="col" className={`${th} text-right`}>
                  NPS
                </th>
                <th scope="col" className={`${th} text-right`}>
                  NPS answers
                </th>
              </tr>
            </thead>
            <tbody>
              {monthly.map((m) => (
                <tr key={m.month}>
                  <th scope="row" className="border-b border-slate-100 px-2 py-1.5 font-normal">
                    {m.label}
                  </th>
                  <td className={`${td} text-right`}>{m.nps === null ? "No answers" : signed(m.nps)}</td>
                  <td className={`${td} text-right`}>{m.npsResponses}</td>
                </tr>
              ))}
            </tbody>
          </table>
        }
      />

      <ChartFigure
        title="Revenue by month"
        summary={revenueSummary(monthly)}
        chartLabel="Bar chart of revenue in pounds for each month of the period"
        heightClass="h-64"
        chart={(tooltipActive) => (
          <ResponsiveContainer width="100%" height="100%">
            <BarChart accessibilityLayer={false} data={monthly} margin={REVENUE_MARGIN}>
              <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
              <XAxis dataKey="label" tick={TICK} />
              <YAxis tickFormatter={(v: number) => formatWholePounds(v)} tick={TICK} width={REVENUE_AXIS} />
              <Tooltip
                active={tooltipActive}
                formatter={(v) => formatWholePounds(Number(v))}
                {...tooltipFits(REVENUE_MARGIN.left + REVENUE_MARGIN.right + REVENUE_AXIS)}
              />
              <Bar dataKey="revenuePence" name="Revenue" fill={REVENUE_BARS} isAnimationActive={false} />
            </BarChart>
          </ResponsiveContainer>
        )}
        table={
          <table className="min-w-[16rem] text-left">
            <caption className="sr-only">Revenue and number of orders by month</caption>
            <thead className="text-slate-700">
              <tr>
                <th scope="col" className={th}>
                  Month
                </th>
                <th scope="col" className={`${th} text-right`}>
                  Revenue
                </th>
                <th scope="col" className={`${th} text-right`}>
                  Orders
                </th>
              </tr>
            </thead>
            <tbody>
              {monthly.map((m) => (
                <tr key={m.month}>
                  <th scope="row" className="border-b border-slate-100 px-2 py-1.5 font-normal">
                    {m.label}
                  </th>
                  <td className={`${td} text-right`}>{formatWholePounds(m.revenuePence)}</td>
                  <td className={`${td} text-right`}>{m.orders}</td>
                </tr>
              ))}
            </tbody>
          </table>
        }
      />
    </>
  );
}
