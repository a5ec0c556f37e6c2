package org.vigil.events.ui.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.bindings.keys.KeyStroke;
import org.eclipse.jface.fieldassist.ComboContentAdapter;
import org.eclipse.jface.fieldassist.ContentProposal;
import org.eclipse.jface.fieldassist.ContentProposalAdapter;
import org.eclipse.jface.fieldassist.IContentProposal;
import org.eclipse.jface.fieldassist.IContentProposalProvider;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.vigil.core.model.TimeRange;
import org.vigil.events.Cancellation;
import org.vigil.events.EventQuery;
import org.vigil.events.RegisteredSource;
import org.vigil.events.SourceException;
import org.vigil.events.TopValuesCache;
import org.vigil.query.MatchAll;
import org.vigil.query.Span;
import org.vigil.query.ValueCompletion;

/**
 * Ctrl+Space in the query bar: after {@code field:} the field's most frequent values in the
 * chosen time range, elsewhere field names. Values are counted by the source in a job, never on
 * the UI thread; while they load the list says so, and it fills in when they arrive. What to
 * propose and how to write it is {@link ValueCompletion}'s business.
 */
final class QueryCompletion implements IContentProposalProvider {

    /** What the values are taken from, read when the operator asks for proposals. */
    interface Scope {
        /** @return the source chosen, or null when there is none */
        RegisteredSource source();

        /** @return the time range chosen */
        TimeRange range();

        /** @return the query's language */
        ValueCompletion.Syntax syntax();
    }

    private static final System.Logger LOG = System.getLogger(QueryCompletion.class.getName());
    private static final int VALUES = 20;
    private static final Duration KEPT = Duration.ofSeconds(30);

    private final Combo query;
    private final UISynchronize ui;
    private final Scope scope;
    private final FieldNameProposals fieldNames = new FieldNameProposals();
    private final TopValuesCache values = new TopValuesCache(KEPT, Clock.systemUTC());
    private final ContentProposalAdapter adapter;
    private Cancellation loading = Cancellation.none();
    private String loadingField;
    /** A field whose values the source could not count; asked again only after {@link #forgetValues()}. */
    private String failedField;

    QueryCompletion(Combo query, UISynchronize ui, Scope scope) {
        this.query = query;
        this.ui = ui;
        this.scope = scope;
        adapter = new ContentProposalAdapter(query, new ComboContentAdapter(), this,
                KeyStroke.getInstance(SWT.MOD1, ' '), null);
        adapter.setProposalAcceptanceStyle(ContentProposalAdapter.PROPOSAL_REPLACE);
    }

    /** @param names the fields of the source searched */
    void setFields(List<String> names) {
        fieldNames.setFields(names);
    }

    /** Forgets the values loaded, after the time range or the source changed. */
    void forgetValues() {
        values.clear();
        loading.cancel();
        loadingField = null;
        failedField = null;
    }

    void dispose() {
        loading.cancel();
    }

    @Override
    public IContentProposal[] getProposals(String contents, int position) {
        ValueCompletion.Syntax syntax = scope.syntax();
        Optional<ValueCompletion.Context> context = ValueCompletion.at(contents, position, syntax);
        RegisteredSource source = scope.source();
        if (context.isEmpty() || source == null || context.get().field().equals(failedField)) {
            return fieldNames.proposals(contents, position);
        }
        String field = context.get().field();
        Optional<List<String>> known = values.cached(source.descriptor().id(), field);
        if (known.isEmpty()) {
            load(source, field);
            return new IContentProposal[] {
                    new ContentProposal(contents, NLS.bind(Messages.Completion_loading, field), null, position) };
        }
        List<String> matching = ValueCompletion.matching(known.get(), context.get().typed());
        return matching.isEmpty() ? fieldNames.proposals(contents, position)
                : matching.stream().map(value -> proposal(contents, context.get(), value, syntax))
                        .toArray(IContentProposal[]::new);
    }

    private static IContentProposal proposal(String contents, ValueCompletion.Context context, String value,
            ValueCompletion.Syntax syntax) {
        ValueCompletion.Edit edit = ValueCompletion.insert(contents, context, value, syntax);
        return new ContentProposal(edit.query(), value, null, edit.caret());
    }

    /** Counts the field's values in a job; a request for another field cancels the one before. */
    private void load(RegisteredSource source, String field) {
        if (field.equals(loadingField)) {
            return;
        }
        loading.cancel();
        Cancellation token = new Cancellation();
        loading = token;
        loadingField = field;
        EventQuery everything = new EventQuery(new MatchAll(new Span(0, 0)), scope.range());
        Job job = Job.create(NLS.bind(Messages.Completion_job, field), (IProgressMonitor monitor) -> {
            try {
                values.load(source.source(), everything, field, VALUES, token);
                ui.asyncExec(() -> loaded(token));
            } catch (SourceException e) {
                if (e.kind() != SourceException.Kind.CANCELLED) {
                    LOG.log(System.Logger.Level.WARNING, "No values of {0} to propose: {1}", field, e.getMessage());
                    ui.asyncExec(() -> failed(token, field));
                }
            }
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
    }

    private void failed(Cancellation token, String field) {
        if (token == loading) {
            failedField = field;
            loaded(token);
        }
    }

    /** Shows the values in the list still open; a list the operator closed stays closed. */
    private void loaded(Cancellation token) {
        if (token != loading || query.isDisposed()) {
            return;
        }
        loadingField = null;
        if (adapter.isProposalPopupOpen()) {
            adapter.refresh();
        }
    }
}
