/** What a collector holds, and the most it can ever hold. */
export interface MemoryFootprint {
  /** Time slots in the ring (fixed at creation). */
  slots: number;
  slotMs: number;
  retentionMs: number;
  /** Distinct operation names interned (at most maxOperations, the rest fold into `other`). */
  operationNames: number;
  /** Distinct step + provider + model keys interned. */
  modelKeys: number;
  /** Sessions and questions in the cost ledger. */
  sessions: number;
  questions: number;
  /** Estimate of the bytes held now by the slots and the ledger. */
  approxBytes: number;
  /** The most `approxBytes` can reach with the configured bounds, however many records arrive. */
  boundBytes: number;
}
