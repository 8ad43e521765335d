import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * Sits between the server and the fake model and can hold every model call until the test
 * releases it: the test then knows a call is in flight, and checks what the stream said meanwhile
 * (ordering, not timing).
 */
export interface ModelGate {
  url: string;
  hold(): void;
  release(): void;
  close(): Promise<void>;
}

export async function startModelGate(target: string): Promise<ModelGate> {
  const origin = new URL(target).origin;
  let gate: Promise<void> = Promise.resolve();
  let open = () => {};
  const server: Server = createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    await gate;
    const upstream = await fetch(`${origin}${request.url}`, {
      method: request.method,
      headers: { 'content-type': 'application/json' },
      body: Buffer.concat(chunks),
    });
    response.writeHead(upstream.status, {
      'content-type': upstream.headers.get('content-type') ?? 'application/json',
    });
    response.end(Buffer.from(await upstream.arrayBuffer()));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    hold: () => {
      gate = new Promise((resolve) => {
        open = resolve;
      });
    },
    release: () => open(),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
