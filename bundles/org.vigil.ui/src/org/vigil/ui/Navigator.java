package org.vigil.ui;

import java.time.Instant;
import java.util.Objects;

import org.eclipse.e4.core.di.annotations.Creatable;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

import jakarta.inject.Inject;

/**
 * Takes the operator to another perspective with something to show there: a case in the Cases
 * perspective, a search in Investigate. It switches the perspective first, which creates its
 * parts if they were never shown, then sends the request on the topic, which the part showing
 * such things subscribes to with {@code @UIEventTopic}. The requests are records of this
 * package, so that the bundles need not depend on one another. Inject it where a part or
 * handler needs it; it is created on demand.
 */
@Creatable
public final class Navigator {

    /** Topic of a {@link CaseRequest}, subscribed to by the Cases perspective's list. */
    public static final String TOPIC_OPEN_CASE = "org/vigil/ui/navigate/case"; //$NON-NLS-1$
    /** Topic of a {@link SearchRequest}, subscribed to by Investigate's search part. */
    public static final String TOPIC_SEARCH = "org/vigil/ui/navigate/search"; //$NON-NLS-1$
    /** Topic of a {@link CaseListRequest}, subscribed to by the Cases perspective's list. */
    public static final String TOPIC_CASE_LIST = "org/vigil/ui/navigate/cases"; //$NON-NLS-1$
    /** Topic of a {@link RegistryRequest}, subscribed to by the Registry perspective's part. */
    public static final String TOPIC_REGISTRY = "org/vigil/ui/navigate/registry"; //$NON-NLS-1$

    /**
     * Opens a case in its editor.
     *
     * @param store the id of the case store holding it
     * @param number the case's number
     */
    public record CaseRequest(String store, String number) {

        /** Requires both. */
        public CaseRequest {
            Objects.requireNonNull(store, "store"); //$NON-NLS-1$
            Objects.requireNonNull(number, "number"); //$NON-NLS-1$
        }
    }

    /**
     * Runs a KQL search over a time range on the source the search part has chosen.
     *
     * @param query the KQL query
     * @param from the first instant searched
     * @param to the instant after the last one searched
     */
    public record SearchRequest(String query, Instant from, Instant to) {

        /** Requires a query and a range that ends after it starts. */
        public SearchRequest {
            Objects.requireNonNull(query, "query"); //$NON-NLS-1$
            if (!to.isAfter(from)) {
                throw new IllegalArgumentException(from + " .. " + to); //$NON-NLS-1$
            }
        }
    }

    /**
     * Shows the case list filtered, e.g. to the cases behind a dashboard's bar. Values are the
     * lower-case words of the case model's enums ({@code in-progress}, {@code critical},
     * {@code network-scan}); {@code null} leaves that filter at "any".
     *
     * @param status a status word, or null
     * @param severity a severity word, or null
     * @param category a category word, or null
     * @param overdueOnly whether to show only the cases past a deadline
     * @param openOnly whether to show only the open cases (every status but closed), as the
     *            dashboards' open-case figures count them; {@code status} narrows further
     */
    public record CaseListRequest(String status, String severity, String category, boolean overdueOnly,
            boolean openOnly) {

        /** The cases of any status that pass the other filters. */
        public CaseListRequest(String status, String severity, String category, boolean overdueOnly) {
            this(status, severity, category, overdueOnly, false);
        }
    }

    /**
     * Shows the registry's systems filtered, e.g. to those behind a dashboard's bar or row.
     *
     * @param agency an agency id (with the agencies below it), or null for all
     * @param level a security level 1 to 5, or null for all
     * @param overdueOnly whether to show only the systems with a target past its deadline
     */
    public record RegistryRequest(String agency, Integer level, boolean overdueOnly) {
    }

    private final MApplication application;
    private final EModelService models;
    private final EPartService parts;
    private final IEventBroker broker;

    /**
     * @param application the application model
     * @param models finds the perspective
     * @param parts switches to it
     * @param broker delivers the request
     */
    @Inject
    public Navigator(MApplication application, EModelService models, EPartService parts, IEventBroker broker) {
        this.application = application;
        this.models = models;
        this.parts = parts;
        this.broker = broker;
    }

    /** @param request the case to open in the Cases perspective @return whether the perspective is there */
    public boolean openCase(CaseRequest request) {
        return go(VigilUi.PERSPECTIVE_CASES, TOPIC_OPEN_CASE, request);
    }

    /** @param request the search to run in Investigate @return whether the perspective is there */
    public boolean search(SearchRequest request) {
        return go(VigilUi.PERSPECTIVE_INVESTIGATE, TOPIC_SEARCH, request);
    }

    /** @param request the filters of the case list @return whether the Cases perspective is there */
    public boolean showCases(CaseListRequest request) {
        return go(VigilUi.PERSPECTIVE_CASES, TOPIC_CASE_LIST, request);
    }

    /** @param request the filters of the registry @return whether the Registry perspective is there */
    public boolean showRegistry(RegistryRequest request) {
        return go(VigilUi.PERSPECTIVE_REGISTRY, TOPIC_REGISTRY, request);
    }

    private boolean go(String perspectiveId, String topic, Object request) {
        MPerspective perspective = models.findElements(application, perspectiveId, MPerspective.class).stream()
                .findFirst().orElse(null);
        if (perspective == null) {
            return false;
        }
        parts.switchPerspective(perspective);
        return broker.send(topic, request);
    }
}
