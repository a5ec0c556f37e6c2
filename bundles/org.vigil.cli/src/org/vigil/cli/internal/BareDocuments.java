package org.vigil.cli.internal;

import java.net.InetAddress;
import java.time.Instant;
import java.util.HashMap;
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
import org.apache.lucene.util.BytesRef;
import org.vigil.core.model.Event;
import org.vigil.core.model.FieldType;
import org.vigil.core.model.IpLiterals;
import org.vigil.core.model.KnownFields;
import org.vigil.ingest.FieldTypeDetector;

/**
 * The embedded store's document mapping written out by hand (its own is internal to
 * {@code org.vigil.local}): the same fields, points, doc values and stored values per type, so
 * that the bare-Lucene import indexes exactly what the embedded one does.
 */
final class BareDocuments {

    private final Map<String, FieldType> types = new HashMap<>();

    Document toDocument(Event event) {
        Document document = new Document();
        document.add(new StringField("_id", event.id(), Field.Store.YES)); //$NON-NLS-1$
        document.add(new SortedDocValuesField("_id", new BytesRef(event.id()))); //$NON-NLS-1$
        document.add(new LongField(Event.TIMESTAMP, event.timestamp().toEpochMilli(), Field.Store.YES));
        for (Map.Entry<String, Object> field : event.fields().entrySet()) {
            for (Object value : field.getValue() instanceof List<?> list ? list : List.of(field.getValue())) {
                if (value != null) {
                    add(document, field.getKey(), value);
                }
            }
        }
        return document;
    }

    private void add(Document document, String name, Object value) {
        FieldType type = types.computeIfAbsent(name,
                key -> KnownFields.typeOf(key).orElseGet(() -> FieldTypeDetector.detect(List.of(value))));
        switch (type) {
            case LONG -> document.add(new LongField(name, ((Number) number(value)).longValue(), Field.Store.NO));
            case DATE -> document.add(new LongField(name, instant(value).toEpochMilli(), Field.Store.NO));
            case DOUBLE -> document.add(new DoubleField(name, number(value).doubleValue(), Field.Store.NO));
            case IP -> addIp(document, name, IpLiterals.parse(value.toString()).orElseThrow());
            case TEXT -> document.add(new TextField(name, value.toString(), Field.Store.NO));
            case KEYWORD, BOOLEAN -> document.add(new KeywordField(name, value.toString(), Field.Store.NO));
        }
        store(document, name, value);
    }

    private static void addIp(Document document, String name, InetAddress address) {
        document.add(new InetAddressPoint(name, address));
        document.add(new SortedSetDocValuesField(name, new BytesRef(InetAddressPoint.encode(address))));
    }

    private static void store(Document document, String name, Object value) {
        switch (value) {
            case Long l -> document.add(new StoredField(name, l));
            case Integer i -> document.add(new StoredField(name, i.longValue()));
            case Double d -> document.add(new StoredField(name, d));
            default -> document.add(new StoredField(name, value.toString()));
        }
    }

    private static Number number(Object value) {
        return value instanceof Number n ? n : Double.valueOf(value.toString().trim());
    }

    private static Instant instant(Object value) {
        return value instanceof Instant t ? t : Instant.parse(value.toString().trim());
    }
}
