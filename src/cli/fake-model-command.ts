import type { Command } from 'commander';
import { fakeGeminiBaseUrl } from '../fake-model/fake-gemini-routes.js';
import { startFakeModelServer } from '../fake-model/fake-model-server.js';

/**
 * `gapwise fake-model`: the project's fake OpenAI-compatible model server (and Gemini API under
 * `/v1beta`), for trying the LLM engine and measuring caching without a network
 * (`OPENAI_BASE_URL=<printed url>`, or `GOOGLE_GENERATIVE_AI_BASE_URL=<printed Gemini url>`).
 */
export function registerFakeModelCommand(program: Command): void {
  program
    .command('fake-model')
    .description(
      'Run a fake OpenAI-compatible model server (latency, injected faults, prompt-cache accounting)',
    )
    .option('-p, --port <port>', 'port to listen on', '4010')
    .option('--latency <ms>', 'latency of each call in ms', '200')
    .option('--rate-limit-rate <share>', 'share of calls answered 429 (0..1)', '0')
    .option('--server-error-rate <share>', 'share of calls answered 500 (0..1)', '0')
    .action(
      async (options: { port: string; latency: string; rateLimitRate: string; serverErrorRate: string }) => {
        const server = await startFakeModelServer({
          port: Number(options.port),
          latencyMs: Number(options.latency),
          rateLimitRate: Number(options.rateLimitRate),
          serverErrorRate: Number(options.serverErrorRate),
        });
        console.log(`Fake model server on ${server.url}`);
        console.log(
          `Try: OPENAI_BASE_URL=${server.url} GAPWISE_MODEL=openai-compatible:fake npm run gapwise -- serve`,
        );
        console.log(
          `Or Gemini: GOOGLE_GENERATIVE_AI_BASE_URL=${fakeGeminiBaseUrl(server.url)} GOOGLE_GENERATIVE_AI_API_KEY=fake GAPWISE_MODEL=google:gemini-2.5-flash npm run gapwise -- serve`,
        );
        const stop = async () => {
          await server.close();
          process.exit(0);
        };
        process.on('SIGINT', () => void stop());
        process.on('SIGTERM', () => void stop());
      },
    );
}
