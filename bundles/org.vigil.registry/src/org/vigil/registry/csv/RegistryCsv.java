package org.vigil.registry.csv;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;
import org.vigil.registry.Agency;
import org.vigil.registry.InformationSystem;
import org.vigil.registry.Problem;
import org.vigil.registry.SystemFields;
import org.vigil.registry.internal.Columns;
import org.vigil.registry.internal.Columns.Column;
import org.vigil.registry.internal.CsvReader;
import org.vigil.registry.internal.CsvWriter;
import org.vigil.registry.internal.Messages;
import org.vigil.registry.internal.SystemText;

/**
 * The registry's CSV template (docs/REGISTRY.md): one file of systems, one of agencies, with
 * English or Vietnamese headers in any order and any case, with or without diacritics. Reading
 * checks only that cells parse; whether the data is valid (known agency, level 1 to 5…) is
 * {@link CsvImport}'s business, which knows the registry.
 */
public final class RegistryCsv {

    private static final List<String> SYSTEM_REQUIRED = List.of(SystemFields.NAME, SystemFields.AGENCY,
            SystemFields.LEVEL);
    private static final List<String> AGENCY_REQUIRED = List.of(SystemFields.ID, SystemFields.NAME);

    private RegistryCsv() {
    }

    /**
     * @param reader a systems file
     * @param file its name, for rejections
     * @return its rows; when the header is wrong, no row and one rejection on line 1
     * @throws IOException if it cannot be read
     */
    public static CsvRows<InformationSystem> readSystems(Reader reader, String file) throws IOException {
        return read(reader, file, Columns.SYSTEMS, SYSTEM_REQUIRED, SystemText::system);
    }

    /**
     * @param reader an agencies file
     * @param file its name, for rejections
     * @return its rows; when the header is wrong, no row and one rejection on line 1
     * @throws IOException if it cannot be read
     */
    public static CsvRows<Agency> readAgencies(Reader reader, String file) throws IOException {
        return read(reader, file, Columns.AGENCIES, AGENCY_REQUIRED, SystemText::agency);
    }

    /**
     * @param out where the file goes
     * @param systems the systems, one row each
     * @param vietnamese whether headers and fixed values are Vietnamese rather than English codes
     * @throws IOException if writing fails
     */
    public static void writeSystems(Writer out, List<InformationSystem> systems, boolean vietnamese)
            throws IOException {
        write(out, Columns.SYSTEMS, systems.stream().map(system -> SystemText.cells(system, vietnamese)).toList(),
                vietnamese);
    }

    /**
     * @param out where the file goes
     * @param agencies the agencies, one row each
     * @param vietnamese whether headers and kinds are Vietnamese rather than English codes
     * @throws IOException if writing fails
     */
    public static void writeAgencies(Writer out, List<Agency> agencies, boolean vietnamese) throws IOException {
        write(out, Columns.AGENCIES, agencies.stream().map(agency -> SystemText.cells(agency, vietnamese)).toList(),
                vietnamese);
    }

    /**
     * @param vietnamese which language
     * @return the header line of an empty systems file, as the template documents it
     */
    public static List<String> systemHeaders(boolean vietnamese) {
        return Columns.SYSTEMS.stream().map(column -> column.header(vietnamese)).toList();
    }

    private static void write(Writer out, List<Column> columns, List<Map<String, String>> rows, boolean vietnamese)
            throws IOException {
        CsvWriter.record(out, columns.stream().map(column -> column.header(vietnamese)).toList());
        for (Map<String, String> cells : rows) {
            CsvWriter.record(out, columns.stream().map(column -> cells.getOrDefault(column.field(), "")).toList()); //$NON-NLS-1$
        }
        out.flush();
    }

    private static <T> CsvRows<T> read(Reader reader, String file, List<Column> columns, List<String> required,
            Function<Map<String, String>, SystemText.Parsed<T>> parse) throws IOException {
        List<CsvReader.Record> records;
        try {
            records = CsvReader.read(reader);
        } catch (CsvReader.UnclosedQuoteException e) {
            return new CsvRows<>(file, Set.of(), List.of(), List.of(new CsvRejection(file, e.line(), Messages.Csv_unclosedQuote)));
        }
        if (records.isEmpty()) {
            return new CsvRows<>(file, Set.of(), List.of(), List.of(new CsvRejection(file, 1, Messages.Csv_empty)));
        }
        List<String> fields = new ArrayList<>();
        String headerProblem = header(records.get(0).fields(), columns, required, fields);
        if (headerProblem != null) {
            return new CsvRows<>(file, Set.of(), List.of(), List.of(new CsvRejection(file, 1, headerProblem)));
        }
        List<CsvRow<T>> rows = new ArrayList<>();
        List<CsvRejection> rejections = new ArrayList<>();
        for (CsvReader.Record record : records.subList(1, records.size())) {
            if (!record.isBlank()) {
                String problem = row(record, fields, parse, rows);
                if (problem != null) {
                    rejections.add(new CsvRejection(file, record.line(), problem));
                }
            }
        }
        return new CsvRows<>(file, Set.copyOf(fields), rows, rejections);
    }

    /** Reads one record into {@code rows}; returns why it could not be read, or null. */
    private static <T> String row(CsvReader.Record record, List<String> fields,
            Function<Map<String, String>, SystemText.Parsed<T>> parse, List<CsvRow<T>> rows) {
        if (record.fields().size() > fields.size()) {
            return NLS.bind(Messages.Csv_tooManyCells, record.fields().size(), fields.size());
        }
        Map<String, String> cells = new LinkedHashMap<>();
        for (int i = 0; i < record.fields().size(); i++) {
            cells.put(fields.get(i), record.fields().get(i));
        }
        SystemText.Parsed<T> parsed = parse.apply(cells);
        if (!parsed.problems().isEmpty()) {
            return parsed.problems().stream().map(Problem::toString).collect(Collectors.joining("; ")); //$NON-NLS-1$
        }
        rows.add(new CsvRow<>(record.line(), parsed.value()));
        return null;
    }

    private static String header(List<String> headers, List<Column> columns, List<String> required,
            List<String> fields) {
        for (String header : headers) {
            if (header.isBlank()) {
                fields.add(""); // spreadsheets write empty columns after the last one; their cells are ignored //$NON-NLS-1$
                continue;
            }
            var column = Columns.find(columns, header);
            if (column.isEmpty()) {
                return NLS.bind(Messages.Csv_unknownColumn, header, columns.stream()
                        .map(c -> c.field()).collect(Collectors.joining(", "))); //$NON-NLS-1$
            }
            if (fields.contains(column.get().field())) {
                return NLS.bind(Messages.Csv_repeatedColumn, header);
            }
            fields.add(column.get().field());
        }
        // With ids, a file may update a few fields of known systems; rows of new ones are checked for the rest.
        List<String> missing = fields.contains(SystemFields.ID) && columns == Columns.SYSTEMS ? List.of()
                : required.stream().filter(field -> !fields.contains(field)).toList();
        return missing.isEmpty() ? null : NLS.bind(Messages.Csv_missingColumns, String.join(", ", missing)); //$NON-NLS-1$
    }
}
