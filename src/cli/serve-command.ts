import type { Command } from 'commander';

/** `gapwise serve`: the HTTP API and web UI on the embedded defaults, or on what the environment sets. */
export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('Start the HTTP server (API, docs at /docs, web UI). Configured by environment variables.')
    .option('-p, --port <port>', 'port to listen on (PORT)')
    .option('--host <host>', 'address to listen on (HOST)')
    .action(async (options: { port?: string; host?: string }) => {
      const { runServerProcess } = await import('../server/run-server-process.js');
      await runServerProcess({
        ...process.env,
        ...(options.port ? { PORT: options.port } : {}),
        ...(options.host ? { HOST: options.host } : {}),
      });
    });
}
