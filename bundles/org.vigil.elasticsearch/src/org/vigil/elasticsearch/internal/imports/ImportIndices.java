package org.vigil.elasticsearch.internal.imports;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Locale;
import java.util.regex.Pattern;

import org.vigil.core.model.Event;

/**
 * Where imported events go: the index {@code <prefix>-<dataset>}, the dataset being the event's
 * {@code event.dataset} ({@code zeek.conn}, {@code suricata.eve}) or {@value #NO_DATASET}. One
 * index per dataset keeps each log type's fields apart, so that a field typed one way in one log
 * does not refuse the records of another.
 */
public final class ImportIndices {

    /** The start of every import index unless a source says otherwise. */
    public static final String DEFAULT_PREFIX = "vigil-events"; //$NON-NLS-1$

    /** The dataset of an event that names none, as ECS data streams call it. */
    static final String NO_DATASET = "generic"; //$NON-NLS-1$

    private static final String DATASET = "event.dataset"; //$NON-NLS-1$
    // Elasticsearch takes lower-case letters, digits and a few signs in an index name; the rest
    // of a dataset name would make the whole bulk request fail.
    private static final Pattern NOT_ALLOWED = Pattern.compile("[^a-z0-9._-]"); //$NON-NLS-1$
    private static final int MAX_DATASET_CHARS = 100;

    // Datasets are few; naming one per event would cost a regular expression each time.
    private static final int MAX_KNOWN_DATASETS = 10_000;

    private final String prefix;
    private final Map<Object, String> known = new ConcurrentHashMap<>();

    /** @param prefix the start of the index names, such as {@value #DEFAULT_PREFIX} */
    public ImportIndices(String prefix) {
        this.prefix = prefix;
    }

    /** @return the start of the index names */
    public String prefix() {
        return prefix;
    }

    /** @return the pattern of every import index, {@code <prefix>-*} */
    public String pattern() {
        return prefix + "-*"; //$NON-NLS-1$
    }

    /**
     * @param event an imported event
     * @return the index it goes to
     */
    public String indexOf(Event event) {
        Object dataset = event.fields().get(DATASET);
        String index = dataset == null ? null : known.get(dataset);
        if (index == null) {
            index = prefix + '-' + dataset(dataset);
            if (dataset != null && known.size() < MAX_KNOWN_DATASETS) {
                known.put(dataset, index);
            }
        }
        return index;
    }

    private static String dataset(Object value) {
        String name = value instanceof String text ? text.strip().toLowerCase(Locale.ROOT) : ""; //$NON-NLS-1$
        name = NOT_ALLOWED.matcher(name).replaceAll("_"); //$NON-NLS-1$
        name = name.length() > MAX_DATASET_CHARS ? name.substring(0, MAX_DATASET_CHARS) : name;
        return name.isEmpty() ? NO_DATASET : name;
    }

    /**
     * Whether a source searching {@code indexPattern} finds what is imported: an import whose
     * events the operator cannot search afterwards would look like a loss.
     *
     * @param indexPattern the source's comma-separated index pattern, wildcards allowed
     * @return whether one of its parts matches every import index
     */
    public boolean searchedBy(String indexPattern) {
        // Two datasets that share nothing but the prefix: a part matching both matches them all.
        List<String> samples = List.of(prefix + '-' + NO_DATASET, prefix + "-x"); //$NON-NLS-1$
        return Arrays.stream(indexPattern.split(",")).map(String::strip) //$NON-NLS-1$
                .filter(part -> !part.startsWith("-")).map(ImportIndices::glob) //$NON-NLS-1$
                .anyMatch(glob -> samples.stream().allMatch(sample -> glob.matcher(sample).matches()));
    }

    private static Pattern glob(String part) {
        return Pattern.compile(Arrays.stream(part.split("\\*", -1)).map(Pattern::quote) //$NON-NLS-1$
                .reduce((left, right) -> left + ".*" + right).orElse("")); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
