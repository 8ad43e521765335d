import type { AppConfig } from '../config/app-config.js';
import type { Reasoner } from '../reasoning/reasoner.js';
import type { InterviewService } from '../workflow/interview-service.js';
import type { ReadinessCheck } from './readiness.js';
import type { SessionAccess } from './session-auth.js';
import type { SessionEventHub } from './session-event-hub.js';

/** Everything the HTTP layer needs from the core; built by `main.ts`, or by tests. */
export interface AppDeps {
  config: AppConfig;
  service: InterviewService;
  /** Used directly only by the stateless batch endpoint. */
  reasoner: Reasoner;
  access: SessionAccess;
  events: SessionEventHub;
  readiness: Record<string, ReadinessCheck>;
}
