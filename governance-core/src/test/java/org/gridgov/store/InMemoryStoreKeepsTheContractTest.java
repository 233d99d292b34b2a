package org.gridgov.store;

/** The in-memory store keeps the store contract; its transactions do not roll back (nothing survives it anyway). */
class InMemoryStoreKeepsTheContractTest extends EventStoreContract {
    @Override
    protected EventStore newStore() {
        return new InMemoryEventStore();
    }

    @Override
    protected boolean rollsBack() {
        return false;
    }
}
