package org.vigil.registry.csv;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;
import org.vigil.registry.Agency;
import org.vigil.registry.AgencyTree;
import org.vigil.registry.AssetClaims;
import org.vigil.registry.InformationSystem;
import org.vigil.registry.Problem;
import org.vigil.registry.RegistryException;
import org.vigil.registry.RegistryValidator;
import org.vigil.registry.SavedSystem;
import org.vigil.registry.SystemFields;
import org.vigil.registry.SystemFilter;
import org.vigil.registry.SystemRegistry;
import org.vigil.registry.internal.Messages;
import org.vigil.registry.internal.Names;
import org.vigil.registry.internal.SystemText;

/**
 * Imports an agencies file and a systems file into a registry: bad rows are reported with line
 * and reason, good rows are written, all in one transaction, so a failure leaves the registry as
 * it was. A row updates the system with its id; a row without an id updates the system of the
 * same agency with the same name (ignoring case and diacritics), else adds one with an id made
 * from the agency and the name. Re-importing a file therefore updates rather than duplicates, and a
 * file with only some columns updates only those fields.
 */
public final class CsvImport {

    private static final int MAX_ID = 64;

    private final SystemRegistry registry;

    /** @param registry where the rows go */
    public CsvImport(SystemRegistry registry) {
        this.registry = registry;
    }

    /**
     * A file to import.
     *
     * @param name its name, for rejections
     * @param reader its content
     */
    public record Source(String name, Reader reader) {
    }

    /**
     * @param agencies the agencies file, or null
     * @param systems the systems file, or null
     * @return what was imported and what was not
     * @throws IOException if a file cannot be read
     * @throws RegistryException if the registry cannot be read or written; then nothing was written
     */
    public CsvImportReport run(Source agencies, Source systems) throws IOException, RegistryException {
        List<CsvRejection> rejections = new ArrayList<>();
        List<CsvRejection> warnings = new ArrayList<>();
        Map<String, Agency> knownAgencies = new LinkedHashMap<>();
        registry.agencies().forEach(agency -> knownAgencies.put(agency.id(), agency));
        List<Agency> newAgencies = agencies == null ? List.of()
                : agencies(RegistryCsv.readAgencies(agencies.reader(), agencies.name()), knownAgencies, rejections);
        Map<String, InformationSystem> stored = new HashMap<>();
        registry.systems(SystemFilter.ALL).forEach(system -> stored.put(system.id(), system));
        List<InformationSystem> newSystems = systems == null ? List.of()
                : systems(RegistryCsv.readSystems(systems.reader(), systems.name()), knownAgencies.values(), stored,
                        rejections, warnings);
        List<SavedSystem> saved = registry.saveAll(newAgencies, newSystems);
        int updated = (int) saved.stream().filter(s -> stored.containsKey(s.system().id())).count();
        rejections.sort(Comparator.comparing(CsvRejection::file).thenComparingInt(CsvRejection::line));
        return new CsvImportReport(newAgencies.size(), saved.size() - updated, updated, rejections, warnings);
    }

    private static List<Agency> agencies(CsvRows<Agency> rows, Map<String, Agency> known,
            List<CsvRejection> rejections) {
        rejections.addAll(rows.rejections());
        Map<String, CsvRow<Agency>> accepted = new LinkedHashMap<>();
        rows.rows().forEach(row -> accepted.putIfAbsent(row.value().id(), row));
        Map<String, Agency> all = new LinkedHashMap<>(known);
        accepted.values().forEach(row -> all.put(row.value().id(), row.value()));
        // Parents may come after their children in the file, so rows are checked against the whole file.
        RegistryValidator validator = new RegistryValidator(all.values(), AssetClaims.NONE);
        for (CsvRow<Agency> row : rows.rows()) {
            String reason = accepted.get(row.value().id()) != row
                    ? SystemFields.ID + ": " + NLS.bind(Messages.Csv_repeatedId, row.value().id(), //$NON-NLS-1$
                            accepted.get(row.value().id()).line())
                    : errors(validator.validate(row.value()));
            if (reason != null) {
                rejections.add(new CsvRejection(rows.file(), row.line(), reason));
                accepted.remove(row.value().id(), row);
            }
        }
        accepted.values().forEach(row -> known.put(row.value().id(), row.value()));
        AgencyTree tree = AgencyTree.of(known.values());
        return accepted.values().stream().map(CsvRow::value)
                .sorted(Comparator.comparingInt((Agency agency) -> tree.depth(agency.id()))).toList();
    }

    private List<InformationSystem> systems(CsvRows<InformationSystem> rows, Collection<Agency> agencies,
            Map<String, InformationSystem> stored, List<CsvRejection> rejections, List<CsvRejection> warnings) {
        rejections.addAll(rows.rejections());
        Map<String, CsvRow<InformationSystem>> accepted = new LinkedHashMap<>();
        List<CsvRow<InformationSystem>> identified = new ArrayList<>();
        for (CsvRow<InformationSystem> row : rows.rows()) {
            InformationSystem system = identify(row.value(), rows.columns(), stored, accepted.keySet());
            CsvRow<InformationSystem> earlier = accepted.putIfAbsent(system.id(), new CsvRow<>(row.line(), system));
            if (earlier != null) {
                rejections.add(new CsvRejection(rows.file(), row.line(), SystemFields.ID + ": " //$NON-NLS-1$
                        + NLS.bind(Messages.Csv_repeatedId, system.id(), earlier.line())));
            } else {
                identified.add(accepted.get(system.id()));
            }
        }
        Map<String, InformationSystem> after = new HashMap<>(stored);
        identified.forEach(row -> after.put(row.value().id(), row.value()));
        RegistryValidator validator = new RegistryValidator(agencies, AssetClaims.of(after.values()));
        List<InformationSystem> good = new ArrayList<>();
        for (CsvRow<InformationSystem> row : identified) {
            List<Problem> problems = validator.validate(row.value());
            String errors = errors(problems);
            if (errors != null) {
                rejections.add(new CsvRejection(rows.file(), row.line(), errors));
                continue;
            }
            problems.forEach(warning -> warnings.add(new CsvRejection(rows.file(), row.line(), warning.toString())));
            good.add(row.value());
        }
        return good;
    }

    /**
     * Gives a row its id (found or made) and the stored version, so the save updates rather than
     * adds; the fields the file has no column for keep their stored values.
     */
    private static InformationSystem identify(InformationSystem row, Set<String> columns,
            Map<String, InformationSystem> stored, Collection<String> taken) {
        String id = row.id();
        if (id.isEmpty()) {
            Optional<InformationSystem> same = stored.values().stream()
                    .filter(system -> system.agencyId().equals(row.agencyId())
                            && Names.fold(system.name()).equals(Names.fold(row.name())))
                    .findFirst();
            id = same.map(InformationSystem::id).orElseGet(() -> newId(row, stored.keySet(), taken));
        }
        InformationSystem existing = stored.get(id);
        if (existing == null) {
            return row.toBuilder().id(id).version(0).build();
        }
        Map<String, String> cells = SystemText.cells(existing, false);
        SystemText.cells(row, false).forEach((field, value) -> cells.put(field, columns.contains(field)
                ? value : cells.get(field)));
        return SystemText.system(cells).value().toBuilder().id(id).version(existing.version()).build();
    }

    private static String newId(InformationSystem row, Collection<String> stored, Collection<String> taken) {
        String base = Names.fold(row.agencyId() + "-" + row.name()).replace('_', '-'); //$NON-NLS-1$
        base = base.isEmpty() ? "system" : base.substring(0, Math.min(base.length(), MAX_ID - 4)); //$NON-NLS-1$
        String id = base;
        for (int n = 2; stored.contains(id) || taken.contains(id); n++) {
            id = base + "-" + n; //$NON-NLS-1$
        }
        return id;
    }

    private static String errors(List<Problem> problems) {
        List<Problem> errors = problems.stream().filter(Problem::isError).toList();
        return errors.isEmpty() ? null : errors.stream().map(Problem::toString).collect(Collectors.joining("; ")); //$NON-NLS-1$
    }

}
