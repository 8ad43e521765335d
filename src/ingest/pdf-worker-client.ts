import { Worker } from 'node:worker_threads';

/**
 * Runs pdf.js in one long-lived worker thread, started on first use. Three reasons: pdf.js's
 * parsing stays off the main thread (the server keeps answering while a PDF is read); its
 * bundled core-js polyfills (which replace Array.prototype.push and JSON.parse on Node 20)
 * stay out of our process; and the worker loads pdf.js natively (`execArgv: []`), where the
 * tsx loader would spend seconds transforming its 2 MB bundles on every start.
 */

/** One text piece as pdf.js reports it: text, the six numbers of its matrix, its width. */
export type RawTextItem = [
  text: string,
  a: number,
  b: number,
  c: number,
  d: number,
  x: number,
  y: number,
  width: number,
];

/** An error raised inside the worker, with pdf.js's exception name (PasswordException…). */
export class PdfWorkerError extends Error {
  constructor(
    readonly pdfErrorName: string,
    message: string,
  ) {
    super(message);
    this.name = 'PdfWorkerError';
  }
}

/** Longest time one PDF may take; a hostile file must not hold the worker forever. */
const PDF_TIMEOUT_MS = 20_000;

const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
let loading;
function load() {
  loading ??= (async () => {
    const pdfjs = await import(workerData.pdfUrl);
    globalThis.pdfjsWorker = await import(workerData.workerUrl);
    return pdfjs;
  })();
  return loading;
}
parentPort.on('message', async ({ id, data }) => {
  let task;
  try {
    const pdfjs = await load();
    task = pdfjs.getDocument({
      data, isEvalSupported: false, disableFontFace: true, useSystemFonts: false,
      disableAutoFetch: true, disableStream: true, disableRange: true, verbosity: 0,
    });
    const document = await task.promise;
    const pages = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const content = await page.getTextContent();
      const items = [];
      for (const item of content.items) {
        if (typeof item.str !== 'string' || item.str === '') continue;
        const [a, b, c, d, x, y] = item.transform;
        items.push([item.str, a, b, c, d, x, y, item.width]);
      }
      pages.push(items);
      page.cleanup();
    }
    parentPort.postMessage({ id, pages });
  } catch (error) {
    parentPort.postMessage({ id, error: { name: String(error?.name ?? 'Error'), message: String(error?.message ?? error) } });
  } finally {
    if (task) await task.destroy().catch(() => {});
  }
});
`;

interface Pending {
  resolve: (pages: RawTextItem[][]) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
}

interface WorkerReply {
  id: number;
  pages?: RawTextItem[][];
  error?: { name: string; message: string };
}

let worker: Worker | undefined;
const pending = new Map<number, Pending>();
let nextId = 1;

function failAll(error: Error): void {
  for (const [id, request] of pending) {
    clearTimeout(request.timer);
    request.reject(error);
    pending.delete(id);
  }
}

function startWorker(): Worker {
  const started = new Worker(WORKER_SOURCE, {
    eval: true,
    execArgv: [],
    workerData: {
      pdfUrl: import.meta.resolve('pdfjs-dist/legacy/build/pdf.mjs'),
      workerUrl: import.meta.resolve('pdfjs-dist/legacy/build/pdf.worker.mjs'),
    },
    resourceLimits: { maxOldGenerationSizeMb: 512 },
  });
  started.on('message', (reply: WorkerReply) => {
    const request = pending.get(reply.id);
    if (!request) return;
    pending.delete(reply.id);
    clearTimeout(request.timer);
    if (pending.size === 0) started.unref();
    if (reply.error) request.reject(new PdfWorkerError(reply.error.name, reply.error.message));
    else request.resolve(reply.pages ?? []);
  });
  started.on('error', (error) => {
    if (worker === started) worker = undefined;
    failAll(new PdfWorkerError('WorkerCrash', error.message));
  });
  started.on('exit', () => {
    if (worker === started) worker = undefined;
    failAll(new PdfWorkerError('WorkerExit', 'the PDF reader stopped'));
  });
  started.unref();
  return started;
}

/** The text items of every page of a PDF, read by pdf.js in the worker thread. */
export function readPdfTextItems(bytes: Uint8Array): Promise<RawTextItem[][]> {
  worker ??= startWorker();
  const current = worker;
  const id = nextId++;
  // pdf.js takes ownership of the buffer it is given: send a copy and transfer it.
  const data = bytes.slice();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      pending.delete(id);
      reject(new PdfWorkerError('Timeout', `reading the PDF took longer than ${PDF_TIMEOUT_MS / 1000} s`));
      // The worker may be stuck in a hostile file: replace it.
      if (worker === current) worker = undefined;
      void current.terminate();
    }, PDF_TIMEOUT_MS);
    pending.set(id, { resolve, reject, timer });
    // Keep the process alive while a PDF is being read; let it exit when the worker is idle.
    current.ref();
    current.postMessage({ id, data }, [data.buffer]);
  });
}

/** Stops the worker (tests and graceful shutdown); the next read starts a new one. */
export async function closePdfWorker(): Promise<void> {
  const current = worker;
  worker = undefined;
  if (current) await current.terminate();
}
