import { type Attributes, SpanStatusCode, trace } from '@opentelemetry/api';

/** Name of the tracer every Gapwise span is created by. */
export const TRACER_NAME = 'gapwise';

/**
 * Runs `fn` inside an OpenTelemetry span named `name` (a workflow node, a model call). Without a
 * registered OpenTelemetry SDK the API hands out no-op spans, so this costs next to nothing; an
 * operator turns tracing on by registering an SDK with an OTLP exporter at start. A rejection is
 * recorded on the span (exception event and error status) and rethrown. Attributes must never
 * carry CV text or answers.
 * @example await withSpan('model.evaluate-answer', { 'gapwise.step': 'evaluate-answer' }, () => call())
 */
export function withSpan<T>(name: string, attrs: Attributes, fn: () => Promise<T>): Promise<T> {
  return trace.getTracer(TRACER_NAME).startActiveSpan(name, { attributes: attrs }, async (span) => {
    try {
      return await fn();
    } catch (error) {
      if (error instanceof Error) span.recordException(error);
      span.setStatus({
        code: SpanStatusCode.ERROR,
        message: error instanceof Error ? error.name : 'error',
      });
      throw error;
    } finally {
      span.end();
    }
  });
}
