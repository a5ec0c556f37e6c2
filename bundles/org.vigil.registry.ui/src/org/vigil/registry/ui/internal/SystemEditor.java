package org.vigil.registry.ui.internal;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.vigil.registry.Agency;
import org.vigil.registry.AssetKind;
import org.vigil.registry.DossierStatus;
import org.vigil.registry.InformationSystem;
import org.vigil.registry.Labelled;
import org.vigil.registry.Layer;
import org.vigil.registry.PlanStatus;
import org.vigil.registry.Problem;
import org.vigil.registry.RegistryException;
import org.vigil.registry.SavedSystem;
import org.vigil.registry.SystemFields;
import org.vigil.registry.SystemRegistry;
import org.vigil.registry.SystemType;
import org.vigil.registry.compliance.ComplianceRules;
import org.vigil.registry.compliance.Requirement;
import org.vigil.registry.internal.Columns;
import org.vigil.registry.internal.SystemText;
import org.vigil.ui.Background;
import org.vigil.ui.TitledDialog;

/**
 * Adds or changes one information system. The form holds text per field, as a row of the CSV
 * template does, and is read by the same code as an import, so that the form and a file accept
 * and refuse the same values. A value that does not parse, or a rule the registry refuses, is
 * shown above the form with its field focused, and the dialog stays open with what was typed.
 */
final class SystemEditor extends TitledDialog {

    private static final int WIDE = 420;
    private static final String LINE = "\n"; //$NON-NLS-1$
    private static final String LIST_SEPARATOR = "; "; //$NON-NLS-1$
    /** Fields holding several values, one per line in the form and separated by "; " in a cell. */
    private static final Set<String> LISTS = Set.of(SystemFields.CONTACTS, SystemFields.assets(AssetKind.HOSTNAME),
            SystemFields.assets(AssetKind.IP), SystemFields.assets(AssetKind.CIDR), SystemFields.assets(AssetKind.DOMAIN),
            SystemFields.assets(AssetKind.URL));
    /** Free text that may run over several lines, kept as typed. */
    private static final Set<String> PROSE = Set.of(SystemFields.LEVEL_REASON, SystemFields.NOTES);

    private final SystemRegistry registry;
    private final UISynchronize ui;
    private final InformationSystem original;
    private final List<Agency> agencies;
    private final ComplianceRules rules;
    private final Map<String, String> cells;
    private final Map<String, Control> inputs = new LinkedHashMap<>();
    private final Map<Control, TabItem> tabs = new LinkedHashMap<>();
    private final boolean vietnamese = "vi".equals(Locale.getDefault().getLanguage()); //$NON-NLS-1$
    private TabFolder folder;
    private Table requirements;
    private SavedSystem saved;

    /**
     * @param original the system to change; a new one has version 0
     * @param agencies the agencies to choose the owner from, in tree order
     * @param rules the rules whose checklist the requirements tab shows
     */
    SystemEditor(Shell parent, SystemRegistry registry, UISynchronize ui, InformationSystem original,
            List<Agency> agencies, ComplianceRules rules) {
        super(parent, original.version() == 0 ? Messages.Editor_titleNew : Messages.Editor_titleChange);
        this.registry = registry;
        this.ui = ui;
        this.original = original;
        this.agencies = agencies;
        this.rules = rules;
        this.cells = SystemText.cells(original, false);
    }

    /** @return the system as stored, with the registry's warnings, after OK */
    SavedSystem saved() {
        return saved;
    }

    private boolean isNew() {
        return original.version() == 0;
    }

    @Override
    protected void fill(Composite area) {
        setTitle(isNew() ? Messages.Editor_titleNew : original.name());
        setMessage(Messages.Editor_message);
        folder = new TabFolder(area, SWT.TOP);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(folder);
        Composite general = tab(Messages.Editor_tabGeneral);
        text(general, SystemFields.ID).setEditable(isNew());
        text(general, SystemFields.NAME);
        agency(general);
        text(general, SystemFields.OPERATING_UNIT);
        choice(general, SystemFields.TYPE, SystemType.class);
        level(general);
        text(general, SystemFields.LEVEL_REASON);
        text(general, SystemFields.TRUST_LABEL);
        text(general, SystemFields.TRUST_LABEL_UNTIL);
        text(general, SystemFields.LAST_ASSESSMENT);
        text(general, SystemFields.NOTES);
        Composite protection = tab(Messages.Editor_tabProtection);
        choice(protection, SystemFields.DOSSIER_STATUS, DossierStatus.class);
        text(protection, SystemFields.DECISION_NUMBER);
        text(protection, SystemFields.DECISION_DATE);
        choice(protection, SystemFields.PLAN_STATUS, PlanStatus.class);
        text(protection, SystemFields.PLAN_DATE);
        for (Layer layer : Layer.values()) {
            check(protection, layer);
            text(protection, SystemFields.layerProvider(layer));
            text(protection, SystemFields.layerUntil(layer));
        }
        Composite assets = tab(Messages.Editor_tabAssets);
        for (AssetKind kind : AssetKind.values()) {
            text(assets, SystemFields.assets(kind));
        }
        text(assets, SystemFields.CONTACTS);
        requirements(tab(Messages.Editor_tabRequirements));
    }

    private Composite tab(String title) {
        TabItem item = new TabItem(folder, SWT.NONE);
        item.setText(title);
        Composite page = new Composite(folder, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(page);
        item.setControl(page);
        return page;
    }

    private Text text(Composite page, String field) {
        label(page, field);
        boolean list = LISTS.contains(field);
        boolean multi = list || PROSE.contains(field);
        Text text = new Text(page, SWT.BORDER | (multi ? SWT.MULTI | SWT.WRAP | SWT.V_SCROLL : SWT.SINGLE));
        String value = cells.getOrDefault(field, ""); //$NON-NLS-1$
        text.setText(list ? value.replace(LIST_SEPARATOR, LINE) : value);
        GridDataFactory.fillDefaults().grab(true, multi).hint(WIDE, multi ? 48 : SWT.DEFAULT).applyTo(text);
        register(field, text);
        return text;
    }

    private void label(Composite page, String field) {
        String header = Columns.SYSTEMS.stream().filter(c -> c.field().equals(field)).findFirst()
                .map(c -> c.header(vietnamese)).orElse(field);
        Label label = new Label(page, SWT.NONE);
        label.setText(header.substring(0, 1).toUpperCase(Locale.getDefault()) + header.substring(1) + ':');
        GridDataFactory.fillDefaults().align(SWT.FILL, SWT.CENTER).applyTo(label);
    }

    private <E extends Enum<E> & Labelled> void choice(Composite page, String field, Class<E> type) {
        label(page, field);
        Combo combo = new Combo(page, SWT.READ_ONLY);
        for (E value : type.getEnumConstants()) {
            combo.add(value.label());
        }
        Labelled.parse(type, cells.getOrDefault(field, "")).ifPresent(value -> combo.select(value.ordinal())); //$NON-NLS-1$
        combo.setData(type);
        register(field, combo);
    }

    private void level(Composite page) {
        label(page, SystemFields.LEVEL);
        Combo combo = new Combo(page, SWT.READ_ONLY);
        for (int level = 1; level <= 5; level++) {
            combo.add(Integer.toString(level));
        }
        combo.select(Math.max(0, Math.min(4, original.level() - 1)));
        combo.addListener(SWT.Selection, e -> fillRequirements());
        register(SystemFields.LEVEL, combo);
    }

    private void agency(Composite page) {
        label(page, SystemFields.AGENCY);
        Combo combo = new Combo(page, SWT.READ_ONLY);
        for (Agency agency : agencies) {
            combo.add(agency.name());
            if (agency.id().equals(original.agencyId())) {
                combo.select(combo.getItemCount() - 1);
            }
        }
        register(SystemFields.AGENCY, combo);
    }

    private void check(Composite page, Layer layer) {
        new Label(page, SWT.NONE);
        Button check = new Button(page, SWT.CHECK);
        check.setText(layer.label());
        check.setSelection(original.layer(layer).covered());
        register(SystemFields.layer(layer), check);
    }

    private void requirements(Composite page) {
        Label hint = new Label(page, SWT.WRAP);
        hint.setText(Messages.Editor_requirementsHint);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(hint);
        requirements = new Table(page, SWT.BORDER | SWT.CHECK | SWT.V_SCROLL);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(WIDE, 200).applyTo(requirements);
        register(SystemFields.REQUIREMENTS_MET, requirements);
        fillRequirements();
    }

    /** Lists the checklist of the level chosen, keeping what was ticked. */
    private void fillRequirements() {
        Set<String> met = new HashSet<>(requirements.getItemCount() == 0 ? original.requirementsMet() : ticked());
        requirements.removeAll();
        for (Requirement requirement : rules.checklist(selectedLevel())) {
            TableItem item = new TableItem(requirements, SWT.NONE);
            item.setText(requirement.code() + " – " + requirement.text().in(Locale.getDefault())); //$NON-NLS-1$
            item.setData(requirement.code());
            item.setChecked(met.contains(requirement.code()));
        }
    }

    private Set<String> ticked() {
        Set<String> codes = new HashSet<>();
        for (TableItem item : requirements.getItems()) {
            if (item.getChecked()) {
                codes.add((String) item.getData());
            }
        }
        return codes;
    }

    private int selectedLevel() {
        return ((Combo) inputs.get(SystemFields.LEVEL)).getSelectionIndex() + 1;
    }

    /** Keeps the input of a field and the tab it is on, which is the tab being built. */
    private void register(String field, Control input) {
        inputs.put(field, input);
        tabs.put(input, folder.getItem(folder.getItemCount() - 1));
    }

    /** @return the form as cells of the CSV template */
    private Map<String, String> typed() {
        Map<String, String> typed = new LinkedHashMap<>(cells);
        inputs.forEach((field, input) -> typed.put(field, value(field, input)));
        return typed;
    }

    private String value(String field, Control input) {
        if (input instanceof Text text) {
            return LISTS.contains(field) ? text.getText().strip().replace("\r", "").replace(LINE, LIST_SEPARATOR) //$NON-NLS-1$ //$NON-NLS-2$
                    : text.getText();
        }
        if (input instanceof Button check) {
            return check.getSelection() ? "yes" : "no"; //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (input instanceof Table) {
            return String.join(LIST_SEPARATOR, ticked());
        }
        Combo combo = (Combo) input;
        int index = combo.getSelectionIndex();
        if (SystemFields.AGENCY.equals(field)) {
            return index < 0 ? "" : agencies.get(index).id(); //$NON-NLS-1$
        }
        if (combo.getData() instanceof Class<?> type) {
            return index < 0 ? "" : ((Labelled) type.getEnumConstants()[index]).code(); //$NON-NLS-1$
        }
        return combo.getText();
    }

    @Override
    protected void okPressed() {
        SystemText.Parsed<InformationSystem> parsed = SystemText.system(typed());
        if (!parsed.problems().isEmpty()) {
            show(parsed.problems());
            return;
        }
        InformationSystem system = parsed.value().toBuilder().version(original.version()).build();
        getButton(IDialogConstants.OK_ID).setEnabled(false);
        setErrorMessage(null);
        setMessage(NLS.bind(Messages.Editor_saving, system.name()));
        Background.run(Messages.Registry_jobSave, getShell(), ui, () -> registry.save(system), result -> {
            saved = result;
            setReturnCode(OK);
            close();
        }, this::failed);
    }

    private void failed(Exception e) {
        getButton(IDialogConstants.OK_ID).setEnabled(true);
        if (e instanceof RegistryException refused && !refused.problems().isEmpty()) {
            show(refused.problems().stream().filter(Problem::isError).toList());
        } else {
            setErrorMessage(e.getMessage());
        }
    }

    /** Shows every problem, and focuses the field of the first. */
    private void show(List<Problem> problems) {
        setErrorMessage(String.join(LINE, problems.stream().map(p -> p.message()).toList()));
        Control input = problems.isEmpty() ? null : inputs.get(problems.get(0).field());
        if (input != null) {
            folder.setSelection(tabs.get(input));
            input.setFocus();
        }
    }
}
