import type { FastifyInstance } from 'fastify';
import { AdmissionGate, type AdmissionGateOptions, GATED_ROUTES } from './admission-gate.js';

/**
 * Puts the gated routes behind one admission gate. The check runs on `onRequest`, before an upload
 * is read, so a turned-away request costs almost nothing; the slot is given back when the
 * connection's response is finished or the client goes away.
 */
export function registerAdmissionGate(app: FastifyInstance, options: AdmissionGateOptions): AdmissionGate {
  const gate = new AdmissionGate(options);
  app.addHook('onRequest', async (request, reply) => {
    if (!GATED_ROUTES.has(`${request.method} ${request.routeOptions.url}`)) return;
    const release = await gate.enter();
    reply.raw.once('close', release);
  });
  return gate;
}
