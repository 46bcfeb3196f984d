import assert from 'node:assert/strict';
import { context, metrics, SpanStatusCode, trace } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { MeterProvider, MetricReader } from '@opentelemetry/sdk-metrics';
import {
  BasicTracerProvider,
  InMemorySpanExporter,
  SimpleSpanProcessor,
  type ReadableSpan,
} from '@opentelemetry/sdk-trace-base';
import { createLogger } from '../../../host/log/createLogger';
import { messageActivity, startFixtureBot } from '../../support/botFixture';
import { postSkill } from '../../support/postActivity';

const QUESTION = 'What is the pass criterion for the brake fade test?';

/** A metric reader the test collects from on demand. */
class OnDemandReader extends MetricReader {
  protected override async onShutdown(): Promise<void> {}
  protected override async onForceFlush(): Promise<void> {}
}

describe('OpenTelemetry spans and metrics (a real turn and a plugin call, SDK registered by the test)', function () {
  this.timeout(30000);
  const exporter = new InMemorySpanExporter();
  const reader = new OnDemandReader();
  const lines: string[] = [];
  let fixture: Awaited<ReturnType<typeof startFixtureBot>>;

  before(async () => {
    context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
    trace.setGlobalTracerProvider(
      new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] }),
    );
    metrics.setGlobalMeterProvider(new MeterProvider({ readers: [reader] }));
    fixture = await startFixtureBot({ log: createLogger('info', (line) => lines.push(line)) });
  });
  after(async () => {
    await fixture.stop();
    trace.disable();
    metrics.disable();
    context.disable();
  });
  beforeEach(() => {
    exporter.reset();
    lines.splice(0);
  });

  const named = (name: string) => exporter.getFinishedSpans().filter((span) => span.name === name);
  const parentOf = (span: ReadableSpan) =>
    exporter.getFinishedSpans().find((s) => s.spanContext().spanId === span.parentSpanContext?.spanId);

  it('a knowledge turn: bot.turn > skill.invoke > knowledge.search, one trace, ids as attributes', async () => {
    const activity = messageActivity(QUESTION);
    const response = await fetch(`${fixture.baseUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(activity),
    });
    assert.equal(response.status, 200);
    const [turn] = named('bot.turn');
    const [skill] = named('skill.invoke');
    const searches = named('knowledge.search');
    assert.ok(
      turn && skill && searches.length > 0,
      exporter
        .getFinishedSpans()
        .map((s) => s.name)
        .join(),
    );
    assert.equal(turn.parentSpanContext, undefined, 'the turn is the root');
    assert.equal(parentOf(skill), turn);
    for (const search of searches) assert.equal(parentOf(search), skill);
    assert.equal(turn.attributes['bot.activity.id'], activity.id);
    assert.equal(turn.attributes['bot.conversation.id'], (activity.conversation as { id: string }).id);
    assert.equal(skill.attributes['skill.name'], 'ask_knowledge');
    const traceIds = new Set(exporter.getFinishedSpans().map((s) => s.spanContext().traceId));
    assert.equal(traceIds.size, 1);
    // Backend calls of the turn (conversation state, audit) are children within the same trace.
    assert.ok(named('backend.state.read').length > 0);
    assert.ok(named('backend.audit.append').length > 0);
  });

  it('log lines written inside the turn carry its trace id', async () => {
    await fetch(`${fixture.baseUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(messageActivity(QUESTION)),
    });
    const [turn] = named('bot.turn');
    const answered = lines
      .map((line) => JSON.parse(line) as Record<string, unknown>)
      .find((entry) => entry.message === 'skill answered');
    assert.equal(answered?.traceId, turn?.spanContext().traceId);
  });

  it('a plugin call: plugin.call > skill.invoke > knowledge.search', async () => {
    const response = await postSkill(fixture.baseUrl, 'ask_knowledge', { question: QUESTION });
    assert.equal(response.status, 200);
    const [call] = named('plugin.call');
    const [skill] = named('skill.invoke');
    const [search] = named('knowledge.search');
    assert.ok(call && skill && search);
    assert.equal(parentOf(skill), call);
    assert.equal(parentOf(search), skill);
    assert.equal(skill.attributes['skill.surface'], 'copilot');
  });

  it('a refused call ends its span with status ERROR and the error code', async () => {
    const response = await postSkill(fixture.baseUrl, 'ask_knowledge', { question: 42 });
    assert.equal(response.status, 400);
    const [call] = named('plugin.call');
    assert.equal(call?.status.code, SpanStatusCode.ERROR);
    assert.equal(call?.attributes['error.type'], 'invalid_parameters');
  });

  it('records duration histograms for turns, skills, retrieval and backend calls', async () => {
    await fetch(`${fixture.baseUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(messageActivity(QUESTION)),
    });
    const { resourceMetrics } = await reader.collect();
    const names = resourceMetrics.scopeMetrics.flatMap((scope) =>
      scope.metrics.map((m) => m.descriptor.name),
    );
    for (const name of [
      'bot.turn.duration',
      'skill.invoke.duration',
      'knowledge.search.duration',
      'backend.audit.append.duration',
    ])
      assert.ok(names.includes(name), `${name} missing from ${names.join(', ')}`);
    const turn = resourceMetrics.scopeMetrics
      .flatMap((scope) => scope.metrics)
      .find((m) => m.descriptor.name === 'bot.turn.duration');
    assert.equal(turn?.descriptor.unit, 'ms');
    assert.ok(turn?.dataPoints.some((point) => point.attributes.outcome === 'ok'));
  });
});
