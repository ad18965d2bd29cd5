"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Button, StatusMessage } from "@/components/ui";
import { saveFile } from "@/lib/download";
import { useTRPC } from "@/lib/trpc/client";
import { errorMessage } from "@/lib/trpc/error-message";

export function DownloadCsvButton({ assignmentId }: { assignmentId: number }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [state, setState] = useState<{ busy: boolean; error: string | null; status: string }>({
    busy: false,
    error: null,
    status: "",
  });
  const download = async () => {
    setState({ busy: true, error: null, status: "Preparing the CSV file…" });
    try {
      const { filename, csv } = await queryClient.fetchQuery({
        ...trpc.results.exportCsv.queryOptions({ assignmentId }),
        staleTime: 0,
      });
      saveFile(filename, csv, "text/csv;charset=utf-8");
      setState({ busy: false, error: null, status: `Downloaded ${filename}.` });
    } catch (error) {
      setState({
        busy: false,
        error: errorMessage(error) ?? "The download failed. Please try again.",
        status: "",
      });
    }
  };
  return (
    <div className="flex flex-col items-end">
      <Button onClick={() => void download()} disabled={state.busy}>
        {state.busy ? "Preparing…" : "Download CSV"}
      </Button>
      {/* Said in a live region that is always there (WCAG 4.1.3): the button's words changing is not read out. */}
      <StatusMessage className="mt-1 max-w-full text-xs text-slate-700 wrap-anywhere">
        {state.status}
      </StatusMessage>
      {state.error && (
        <p role="alert" className="mt-1 text-xs font-medium text-red-700">
          {state.error}
        </p>
      )}
    </div>
  );
}
