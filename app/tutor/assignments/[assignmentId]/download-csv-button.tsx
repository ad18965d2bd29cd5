"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Button } from "@/components/ui";
import { saveFile } from "@/lib/download";
import { useTRPC } from "@/lib/trpc/client";
import { errorMessage } from "@/lib/trpc/error-message";

export function DownloadCsvButton({ assignmentId }: { assignmentId: number }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [state, setState] = useState<{ busy: boolean; error: string | null }>({ busy: false, error: null });
  const download = async () => {
    setState({ busy: true, error: null });
    try {
      const { filename, csv } = await queryClient.fetchQuery({
        ...trpc.results.exportCsv.queryOptions({ assignmentId }),
        staleTime: 0,
      });
      saveFile(filename, csv, "text/csv;charset=utf-8");
      setState({ busy: false, error: null });
    } catch (error) {
      setState({ busy: false, error: errorMessage(error) ?? "The download failed. Please try again." });
    }
  };
  return (
    <div className="flex flex-col items-end">
      <Button onClick={() => void download()} disabled={state.busy}>
        {state.busy ? "Preparing…" : "Download CSV"}
      </Button>
      {state.error && (
        <p role="alert" className="mt-1 text-xs font-medium text-red-700">
          {state.error}
        </p>
      )}
    </div>
  );
}
