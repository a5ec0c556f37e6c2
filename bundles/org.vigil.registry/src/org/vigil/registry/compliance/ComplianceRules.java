package org.vigil.registry.compliance;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.vigil.registry.internal.RulesReader;

/**
 * The targets and per-level checklists compliance is measured against. They are data, not code:
 * a province sets its own deadlines, and the official checklist (the annex of Circular 12/2022)
 * is loaded rather than written into Vigil. The format, a UTF-8 properties file, is described in
 * the default file {@value #DEFAULT_RESOURCE} and in docs/REGISTRY.md.
 *
 * @param targets the targets, in the order of the file
 * @param requirements the minimum requirements, in the order of the file
 */
public record ComplianceRules(List<Target> targets, List<Requirement> requirements) {

    /** Where the rules Vigil ships live in the registry bundle. */
    public static final String DEFAULT_RESOURCE = "/data/compliance-rules.properties"; //$NON-NLS-1$

    /** Copies the lists. */
    public ComplianceRules {
        targets = List.copyOf(targets);
        requirements = List.copyOf(requirements);
    }

    /**
     * @param text the rules file's content
     * @param source the file or store it came from, named in errors
     * @return the rules
     * @throws RulesException listing every wrong key
     */
    public static ComplianceRules parse(String text, String source) throws RulesException {
        try (Reader reader = new StringReader(text)) {
            return RulesReader.read(reader, source);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a string cannot fail to be read
        }
    }

    /** @return the rules Vigil ships, used while a registry has none of its own */
    public static ComplianceRules defaults() {
        try (InputStream in = ComplianceRules.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            return RulesReader.read(new InputStreamReader(in, StandardCharsets.UTF_8), DEFAULT_RESOURCE);
        } catch (IOException | RulesException e) {
            throw new IllegalStateException("the shipped compliance rules are broken", e); //$NON-NLS-1$
        }
    }

    /** @return the text of the rules Vigil ships, as a starting point for a province's own */
    public static String defaultText() {
        try (InputStream in = ComplianceRules.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @param level a security level @return the requirements that apply to it, in file order */
    public List<Requirement> checklist(int level) {
        return requirements.stream().filter(requirement -> requirement.appliesTo(level)).toList();
    }
}
