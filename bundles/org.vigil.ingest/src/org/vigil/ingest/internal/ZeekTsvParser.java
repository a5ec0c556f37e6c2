package org.vigil.ingest.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads one Zeek TSV file, following its header lines as they come. */
final class ZeekTsvParser implements RecordParser {

    private static final String TS = "ts";
    private static final Pattern HEX_ESCAPE = Pattern.compile("\\\\x([0-9a-fA-F]{2})");

    private String separator = "\t";
    private String setSeparator = ",";
    private String emptyField = "(empty)";
    private String unsetField = "-";
    private String log;
    private List<String> names;
    private List<String> types = List.of();

    /** @param log the log name to use until a {@code #path} header names it */
    ZeekTsvParser(String log) {
        this.log = log;
    }

    @Override
    public ParsedRecord parse(String text) throws RejectedRecordException {
        if (text.startsWith("#")) {
            readHeader(text);
            return null;
        }
        if (names == null) {
            throw new RejectedRecordException(Messages.Rejection_noFieldsHeader);
        }
        return readData(split(text, separator));
    }

    private void readHeader(String text) {
        if (text.startsWith("#separator ")) {
            separator = unescape(text.substring("#separator ".length()));
            return;
        }
        List<String> parts = split(text, separator);
        String value = parts.size() > 1 ? parts.get(1) : "";
        switch (parts.get(0)) {
            case "#set_separator" -> setSeparator = value;
            case "#empty_field" -> emptyField = value;
            case "#unset_field" -> unsetField = value;
            case "#path" -> log = value;
            case "#fields" -> names = parts.subList(1, parts.size());
            case "#types" -> types = parts.subList(1, parts.size());
            default -> {
                // #open, #close and comments say nothing about the records.
            }
        }
    }

    private ParsedRecord readData(List<String> values) throws RejectedRecordException {
        if (values.size() != names.size()) {
            throw new RejectedRecordException(Messages.Rejection_columnCount, names.size(), values.size());
        }
        Map<String, Object> originals = new LinkedHashMap<>();
        for (int i = 0; i < values.size(); i++) {
            Object value = convert(names.get(i), typeAt(i), values.get(i));
            if (value != null) {
                originals.put(names.get(i), value);
            }
        }
        Instant timestamp = Timestamps.require(originals.remove(TS), TS, ZoneOffset.UTC, ChronoUnit.SECONDS);
        Map<String, Object> fields = ZeekFields.toEcs(log, originals);
        Timestamps.keepOriginal(values.get(names.indexOf(TS)), fields);
        return new ParsedRecord(timestamp, fields);
    }

    private String typeAt(int index) {
        return index < types.size() ? types.get(index) : "string";
    }

    private Object convert(String name, String type, String raw) throws RejectedRecordException {
        if (raw.equals(unsetField)) {
            return null;
        }
        int bracket = type.indexOf('[');
        if (bracket > 0 && type.endsWith("]")) {
            return convertList(name, type.substring(bracket + 1, type.length() - 1), raw);
        }
        return raw.equals(emptyField) ? "" : convertScalar(name, type, raw);
    }

    private List<Object> convertList(String name, String elementType, String raw) throws RejectedRecordException {
        List<Object> elements = new ArrayList<>();
        if (!raw.equals(emptyField)) {
            for (String element : split(raw, setSeparator)) {
                elements.add(convertScalar(name, elementType, element));
            }
        }
        return List.copyOf(elements);
    }

    private static Object convertScalar(String name, String type, String raw) throws RejectedRecordException {
        try {
            return switch (type) {
                case "count", "int", "port" -> Long.parseLong(raw);
                case "double", "interval" -> Double.parseDouble(raw);
                case "bool" -> "T".equals(raw);
                case "time" -> Timestamps.epochSeconds(new BigDecimal(raw));
                default -> raw;
            };
        } catch (NumberFormatException | ArithmeticException e) {
            throw new RejectedRecordException(Messages.Rejection_badValue, name, type, raw);
        }
    }

    private static List<String> split(String text, String separator) {
        return List.of(text.split(Pattern.quote(separator), -1));
    }

    private static String unescape(String text) {
        return HEX_ESCAPE.matcher(text)
                .replaceAll(match -> Matcher.quoteReplacement(
                String.valueOf((char) HexFormat.fromHexDigits(match.group(1)))));
    }
}
