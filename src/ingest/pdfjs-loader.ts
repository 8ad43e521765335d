/**
 * Loads pdf.js once per process. The legacy build is the one that runs on Node 20; its bundled
 * core-js replaces a few built-ins for the whole process (Array.prototype.push, JSON.parse,
 * JSON.stringify) with slower JavaScript versions. pdf.js does not need those replacements on
 * Node 20, so the native ones are put back right after loading.
 */
type PdfJsModule = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

/** The worker module, imported on the main thread: pdf.js then needs no worker thread or file URL. */
const WORKER_SPECIFIER = 'pdfjs-dist/legacy/build/pdf.worker.mjs';

let loading: Promise<PdfJsModule> | undefined;

async function importPdfJs(): Promise<PdfJsModule> {
  const nativeBuiltins = { push: Array.prototype.push, parse: JSON.parse, stringify: JSON.stringify };
  try {
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const worker: unknown = await import(WORKER_SPECIFIER);
    // pdf.js looks for `globalThis.pdfjsWorker` before it tries to start a worker of its own.
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
    return pdfjs;
  } finally {
    Array.prototype.push = nativeBuiltins.push;
    JSON.parse = nativeBuiltins.parse;
    JSON.stringify = nativeBuiltins.stringify;
  }
}

/** The pdf.js module, imported on first use and cached; a failed import is retried next time. */
export function loadPdfJs(): Promise<PdfJsModule> {
  loading ??= importPdfJs().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}
