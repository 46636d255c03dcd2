import type { FilePreview } from "@/lib/ingest/preview-file";
import type { MappingInput } from "@/lib/ingest/presets/available";
import type { RollbackPreview } from "@/lib/ingest/rollback-preview";
import type { ImportJob } from "@/lib/jobs/import-jobs";

export type ReadChoice = {
  preset?: string; encoding?: string; delimiter?: string; sheet?: string; dayOrder?: string;
  decimalMark?: string; currency?: string; phoneRegion?: string;
};
export type Uploaded = { uploadId: string; fileName: string; bytes: number };

/** XMLHttpRequest, because fetch cannot report upload progress. */
export function uploadFile(file: File, onProgress: (share: number) => void): Promise<Uploaded> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open("POST", `/api/imports/uploads?${new URLSearchParams({ fileName: file.name })}`);
    request.upload.onprogress = (event) => event.lengthComputable && onProgress(event.loaded / event.total);
    request.onload = () => (request.status === 201 ? resolve(JSON.parse(request.responseText)) : reject(new Error(`upload ${request.status}`)));
    request.onerror = () => reject(new Error("upload failed"));
    request.send(file);
  });
}

export async function fetchPreview(uploadId: string, choice: ReadChoice & { mapping?: MappingInput }): Promise<FilePreview> {
  const response = await fetch(`/api/imports/uploads/${uploadId}/preview`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(choice),
  });
  if (!response.ok) throw new Error(`preview ${response.status}`);
  return ((await response.json()) as { preview: FilePreview }).preview;
}

export async function startJob(body: ReadChoice & { uploadId: string; mapping?: MappingInput; source?: string; dryRun: boolean }) {
  const response = await fetch("/api/imports/jobs", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  if (response.status !== 202) throw new Error(`job ${response.status}`);
  return ((await response.json()) as { jobId: string }).jobId;
}

export async function fetchRollbackPreview(importId: number): Promise<RollbackPreview> {
  const response = await fetch(`/api/imports/${importId}/rollback`, { cache: "no-store" });
  if (!response.ok) throw new Error(`rollback preview ${response.status}`);
  return ((await response.json()) as { preview: RollbackPreview }).preview;
}

export async function startRollback(importId: number) {
  const response = await fetch(`/api/imports/${importId}/rollback`, { method: "POST" });
  if (response.status !== 202) throw new Error(`rollback ${response.status}`);
  return ((await response.json()) as { jobId: string }).jobId;
}

export async function cancelJob(jobId: string) {
  await fetch(`/api/imports/jobs/${jobId}`, { method: "DELETE" });
}

export async function savePreset(body: { label: string; source: string; mapping: MappingInput }) {
  const response = await fetch("/api/imports/presets", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  if (response.status !== 201) throw new Error(`preset ${response.status}`);
  return (await response.json()) as { key: string };
}

/** Polls a job until it ends, reporting each state on the way. */
export async function pollJob(jobId: string, onUpdate: (job: ImportJob) => void): Promise<ImportJob> {
  while (true) {
    const response = await fetch(`/api/imports/jobs/${jobId}`, { cache: "no-store" });
    const job = (await response.json()) as ImportJob;
    onUpdate(job);
    if (job.status !== "queued" && job.status !== "running") return job;
    await new Promise((resolve) => setTimeout(resolve, 400));
  }
}
