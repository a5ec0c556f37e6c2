package org.vigil.dashboards.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;
import org.vigil.dashboards.DashboardFileException;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;

/**
 * A JSON document read into values that remember where they stand in the file, so that a mistake
 * found after parsing (a missing key, an unknown kind) can still be named by line and column.
 */
final class JsonTree {

    /**
     * A value and where it starts.
     *
     * @param value a {@code Map<String, Node>} (in file order), a {@code List<Node>}, a
     *            {@link String}, a {@link Number}, a {@link Boolean} or {@code null}
     * @param line its line, from 1
     * @param column its column, from 1
     */
    record Node(Object value, int line, int column) {
    }

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private final String file;

    private JsonTree(String file) {
        this.file = file;
    }

    /**
     * @param file the file's name, for messages
     * @param text the document
     * @return its root value
     * @throws DashboardFileException at the first syntax error, a key given twice, or content after the root
     */
    static Node parse(String file, String text) throws DashboardFileException {
        String body = text.startsWith("\uFEFF") ? " " + text.substring(1) : text; //$NON-NLS-1$ //$NON-NLS-2$ a byte order mark some editors put first
        JsonTree tree = new JsonTree(file);
        try (JsonParser parser = FACTORY.createParser(body)) {
            if (parser.nextToken() == null) {
                throw new DashboardFileException(file, 1, 1, Messages.File_empty);
            }
            Node root = tree.value(parser);
            if (parser.nextToken() != null) {
                throw tree.error(parser.currentTokenLocation(), Messages.File_trailing);
            }
            return root;
        } catch (JsonProcessingException e) {
            JsonLocation where = e.getLocation();
            throw new DashboardFileException(file, where == null ? 1 : where.getLineNr(),
                    where == null ? 1 : where.getColumnNr(), NLS.bind(Messages.File_malformed, e.getOriginalMessage()));
        } catch (IOException e) {
            // Reading a string does no I/O; only a parse error can get here, and it is handled above.
            throw new DashboardFileException(file, 1, 1, NLS.bind(Messages.File_malformed, e.getMessage()));
        }
    }

    private Node value(JsonParser parser) throws IOException {
        JsonLocation where = parser.currentTokenLocation();
        JsonToken token = parser.currentToken();
        Object value = switch (token) {
            case START_OBJECT -> object(parser);
            case START_ARRAY -> array(parser);
            case VALUE_STRING -> parser.getText();
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> parser.getNumberValue();
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            default -> null;
        };
        return new Node(value, where.getLineNr(), where.getColumnNr());
    }

    private Map<String, Node> object(JsonParser parser) throws IOException {
        Map<String, Node> members = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            parser.nextToken();
            members.put(key, value(parser));
        }
        return members;
    }

    private List<Node> array(JsonParser parser) throws IOException {
        List<Node> items = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            items.add(value(parser));
        }
        return items;
    }

    private DashboardFileException error(JsonLocation where, String problem) {
        return new DashboardFileException(file, where.getLineNr(), where.getColumnNr(), problem);
    }
}
