package org.vigil.events;

/**
 * A searchable store of security events, published as an OSGi service by the bundle that
 * implements it. The workbench and the CLI never know the implementation: they find sources
 * through the {@link SourceRegistry}. A source published with a higher {@code service.ranking}
 * is preferred as the default.
 *
 * <p>The search, count and aggregation calls are added by the event-search work; this revision
 * of the interface carries what the workbench shell needs to list and choose sources.
 */
public interface EventSource {

    /**
     * @return how this source presents itself; must not change while the service is registered
     */
    SourceDescriptor descriptor();
}
