package org.vigil.local.internal;

import java.io.IOException;
import java.net.InetAddress;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoubleField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.InetAddressPoint;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFieldVisitor;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.util.BytesRef;
import org.vigil.core.model.Event;
import org.vigil.core.model.FieldConflicts;
import org.vigil.core.model.FieldType;
import org.vigil.core.model.IpLiterals;
import org.vigil.core.model.IsoInstants;
import org.vigil.core.model.KnownFields;

/**
 * Maps events to Lucene documents and back. Each field is indexed the way its type is searched
 * and aggregated (points and doc values for numbers, dates and IPs, terms and sorted doc values
 * for keywords, analysed terms for text) and stored with its Java type, so an event reads back
 * as it was imported. The store gives it events whose values fit their fields' types: a value that
 * did not was moved to its shadow field by {@link FieldConflicts} before. Fields that follow from
 * others ({@link KnownFields#isStored}) are left out, and {@code event.id} holds the event's id,
 * whatever a file's own field of that name said, as on Elasticsearch.
 */
final class EventDocuments {

    /** Holds the event id; the key for replacing an event on re-import. */
    static final String ID = "_id";
    /** The event's id as a field of the event, searchable as on Elasticsearch. */
    static final String ID_FIELD = "event.id";
    /** Starts the name of the field holding a text field's whole values, for aggregations. */
    static final String WHOLE_TEXT = "_whole.";
    /** Longer text has no whole value, as Elasticsearch's default {@code ignore_above} of a text's keyword. */
    static final int WHOLE_TEXT_CHARS = 256;

    private final FieldCatalog catalog;

    EventDocuments(FieldCatalog catalog) {
        this.catalog = catalog;
    }

    Document toDocument(Event event) {
        Document document = new Document();
        document.add(new StringField(ID, event.id(), Field.Store.YES));
        // Doc values on the id make it the sort tie-breaker that keeps cursors stable across refreshes.
        document.add(new SortedDocValuesField(ID, new BytesRef(event.id())));
        document.add(new LongField(Event.TIMESTAMP, event.timestamp().toEpochMilli(), Field.Store.YES));
        catalog.resolve(ID_FIELD, event.id());
        document.add(new StringField(ID_FIELD, event.id(), Field.Store.YES));
        event.fields().forEach((name, value) -> {
            if (!KnownFields.isStored(name) || ID_FIELD.equals(name)) {
                return;
            }
            if (value instanceof List<?> list) {
                list.forEach(single -> addValue(document, name, single));
            } else {
                addValue(document, name, value);
            }
        });
        return document;
    }

    private void addValue(Document document, String name, Object value) {
        if (value != null) {
            addValue(document, name, catalog.resolve(name, value), value);
        }
    }

    /**
     * Reads a hit's stored values straight into the event's fields, in the order they were
     * stored, without building a {@link Document} of them first.
     */
    Event toEvent(StoredFields stored, int doc) throws IOException {
        EventReader reader = new EventReader();
        stored.document(doc, reader);
        return reader.event();
    }

    private static void addValue(Document document, String name, FieldType type, Object value) {
        // The value fits the type (FieldConflicts); a parse that fails all the same leaves it stored only.
        switch (type) {
            case LONG -> addLong(document, name, value);
            case DATE -> addDate(document, name, value);
            case DOUBLE -> addDouble(document, name, value);
            case IP -> addIp(document, name, value);
            case TEXT -> addText(document, name, value.toString());
            case KEYWORD, BOOLEAN -> add(document, new KeywordField(name, value.toString(), Field.Store.NO));
        }
        storeValue(document, name, value);
    }

    /**
     * Text is searched by its words and counted by its whole value, as Elasticsearch's text with a
     * {@code keyword} sub-field: the whole value goes to a field of its own, because a Lucene field
     * has the same structures in every document and a long value has no whole form.
     */
    private static boolean addText(Document document, String name, String text) {
        document.add(new TextField(name, text, Field.Store.NO));
        if (text.length() <= WHOLE_TEXT_CHARS) {
            document.add(new SortedSetDocValuesField(WHOLE_TEXT + name, new BytesRef(text)));
        }
        return true;
    }

    private static boolean add(Document document, IndexableField field) {
        document.add(field);
        return true;
    }

    private static boolean addLong(Document document, String name, Object value) {
        Long number = value instanceof Number n && !(value instanceof Double) ? Long.valueOf(n.longValue())
                : parseLong(value.toString());
        if (number != null) {
            document.add(new LongField(name, number, Field.Store.NO));
        }
        return number != null;
    }

    private static boolean addDate(Document document, String name, Object value) {
        Instant instant = value instanceof Instant t ? t : parseInstant(value.toString());
        if (instant != null) {
            document.add(new LongField(name, instant.toEpochMilli(), Field.Store.NO));
        }
        return instant != null;
    }

    private static boolean addDouble(Document document, String name, Object value) {
        Double number = value instanceof Number n ? Double.valueOf(n.doubleValue()) : parseDouble(value.toString());
        if (number != null) {
            document.add(new DoubleField(name, number, Field.Store.NO));
        }
        return number != null;
    }

    private static boolean addIp(Document document, String name, Object value) {
        InetAddress address = IpLiterals.parse(value.toString()).orElse(null);
        if (address != null) {
            document.add(new InetAddressPoint(name, address));
            document.add(new SortedSetDocValuesField(name, new BytesRef(InetAddressPoint.encode(address))));
        }
        return address != null;
    }

    private static void storeValue(Document document, String name, Object value) {
        // Stored with the Java type it came with, so the detail view shows what was imported.
        switch (value) {
            case Long l -> document.add(new StoredField(name, l));
            case Integer i -> document.add(new StoredField(name, i.longValue()));
            case Double d -> document.add(new StoredField(name, d));
            case Instant t -> document.add(new StoredField(name, t.toString()));
            default -> document.add(new StoredField(name, value.toString()));
        }
    }

    /** A stored text is typed by its field: booleans and dates were stored as their text. */
    private Object typed(String name, String text) {
        return switch (catalog.typeOf(name).orElse(FieldType.KEYWORD)) {
            case BOOLEAN -> "true".equals(text) || "false".equals(text) ? Boolean.valueOf(text) : text;
            case DATE -> {
                Instant instant = parseInstant(text);
                yield instant == null ? text : instant;
            }
            default -> text;
        };
    }

    /** Collects one document's stored values; the id and time go to the event's own slots. */
    private final class EventReader extends StoredFieldVisitor {

        private final Map<String, Object> fields = new LinkedHashMap<>();
        private String id;
        private Instant timestamp;

        @Override
        public Status needsField(FieldInfo field) {
            return Status.YES;
        }

        @Override
        public void stringField(FieldInfo field, String value) {
            if (ID.equals(field.name)) {
                id = id == null ? value : id;
            } else if (!Event.TIMESTAMP.equals(field.name)) {
                Event.addValue(fields, field.name, typed(field.name, value));
            }
        }

        @Override
        public void longField(FieldInfo field, long value) {
            if (Event.TIMESTAMP.equals(field.name)) {
                timestamp = timestamp == null ? Instant.ofEpochMilli(value) : timestamp;
            } else {
                number(field, value);
            }
        }

        @Override
        public void intField(FieldInfo field, int value) {
            number(field, value);
        }

        @Override
        public void doubleField(FieldInfo field, double value) {
            number(field, value);
        }

        @Override
        public void floatField(FieldInfo field, float value) {
            number(field, value);
        }

        private void number(FieldInfo field, Number value) {
            if (!ID.equals(field.name) && !Event.TIMESTAMP.equals(field.name)) {
                Event.addValue(fields, field.name, value);
            }
        }

        Event event() {
            return new Event(id, timestamp, fields);
        }
    }

    static Long parseLong(String text) {
        try {
            return Long.valueOf(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static Double parseDouble(String text) {
        try {
            return Double.valueOf(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static Instant parseInstant(String text) {
        try {
            return IsoInstants.parse(text.trim());
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }
}
