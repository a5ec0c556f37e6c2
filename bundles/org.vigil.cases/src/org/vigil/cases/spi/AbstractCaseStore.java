package org.vigil.cases.spi;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.osgi.util.NLS;
import org.vigil.cases.AuditEntry;
import org.vigil.cases.BulkChange;
import org.vigil.cases.BulkResult;
import org.vigil.cases.Case;
import org.vigil.cases.CaseConflictException;
import org.vigil.cases.CaseDraft;
import org.vigil.cases.CaseEdits;
import org.vigil.cases.CaseException;
import org.vigil.cases.CaseNotFoundException;
import org.vigil.cases.CaseNumber;
import org.vigil.cases.CaseQuery;
import org.vigil.cases.CaseSettings;
import org.vigil.cases.CaseStore;
import org.vigil.cases.CaseStoreException;
import org.vigil.cases.CaseTemplate;
import org.vigil.cases.Comment;
import org.vigil.cases.FieldConflict;
import org.vigil.cases.InvalidCaseException;
import org.vigil.cases.KeyTimes;
import org.vigil.cases.Resolution;
import org.vigil.cases.Status;
import org.vigil.cases.StoreInfo;
import org.vigil.cases.Workflow;
import org.vigil.cases.internal.CaseRules;
import org.vigil.cases.internal.Messages;
import org.vigil.cases.internal.Merging;
import org.vigil.cases.internal.ShippedData;

/**
 * Every rule of a case store in one place (numbers, workflow, validation, audit entries,
 * conflicts, merge, bulk changes, templates and settings), over a handful of read and write
 * primitives that a concrete store implements for its engine. Primitives report failures as a
 * {@link CaseStoreException} naming the store; {@link #write(List)} must be all or nothing as
 * far as the engine allows, and document what it cannot guarantee.
 */
public abstract class AbstractCaseStore implements CaseStore {

    /** The document kind of templates saved by operators. */
    protected static final String TEMPLATE = "template"; //$NON-NLS-1$
    /** The document kind of the settings (one document, id {@value #SETTINGS_ID}). */
    protected static final String SETTINGS = "settings"; //$NON-NLS-1$
    private static final String SETTINGS_ID = "cases"; //$NON-NLS-1$
    private static final int BULK_ATTEMPTS = 3;
    private static final int MAX_FORWARDS = 64;

    private final StoreInfo info;
    private final String user;
    private final Clock clock;
    private final ZoneId zone;
    private final AtomicLong commentCounter = new AtomicLong();

    /**
     * @param info what the store is
     * @param user who it writes as
     * @param clock the time of every change; its zone decides the year of a case number
     */
    protected AbstractCaseStore(StoreInfo info, String user, Clock clock) {
        this.info = info;
        this.user = user;
        this.clock = clock;
        this.zone = clock.getZone();
    }

    /**
     * @param number a case number
     * @return the case as saved, merged or not
     * @throws CaseStoreException if the store fails
     */
    protected abstract Optional<Case> read(CaseNumber number) throws CaseStoreException;

    /**
     * @return every case, merged ones included
     * @throws CaseStoreException if the store fails
     */
    protected abstract List<Case> readAll() throws CaseStoreException;

    /**
     * @param year a year
     * @return the next sequence of that year, never returned before by this store, even if the
     *         case it was for was then not written
     * @throws CaseStoreException if the store fails
     */
    protected abstract int reserveSequence(int year) throws CaseStoreException;

    /**
     * Saves cases with their audit entries, each only if its saved version is still the one
     * expected (a new case only if its number is free).
     *
     * @param writes one or two cases (two for a merge)
     * @throws StaleCaseException if a version moved on; nothing of this call was written
     * @throws CaseStoreException if the store fails
     */
    protected abstract void write(List<CaseWrite> writes) throws CaseStoreException, StaleCaseException;

    /**
     * @param numbers cases
     * @return their audit entries, in any order
     * @throws CaseStoreException if the store fails
     */
    protected abstract List<AuditEntry> readAudit(List<CaseNumber> numbers) throws CaseStoreException;

    /**
     * @param comment a new comment
     * @throws CaseStoreException if the store fails
     */
    protected abstract void writeComment(Comment comment) throws CaseStoreException;

    /**
     * @param numbers cases
     * @return their comments, in any order
     * @throws CaseStoreException if the store fails
     */
    protected abstract List<Comment> readComments(List<CaseNumber> numbers) throws CaseStoreException;

    /**
     * @param kind {@link #TEMPLATE} or {@link #SETTINGS}
     * @return every document of the kind
     * @throws CaseStoreException if the store fails
     */
    protected abstract List<Map<String, Object>> readDocuments(String kind) throws CaseStoreException;

    /**
     * @param kind {@link #TEMPLATE} or {@link #SETTINGS}
     * @param id the document's id within its kind
     * @param document the document, replacing one of the same kind and id
     * @throws CaseStoreException if the store fails
     */
    protected abstract void writeDocument(String kind, String id, Map<String, Object> document)
            throws CaseStoreException;

    @Override
    public final StoreInfo info() {
        return info;
    }

    @Override
    public final String user() {
        return user;
    }

    @Override
    public Case create(CaseDraft draft) throws CaseException {
        Case proposed = draft.build();
        if (proposed.status() != Status.NEW) {
            throw new InvalidCaseException("status", NLS.bind(Messages.Store_createStatus, proposed.status())); //$NON-NLS-1$
        }
        Instant now = now();
        CaseRules rules = rules();
        Case checked = rules.checkNew(proposed);
        CaseNumber number = new CaseNumber(LocalDate.ofInstant(now, zone).getYear(),
                reserveSequence(LocalDate.ofInstant(now, zone).getYear()));
        KeyTimes times = checked.times().withDetected(Optional.ofNullable(checked.times().detected()).orElse(now));
        Case created = new Case(number, 1, checked.title(), checked.description(), checked.impact(),
                checked.detectionSource(), checked.severity(), checked.tlp(), checked.pap(), checked.category(),
                checked.status(), checked.resolution(), checked.summary(), checked.tags(), checked.assignee(),
                checked.watchers(), checked.systems(), checked.observables(), checked.tasks(), checked.evidence(), times,
                checked.sla(), checked.templateId(), user, now, now, null, List.of());
        AuditEntry entry = new AuditEntry(number.toString(), 1, now, user, "created", null, created.title()); //$NON-NLS-1$
        try {
            write(List.of(new CaseWrite(created, 0, List.of(entry))));
        } catch (StaleCaseException e) {
            // A reserved number is never handed out twice; finding it taken means the store is damaged.
            throw new CaseStoreException(info.id(), NLS.bind(Messages.Store_numberTaken, number, info.name()), e);
        }
        return created;
    }

    @Override
    public Case get(String number) throws CaseException {
        Case found = require(parse(number));
        for (int i = 0; found.merged() && i < MAX_FORWARDS; i++) {
            found = require(found.mergedInto());
        }
        return found;
    }

    @Override
    public List<Case> list(CaseQuery query) throws CaseException {
        CaseSettings settings = settings();
        Instant now = now();
        return readAll().stream().filter(c -> query.matches(c, settings.sla(), now)).sorted(query.order()).toList();
    }

    @Override
    public Case update(Case edited) throws CaseException {
        Case current = require(edited.number());
        if (current.merged()) {
            throw new InvalidCaseException("number", NLS.bind(Messages.Store_mergedAlready, current.number(), //$NON-NLS-1$
                    current.mergedInto()));
        }
        if (current.version() != edited.version()) {
            throw conflict(current, edited);
        }
        Case checked = rules().checkEdit(current, edited);
        Workflow.check(current, checked);
        Instant now = now();
        Case saved = stamped(checked, current, Workflow.times(current, checked, now),
                Workflow.reopens(current.status(), checked.status()) ? null : checked.resolution(), now, current.mergedFrom());
        List<AuditEntry> audit = audit(current, saved, now);
        if (audit.isEmpty()) {
            return current;
        }
        try {
            write(List.of(new CaseWrite(saved, current.version(), audit)));
        } catch (StaleCaseException e) {
            throw conflict(require(current.number()), edited);
        }
        return saved;
    }

    @Override
    public Comment comment(String number, String text) throws CaseException {
        if (text == null || text.isBlank()) {
            throw new InvalidCaseException("text", Messages.Rule_commentEmpty); //$NON-NLS-1$
        }
        Case target = get(number);
        Instant now = now();
        Comment comment = new Comment(commentId(now), target.number().toString(), user, now, text.strip());
        writeComment(comment);
        return comment;
    }

    @Override
    public List<Comment> comments(String number) throws CaseException {
        return readComments(lineage(get(number))).stream()
                .sorted(Comparator.comparing(Comment::at).thenComparing(Comment::id)).toList();
    }

    @Override
    public List<AuditEntry> audit(String number) throws CaseException {
        return readAudit(lineage(get(number))).stream().sorted(Comparator.comparing(AuditEntry::at)
                .thenComparing(AuditEntry::caseNumber).thenComparingLong(AuditEntry::version)).toList();
    }

    @Override
    public Case merge(String from, String into) throws CaseException {
        Case source = require(parse(from));
        Case target = get(into);
        Merging.check(source, target);
        Instant now = now();
        Case combined = Merging.combine(source, target);
        Case savedTarget = stamped(combined, target, combined.times(), combined.resolution(), now,
                Stream.concat(Stream.concat(target.mergedFrom().stream(), Stream.of(source.number())),
                        source.mergedFrom().stream()).toList());
        List<AuditEntry> targetAudit = new ArrayList<>(audit(target, savedTarget, now));
        targetAudit.add(new AuditEntry(target.number().toString(), savedTarget.version(), now, user, "merge", null, //$NON-NLS-1$
                source.number().toString()));
        Case savedSource = Merging.forward(source, target.number(), now);
        AuditEntry forward = new AuditEntry(source.number().toString(), savedSource.version(), now, user,
                "mergedInto", null, target.number().toString()); //$NON-NLS-1$
        try {
            write(List.of(new CaseWrite(savedTarget, target.version(), targetAudit),
                    new CaseWrite(savedSource, source.version(), List.of(forward))));
        } catch (StaleCaseException e) {
            Case moved = require(e.number());
            throw conflict(moved, e.number().equals(source.number()) ? source : target);
        }
        return savedTarget;
    }

    @Override
    public BulkResult bulk(List<String> numbers, BulkChange change) {
        List<Case> changed = new ArrayList<>();
        Map<String, String> refused = new LinkedHashMap<>();
        for (String number : numbers) {
            try {
                changed.add(applyWithRetry(number, change));
            } catch (CaseException e) {
                refused.put(number, e.getMessage());
            }
        }
        return new BulkResult(changed, refused);
    }

    @Override
    public List<CaseTemplate> templates() throws CaseException {
        Map<String, CaseTemplate> byId = new LinkedHashMap<>();
        ShippedData.templates().forEach(template -> byId.put(template.id(), template));
        readDocuments(TEMPLATE).stream().map(CaseDocuments::toTemplate).forEach(t -> byId.put(t.id(), t));
        return List.copyOf(byId.values());
    }

    @Override
    public void saveTemplate(CaseTemplate template) throws CaseException {
        if (template.name().en().isBlank()) {
            throw new InvalidCaseException("name", Messages.Rule_templateName); //$NON-NLS-1$
        }
        writeDocument(TEMPLATE, template.id(), CaseDocuments.toMap(template.asSaved()));
    }

    @Override
    public CaseSettings settings() throws CaseException {
        return readDocuments(SETTINGS).stream().findFirst().map(CaseDocuments::toSettings)
                .orElseGet(CaseSettings::defaults);
    }

    @Override
    public void saveSettings(CaseSettings settings) throws CaseException {
        writeDocument(SETTINGS, SETTINGS_ID, CaseDocuments.toMap(settings));
    }

    /** @return the present, to the millisecond every engine keeps */
    protected final Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    /**
     * Ids that sort like the comments were written, also within one millisecond from this client
     * (time, then a counter), with a random tail so that two clients never collide.
     */
    private String commentId(Instant at) {
        return String.format("%013d-%09d-%s", at.toEpochMilli(), commentCounter.incrementAndGet(), //$NON-NLS-1$
                UUID.randomUUID().toString().substring(0, 8));
    }

    private Case applyWithRetry(String number, BulkChange change) throws CaseException {
        for (int attempt = 1;; attempt++) {
            CaseDraft draft = get(number).edit();
            if (change.status() != null) {
                draft.status(change.status());
            }
            if (change.resolution() != null) {
                draft.resolution(change.resolution());
            }
            if (change.summary() != null) {
                draft.summary(change.summary());
            }
            if (change.assignee() != null) {
                draft.assignee(change.assignee());
            }
            try {
                return update(draft.build());
            } catch (CaseConflictException e) {
                // Someone saved in between: the bulk change is re-read and applied to their version.
                if (attempt == BULK_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private CaseRules rules() throws CaseException {
        return new CaseRules(settings().operators(), user, info.name());
    }

    private CaseNumber parse(String number) throws InvalidCaseException {
        try {
            return CaseNumber.parse(number);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidCaseException("number", NLS.bind(Messages.Store_badNumber, number)); //$NON-NLS-1$
        }
    }

    private Case require(CaseNumber number) throws CaseException {
        return read(number).orElseThrow(() -> new CaseNotFoundException(NLS.bind(Messages.Store_notFound, number,
                info.name())));
    }

    private static List<CaseNumber> lineage(Case c) {
        return Stream.concat(Stream.of(c.number()), c.mergedFrom().stream()).toList();
    }

    private List<AuditEntry> audit(Case before, Case after, Instant now) {
        return CaseEdits.changes(before, after).stream().map(change -> new AuditEntry(after.number().toString(),
                after.version(), now, user, change.field(), change.oldValue(), change.newValue())).toList();
    }

    private Case stamped(Case edited, Case current, KeyTimes times, Resolution resolution, Instant now,
            List<CaseNumber> mergedFrom) {
        return new Case(current.number(), current.version() + 1, edited.title(), edited.description(), edited.impact(),
                edited.detectionSource(), edited.severity(), edited.tlp(), edited.pap(), edited.category(),
                edited.status(), resolution, edited.summary(), edited.tags(), edited.assignee(), edited.watchers(),
                edited.systems(), edited.observables(), edited.tasks(), edited.evidence(), times, edited.sla(),
                edited.templateId(), current.createdBy(), current.created(), now, current.mergedInto(), mergedFrom);
    }

    private CaseConflictException conflict(Case current, Case refused) throws CaseStoreException {
        Map<String, AuditEntry> lastByField = new LinkedHashMap<>();
        readAudit(List.of(current.number())).stream().filter(entry -> entry.version() > refused.version())
                .sorted(Comparator.comparingLong(AuditEntry::version)).forEach(entry -> {
                    lastByField.remove(entry.field());
                    lastByField.put(entry.field(), entry);
                });
        List<FieldConflict> conflicts = lastByField.values().stream().map(entry -> new FieldConflict(entry.field(),
                Optional.ofNullable(CaseEdits.render(entry.field(), current)).orElse(entry.newValue()),
                CaseEdits.render(entry.field(), refused), entry.actor(), entry.at())).toList();
        String who = conflicts.stream().map(FieldConflict::by).distinct().collect(Collectors.joining(", ")); //$NON-NLS-1$
        String fields = conflicts.stream().map(FieldConflict::field).collect(Collectors.joining(", ")); //$NON-NLS-1$
        return new CaseConflictException(NLS.bind(Messages.Store_conflict, new Object[] { current.number(), who,
                refused.version(), current.version(), fields }), current, refused, conflicts);
    }
}
