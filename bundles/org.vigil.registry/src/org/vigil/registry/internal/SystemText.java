package org.vigil.registry.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;
import org.vigil.registry.Agency;
import org.vigil.registry.AgencyKind;
import org.vigil.registry.Asset;
import org.vigil.registry.AssetKind;
import org.vigil.registry.Contact;
import org.vigil.registry.Dossier;
import org.vigil.registry.DossierStatus;
import org.vigil.registry.InformationSystem;
import org.vigil.registry.Layer;
import org.vigil.registry.LayerStatus;
import org.vigil.registry.PlanStatus;
import org.vigil.registry.Problem;
import org.vigil.registry.ProtectionPlan;
import org.vigil.registry.SystemFields;
import org.vigil.registry.SystemType;
import org.vigil.registry.TrustLabel;

/**
 * Systems and agencies as text cells keyed by field, the form of a CSV row: reading reports every
 * cell that does not parse, naming its field; writing gives the cells an import reads back.
 */
public final class SystemText {

    /** Separates several values in one cell: assets and requirement codes. */
    private static final Pattern LIST = Pattern.compile("[\\s;,]+"); //$NON-NLS-1$
    /** Separates contacts in one cell; a contact's parts are separated by {@value #PART}. */
    private static final Pattern CONTACTS = Pattern.compile("\\s*[;\\n]\\s*"); //$NON-NLS-1$
    private static final String PART = "|"; //$NON-NLS-1$
    private static final String LIST_JOIN = "; "; //$NON-NLS-1$
    private static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("d/M/uuuu") //$NON-NLS-1$
            .withResolverStyle(ResolverStyle.STRICT);
    private static final Set<String> YES = Set.of("yes", "y", "true", "1", "x", "co"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
    private static final Set<String> NO = Set.of("", "no", "n", "false", "0", "khong"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$

    /**
     * What a row read into.
     *
     * @param value the system or agency, holding defaults where cells did not parse
     * @param problems the cells that did not parse
     */
    public record Parsed<T>(T value, List<Problem> problems) {
    }

    private final Map<String, String> cells;
    private final List<Problem> problems = new ArrayList<>();

    private SystemText(Map<String, String> cells) {
        this.cells = cells;
    }

    /**
     * @param cells text per field; fields not given take the defaults of a new system
     * @return the system and the cells that did not parse
     */
    public static Parsed<InformationSystem> system(Map<String, String> cells) {
        return new SystemText(cells).system();
    }

    /**
     * @param cells text per field
     * @return the agency and the cells that did not parse
     */
    public static Parsed<Agency> agency(Map<String, String> cells) {
        SystemText text = new SystemText(cells);
        Agency agency = new Agency(text.cell(SystemFields.ID), text.cell(SystemFields.NAME),
                text.cell(SystemFields.PARENT), text.choice(SystemFields.KIND, AgencyKind.class, AgencyKind.OTHER));
        return new Parsed<>(agency, List.copyOf(text.problems));
    }

    private Parsed<InformationSystem> system() {
        InformationSystem.Builder builder = InformationSystem.builder(cell(SystemFields.ID), cell(SystemFields.NAME),
                cell(SystemFields.AGENCY)).operatingUnit(cell(SystemFields.OPERATING_UNIT))
                .type(choice(SystemFields.TYPE, SystemType.class, SystemType.OTHER))
                .level(level(), cell(SystemFields.LEVEL_REASON))
                .dossier(new Dossier(choice(SystemFields.DOSSIER_STATUS, DossierStatus.class, DossierStatus.DRAFT),
                        cell(SystemFields.DECISION_NUMBER), date(SystemFields.DECISION_DATE)))
                .plan(new ProtectionPlan(choice(SystemFields.PLAN_STATUS, PlanStatus.class, PlanStatus.NOT_STARTED),
                        date(SystemFields.PLAN_DATE)))
                .trustLabel(new TrustLabel(cell(SystemFields.TRUST_LABEL), date(SystemFields.TRUST_LABEL_UNTIL)))
                .contacts(contacts()).lastAssessment(date(SystemFields.LAST_ASSESSMENT))
                .requirementsMet(list(SystemFields.REQUIREMENTS_MET)).notes(cell(SystemFields.NOTES));
        for (Layer layer : Layer.values()) {
            builder.layer(layer, new LayerStatus(yesNo(SystemFields.layer(layer)),
                    cell(SystemFields.layerProvider(layer)), date(SystemFields.layerUntil(layer))));
        }
        for (AssetKind kind : AssetKind.values()) {
            list(SystemFields.assets(kind)).forEach(value -> builder.asset(kind, value));
        }
        return new Parsed<>(builder.build(), List.copyOf(problems));
    }

    /**
     * @param system a system
     * @param vietnamese whether fixed values are written as Vietnamese labels rather than codes
     * @return its cells per field
     */
    public static Map<String, String> cells(InformationSystem system, boolean vietnamese) {
        Map<String, String> cells = new LinkedHashMap<>();
        cells.put(SystemFields.ID, system.id());
        cells.put(SystemFields.NAME, system.name());
        cells.put(SystemFields.AGENCY, system.agencyId());
        cells.put(SystemFields.OPERATING_UNIT, system.operatingUnit());
        cells.put(SystemFields.TYPE, value(system.type(), vietnamese));
        cells.put(SystemFields.LEVEL, Integer.toString(system.level()));
        cells.put(SystemFields.LEVEL_REASON, system.levelReason());
        cells.put(SystemFields.DOSSIER_STATUS, value(system.dossier().status(), vietnamese));
        cells.put(SystemFields.DECISION_NUMBER, system.dossier().decisionNumber());
        cells.put(SystemFields.DECISION_DATE, text(system.dossier().decisionDate()));
        cells.put(SystemFields.PLAN_STATUS, value(system.plan().status(), vietnamese));
        cells.put(SystemFields.PLAN_DATE, text(system.plan().date()));
        for (Layer layer : Layer.values()) {
            LayerStatus status = system.layer(layer);
            cells.put(SystemFields.layer(layer), status.covered() ? (vietnamese ? "có" : "yes") //$NON-NLS-1$ //$NON-NLS-2$
                    : (vietnamese ? "không" : "no")); //$NON-NLS-1$ //$NON-NLS-2$
            cells.put(SystemFields.layerProvider(layer), status.provider());
            cells.put(SystemFields.layerUntil(layer), text(status.until()));
        }
        cells.put(SystemFields.TRUST_LABEL, system.trustLabel().reference());
        cells.put(SystemFields.TRUST_LABEL_UNTIL, text(system.trustLabel().validUntil()));
        for (AssetKind kind : AssetKind.values()) {
            cells.put(SystemFields.assets(kind),
                    system.assets(kind).stream().map(Asset::value).collect(Collectors.joining(LIST_JOIN)));
        }
        cells.put(SystemFields.CONTACTS, system.contacts().stream().map(SystemText::contact)
                .collect(Collectors.joining(LIST_JOIN)));
        cells.put(SystemFields.LAST_ASSESSMENT, text(system.lastAssessment()));
        cells.put(SystemFields.REQUIREMENTS_MET, String.join(LIST_JOIN, system.requirementsMet()));
        cells.put(SystemFields.NOTES, system.notes());
        return cells;
    }

    /**
     * @param agency an agency
     * @param vietnamese whether its kind is written as a Vietnamese label rather than a code
     * @return its cells per field
     */
    public static Map<String, String> cells(Agency agency, boolean vietnamese) {
        Map<String, String> cells = new LinkedHashMap<>();
        cells.put(SystemFields.ID, agency.id());
        cells.put(SystemFields.NAME, agency.name());
        cells.put(SystemFields.PARENT, agency.parentId() == null ? "" : agency.parentId()); //$NON-NLS-1$
        cells.put(SystemFields.KIND, value(agency.kind(), vietnamese));
        return cells;
    }

    private String cell(String field) {
        return cells.getOrDefault(field, "").strip(); //$NON-NLS-1$
    }

    private int level() {
        String text = cell(SystemFields.LEVEL);
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            problems.add(Problem.error(SystemFields.LEVEL,
                    text.isEmpty() ? Messages.Problem_blank : NLS.bind(Messages.Csv_badNumber, text)));
            return 0;
        }
    }

    private <E extends Enum<E>> E choice(String field, Class<E> type, E fallback) {
        String text = cell(field);
        if (text.isEmpty()) {
            return fallback;
        }
        return Labels.parse(type, text).orElseGet(() -> {
            problems.add(Problem.error(field, NLS.bind(Messages.Csv_badChoice, text, Arrays
                    .stream(type.getEnumConstants()).map(Labels::code).collect(Collectors.joining(", "))))); //$NON-NLS-1$
            return fallback;
        });
    }

    private LocalDate date(String field) {
        String text = cell(field);
        if (text.isEmpty()) {
            return null;
        }
        try {
            return text.contains("/") ? LocalDate.parse(text, DAY_FIRST) : LocalDate.parse(text); //$NON-NLS-1$
        } catch (DateTimeParseException e) {
            problems.add(Problem.error(field, NLS.bind(Messages.Csv_badDate, text)));
            return null;
        }
    }

    private boolean yesNo(String field) {
        String text = Names.fold(cell(field));
        if (!YES.contains(text) && !NO.contains(text)) {
            problems.add(Problem.error(field, NLS.bind(Messages.Csv_badYesNo, cell(field))));
        }
        return YES.contains(text);
    }

    private List<String> list(String field) {
        String text = cell(field);
        return text.isEmpty() ? List.of() : List.of(LIST.split(text));
    }

    private List<Contact> contacts() {
        String text = cell(SystemFields.CONTACTS);
        List<Contact> contacts = new ArrayList<>();
        for (String entry : text.isEmpty() ? new String[0] : CONTACTS.split(text)) {
            String[] parts = Arrays.copyOf(entry.split(Pattern.quote(PART), -1), 4);
            contacts.add(new Contact(parts[0], parts[1], parts[2], parts[3]));
        }
        return contacts;
    }

    private static String contact(Contact contact) {
        String joined = String.join(" " + PART + " ", contact.name(), contact.role(), contact.phone(), contact.email()); //$NON-NLS-1$ //$NON-NLS-2$
        return joined.replaceAll("(\\s*\\|\\s*)+$", ""); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static String value(Enum<?> value, boolean vietnamese) {
        return vietnamese ? Labels.label(value, true) : Labels.code(value);
    }

    private static String text(LocalDate date) {
        return date == null ? "" : date.toString(); //$NON-NLS-1$
    }
}
