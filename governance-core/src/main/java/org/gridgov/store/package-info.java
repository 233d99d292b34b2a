/**
 * The event store SPI: issue timelines appended with an expected version, so that concurrent writers get a
 * conflict rather than a silent overwrite, and issues rebuilt by replaying what was stored. {@link
 * org.gridgov.store.InMemoryEventStore} is the thread-safe default; commands go through the engine
 * ({@code org.gridgov.engine.CityGovernance}), which loads, applies and appends. The store keeps events; the lifecycle that judges them lives in
 * {@code org.gridgov.issue}. {@link org.gridgov.store.EventLog} exports a store's timelines as JSON lines and
 * reads them back, refusing bad or illegal lines with their line numbers.
 */
package org.gridgov.store;
