package org.vigil.cli.internal;

import java.io.PrintStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;
import org.osgi.framework.BundleContext;
import org.vigil.registry.Asset;
import org.vigil.registry.AssetKind;
import org.vigil.registry.Contact;
import org.vigil.registry.InformationSystem;
import org.vigil.registry.Labelled;
import org.vigil.registry.Layer;
import org.vigil.registry.LayerStatus;
import org.vigil.registry.RegistryException;
import org.vigil.registry.compliance.RulesException;
import org.vigil.registry.compliance.SystemCompliance;
import org.vigil.registry.compliance.TargetResult;

/** {@code systems show ID}: every field of one system, then where it stands against each target. */
final class SystemsShow extends SourceCommand {

    SystemsShow(BundleContext context, PrintStream out, Clock clock) {
        super("show", Messages.Systems_showUsage, context, out, clock); //$NON-NLS-1$
    }

    @Override
    public void run(List<String> args) throws CliException {
        Options options = Options.parse(args, List.of(RegistryStore.OPTION));
        if (options.positional().size() != 1) {
            throw CliException.usage(Messages.Systems_showNeedsId);
        }
        String id = options.positional().get(0);
        try {
            RegistryStore store = RegistryStore.open(context, options.value(RegistryStore.OPTION), clock);
            InformationSystem system = store.registry().system(id)
                    .orElseThrow(() -> CliException.failure(NLS.bind(Messages.Systems_noSuchSystem, id)));
            printFields(system);
            SystemCompliance compliance = store.compliance().evaluate(LocalDate.now(clock)).system(id).orElseThrow();
            printCompliance(compliance);
        } catch (RegistryException e) {
            throw SystemsCommand.failure(e);
        } catch (RulesException e) {
            throw CliException.failure(e.getMessage());
        }
    }

    private void printFields(InformationSystem system) {
        field(Messages.Systems_fieldName, system.name() + " (" + system.id() + ", v" + system.version() + ")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        field(Messages.Systems_fieldAgency, system.agencyId());
        field(Messages.Systems_fieldOperatingUnit, system.operatingUnit());
        field(Messages.Systems_fieldType, system.type().label());
        field(Messages.Systems_fieldLevel, system.level() + (system.levelReason().isEmpty() ? "" : " – " + system.levelReason())); //$NON-NLS-1$ //$NON-NLS-2$
        field(Messages.Systems_fieldDossier, join(system.dossier().status().label(), system.dossier().decisionNumber(),
                system.dossier().decisionDate()));
        field(Messages.Systems_fieldPlan, join(system.plan().status().label(), system.plan().date()));
        for (Layer layer : Layer.values()) {
            LayerStatus status = system.layer(layer);
            field(NLS.bind(Messages.Systems_fieldLayer, layer.number(), layer.label()),
                    status.covered() ? join(Messages.Systems_yes, status.provider(), status.until()) : Messages.Systems_no);
        }
        field(Messages.Systems_fieldTrustLabel, join(system.trustLabel().reference(), system.trustLabel().validUntil()));
        for (AssetKind kind : AssetKind.values()) {
            field(capitalized(kind.label()), system.assets(kind).stream().map(Asset::value).collect(Collectors.joining(", "))); //$NON-NLS-1$
        }
        for (Contact contact : system.contacts()) {
            field(Messages.Systems_fieldContact, join(contact.name(), contact.role(), contact.phone(), contact.email()));
        }
        field(Messages.Systems_fieldLastAssessment, join(system.lastAssessment()));
        field(Messages.Systems_fieldRequirements, String.join(", ", system.requirementsMet())); //$NON-NLS-1$
        field(Messages.Systems_fieldNotes, system.notes().replace("\n", " / ")); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private void printCompliance(SystemCompliance compliance) {
        out.println(NLS.bind(Messages.Systems_complianceOf, compliance.figures().met(), compliance.figures().total()));
        for (TargetResult result : compliance.targets()) {
            out.printf("  %-10s %-44s %s%n", result.status().label(), result.target().label().text(), //$NON-NLS-1$
                    result.target().deadline() == null ? "" : result.target().deadline()); //$NON-NLS-1$
        }
        compliance.missingRequirements().forEach(requirement -> out.println(
                NLS.bind(Messages.Systems_missingRequirement, requirement.code(), requirement.text().text())));
    }

    private void field(String label, String value) {
        if (!value.isEmpty()) {
            out.printf("%-26s %s%n", label + ":", value); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    private static String capitalized(String label) {
        return label.isEmpty() ? label : Character.toUpperCase(label.charAt(0)) + label.substring(1);
    }

    private static String join(Object... parts) {
        return Arrays.stream(parts).filter(Objects::nonNull).map(Object::toString).filter(part -> !part.isEmpty())
                .collect(Collectors.joining(", ")); //$NON-NLS-1$
    }

    /**
     * @param type one of the registry's fixed lists
     * @param text a code or a label, as an option gives it
     * @return the value it names
     * @throws CliException listing the codes when it names none
     */
    static <E extends Enum<E> & Labelled> E choice(Class<E> type, String text) throws CliException {
        return Labelled.parse(type, text).orElseThrow(() -> CliException.usage(NLS.bind(Messages.Systems_badChoice,
                text, Arrays.stream(type.getEnumConstants()).map(Labelled::code).collect(Collectors.joining(", "))))); //$NON-NLS-1$
    }
}
