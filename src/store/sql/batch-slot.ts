/**
 * The lifecycle every `PutBatch` shares, whatever writes it: one open batch per store, and each
 * batch committed or discarded once. Writers supply only what adding, committing and discarding do.
 */
import type { PutBatch } from "../event-store.js";
import { StoreError } from "../store-error.js";

/** Holds a writer's open batch, if any. */
export class BatchSlot {
  private busy = false;

  /** True while a batch of this slot is open. */
  get isOpen(): boolean {
    return this.busy;
  }

  /**
   * Opens a batch over `impl`, then runs `start` (the writer's own begin); throws a StoreError while
   * another batch of this slot is open, and when the batch is used after its commit or discard.
   */
  open(impl: PutBatch, start: () => void = () => undefined): PutBatch {
    if (this.busy) throw new StoreError("beginBatch: another batch of this store is open");
    this.busy = true;
    start();
    let live = true;
    const end = (what: string): void => {
      if (!live) throw new StoreError(`${what}: this batch was already committed or discarded`);
      live = false;
      this.busy = false;
    };
    return {
      add: (item) => {
        if (!live) throw new StoreError("add: this batch was already committed or discarded");
        impl.add(item);
      },
      commit: async () => {
        end("commit");
        return impl.commit();
      },
      discard: async () => {
        end("discard");
        return impl.discard();
      },
    };
  }
}
