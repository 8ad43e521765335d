import { runServerProcess } from './run-server-process.js';

// Entry point of a server process (`node --import tsx src/server/main.ts`); tests spawn it.
await runServerProcess();
