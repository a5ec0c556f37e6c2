package org.vigil.ingest.tests;

import java.util.ArrayList;
import java.util.List;

import org.vigil.core.model.Event;
import org.vigil.ingest.EventSink;
import org.vigil.ingest.Rejection;

/** Keeps what a format emits, as an import report would show it. */
class RecordingSink implements EventSink {

    final List<Event> events = new ArrayList<>();
    final List<Rejection> rejections = new ArrayList<>();

    @Override
    public void accept(Event event) {
        events.add(event);
    }

    @Override
    public void reject(Rejection rejection) {
        rejections.add(rejection);
    }

    List<String> ids() {
        return events.stream().map(Event::id).toList();
    }

    List<Long> rejectedLines() {
        return rejections.stream().map(Rejection::lineNumber).toList();
    }
}
