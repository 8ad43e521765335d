import {
  type Context,
  context,
  type Span,
  type SpanOptions,
  type SpanStatus,
  type Tracer,
  type TracerProvider,
  trace,
} from '@opentelemetry/api';
import { afterEach, describe, expect, it } from 'vitest';
import { TRACER_NAME, withSpan } from './tracing.js';

interface RecordedSpan {
  name: string;
  attributes: SpanOptions['attributes'];
  status?: SpanStatus;
  exceptions: unknown[];
  ended: boolean;
}

/** A minimal tracer provider that records spans, standing in for an OpenTelemetry SDK. */
function recordingProvider(spans: RecordedSpan[], tracerNames: string[]): TracerProvider {
  const tracer: Tracer = {
    startSpan(name: string, options: SpanOptions = {}): Span {
      const recorded: RecordedSpan = { name, attributes: options.attributes, exceptions: [], ended: false };
      spans.push(recorded);
      const span = trace.wrapSpanContext({ traceId: '1'.repeat(32), spanId: '2'.repeat(16), traceFlags: 1 });
      span.setStatus = (status) => {
        recorded.status = status;
        return span;
      };
      span.recordException = (exception) => {
        recorded.exceptions.push(exception);
      };
      span.end = () => {
        recorded.ended = true;
      };
      return span;
    },
    startActiveSpan<F extends (span: Span) => unknown>(name: string, ...args: unknown[]): ReturnType<F> {
      const fn = args.at(-1) as F;
      const options = (args.length > 1 ? args[0] : {}) as SpanOptions;
      const span = this.startSpan(name, options);
      return context.with(trace.setSpan(context.active() as Context, span), () => fn(span)) as ReturnType<F>;
    },
  };
  return {
    getTracer: (name: string) => {
      tracerNames.push(name);
      return tracer;
    },
  };
}

describe('withSpan', () => {
  afterEach(() => trace.disable());

  it('runs the block and returns its value when no SDK is registered (no-op)', async () => {
    await expect(withSpan('node.parse', { 'gapwise.step': 'parse' }, async () => 'done')).resolves.toBe(
      'done',
    );
  });

  it('records a span with its attributes, and an error status on rejection, when an SDK is registered', async () => {
    const spans: RecordedSpan[] = [];
    const tracerNames: string[] = [];
    trace.setGlobalTracerProvider(recordingProvider(spans, tracerNames));
    await withSpan('model.evaluate-answer', { 'gapwise.step': 'evaluate-answer' }, async () => 1);
    const failure = new Error('boom');
    await expect(
      withSpan('model.generate-bullet', {}, async () => {
        throw failure;
      }),
    ).rejects.toBe(failure);
    expect(tracerNames).toContain(TRACER_NAME);
    expect(spans).toEqual([
      {
        name: 'model.evaluate-answer',
        attributes: { 'gapwise.step': 'evaluate-answer' },
        exceptions: [],
        ended: true,
      },
      {
        name: 'model.generate-bullet',
        attributes: {},
        status: { code: 2, message: 'Error' },
        exceptions: [failure],
        ended: true,
      },
    ]);
  });
});
