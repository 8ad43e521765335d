import {
  type BaseCheckpointSaver,
  type CheckpointTuple,
  MemorySaver,
  type PendingWrite,
} from '@langchain/langgraph-checkpoint';
import { GapwiseError } from '../errors/index.js';

/** A thread's latest checkpoint, copied into memory, with a way to write what a run adds. */
export interface StagedThread {
  /** The in-memory saver the run uses instead of the durable one. */
  saver: MemorySaver;
  /** Whether the thread had a checkpoint before this run. */
  existed: boolean;
  /** Writes every checkpoint the run added to the durable saver, oldest first. */
  commit(): Promise<void>;
}

const threadConfig = (threadId: string, checkpointId?: string) => ({
  configurable: {
    thread_id: threadId,
    checkpoint_ns: '',
    ...(checkpointId ? { checkpoint_id: checkpointId } : {}),
  },
});

/** Pending writes of one checkpoint, grouped by the task that made them (putWrites takes one task). */
function writesByTask(tuple: CheckpointTuple): Map<string, PendingWrite[]> {
  const grouped = new Map<string, PendingWrite[]>();
  for (const [taskId, channel, value] of tuple.pendingWrites ?? []) {
    const list = grouped.get(taskId) ?? [];
    list.push([channel, value]);
    grouped.set(taskId, list);
  }
  return grouped;
}

async function copyTuple(
  target: BaseCheckpointSaver,
  threadId: string,
  tuple: CheckpointTuple,
): Promise<void> {
  const parentId = tuple.parentConfig?.configurable?.checkpoint_id as string | undefined;
  // Every channel is passed as "new" so a saver that stores values per version writes them all.
  const saved = await target.put(
    threadConfig(threadId, parentId),
    tuple.checkpoint,
    tuple.metadata ?? { source: 'loop', step: -1, parents: {} },
    tuple.checkpoint.channel_versions,
  );
  for (const [taskId, writes] of writesByTask(tuple)) await target.putWrites(saved, writes, taskId);
}

/**
 * Runs one workflow step against a copy of the thread in memory, and writes the result to the
 * durable checkpointer only when the step succeeded.
 *
 * Why: LangGraph checkpoints after every super-step. Resuming an `interrupt()` first saves the
 * answer (the interrupted node completes), then a model call in the next node may fail — and
 * the thread would be left past the interrupt, the answer half-applied and the question no
 * longer waiting for it. Staging makes a step all-or-nothing: on error nothing is written and
 * the same answer can simply be sent again.
 */
export async function stageThread(durable: BaseCheckpointSaver, threadId: string): Promise<StagedThread> {
  const saver = new MemorySaver();
  const seed = await durable.getTuple(threadConfig(threadId));
  const seedId = seed?.checkpoint.id;
  if (seed) await copyTuple(saver, threadId, seed);

  return {
    saver,
    existed: seed !== undefined,
    commit: async () => {
      // Optimistic check: if another writer moved the thread on meanwhile (a lock that expired
      // during a slow model call), this step's result is stale and must not land.
      const latest = await durable.getTuple(threadConfig(threadId));
      if (latest?.checkpoint.id !== seedId) {
        throw new GapwiseError('ANSWER_CONFLICT', {
          message:
            'This question was changed by another request while this one ran. Reload it and try again.',
        });
      }
      const added: CheckpointTuple[] = [];
      for await (const tuple of saver.list(threadConfig(threadId))) {
        if (tuple.checkpoint.id !== seedId) added.push(tuple);
      }
      added.sort((a, b) => a.checkpoint.id.localeCompare(b.checkpoint.id));
      for (const tuple of added) await copyTuple(durable, threadId, tuple);
    },
  };
}
