"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Button, StatusMessage } from "@/components/ui";
import { base64Bytes, saveFile } from "@/lib/download";
import { useTRPC } from "@/lib/trpc/client";
import { errorMessage } from "@/lib/trpc/error-message";

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** Downloads every assignment and criterion of the class: one CSV, or the same as an Excel workbook. */
export function ClassExportButtons({ classId }: { classId: number }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState<"csv" | "xlsx" | null>(null);
  const [error, setError] = useState<string | null>(null);
  // Said in a live region that is always there (WCAG 4.1.3): the button's own words changing is not read out.
  const [status, setStatus] = useState("");
  const run = async (kind: "csv" | "xlsx") => {
    setBusy(kind);
    setError(null);
    setStatus(kind === "csv" ? "Preparing the CSV file…" : "Preparing the Excel workbook…");
    try {
      if (kind === "csv") {
        const { filename, csv } = await queryClient.fetchQuery({
          ...trpc.results.exportClassCsv.queryOptions({ classId }),
          staleTime: 0,
        });
        saveFile(filename, csv, "text/csv;charset=utf-8");
        setStatus(`Downloaded ${filename}.`);
      } else {
        const { filename, base64 } = await queryClient.fetchQuery({
          ...trpc.results.exportClassWorkbook.queryOptions({ classId }),
          staleTime: 0,
        });
        saveFile(filename, base64Bytes(base64), XLSX_TYPE);
        setStatus(`Downloaded ${filename}.`);
      }
    } catch (e) {
      setStatus("");
      setError(errorMessage(e) ?? "The download failed. Please try again.");
    } finally {
      setBusy(null);
    }
  };
  return (
    <div className="flex flex-col gap-1">
      <div className="flex flex-wrap gap-2">
        <Button variant="secondary" onClick={() => void run("csv")} disabled={busy !== null}>
          {busy === "csv" ? "Preparing…" : "All results (CSV)"}
        </Button>
        <Button variant="secondary" onClick={() => void run("xlsx")} disabled={busy !== null}>
          {busy === "xlsx" ? "Preparing…" : "All results (Excel)"}
        </Button>
      </div>
      <StatusMessage className="text-xs text-slate-700 wrap-anywhere">{status}</StatusMessage>
      {error && (
        <p role="alert" className="text-xs font-medium text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
