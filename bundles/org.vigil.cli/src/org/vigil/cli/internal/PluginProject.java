package org.vigil.cli.internal;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.osgi.util.NLS;

/**
 * A standalone plugin project, written into an empty folder from the {@code sdk/} folder of an
 * installed Vigil: the plugin template and its tests (the very sources the build compiled and
 * tested, see the feature {@code org.vigil.sdk.feature}) renamed to the new plugin, the Maven
 * files, and a target definition that points at that installation's bundles.
 */
final class PluginProject {

    /** The template's name, which also stands for the new plugin's name in the project files. */
    static final String TEMPLATE = "org.vigil.examples.template"; //$NON-NLS-1$
    static final String TESTS_SUFFIX = ".tests"; //$NON-NLS-1$
    static final String TARGET_FILE = "vigil-sdk.target"; //$NON-NLS-1$

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+"); //$NON-NLS-1$
    private static final String HOME_MARK = "@VIGIL_HOME@"; //$NON-NLS-1$
    /**
     * Parts of Vigil's own target definition, so that the plugin builds with the very versions
     * Vigil was built with: a location by its label, or one dependency by its artifact id.
     */
    private static final Pattern VIGIL_TARGET_PART = Pattern.compile("@(LOCATION|DEPENDENCY) ([^@\\n]+)@"); //$NON-NLS-1$
    /** Build outputs a template copied from a working tree may hold; never part of a project. */
    private static final Set<String> BUILD_OUTPUTS = Set.of("target", "bin", "pom.tycho", ".tycho-consumer-pom.xml"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    private static final Set<String> JAVA_KEYWORDS = Set.of("abstract", "assert", "boolean", "break", "byte", "case", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
            "catch", "char", "class", "const", "continue", "default", "do", "double", "else", "enum", "extends", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$
            "final", "finally", "float", "for", "goto", "if", "implements", "import", "instanceof", "int", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
            "interface", "long", "native", "new", "package", "private", "protected", "public", "return", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
            "short", "static", "strictfp", "super", "switch", "synchronized", "this", "throw", "throws", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
            "transient", "try", "void", "volatile", "while", "true", "false", "null", "_"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$

    /**
     * Where the parts of a project come from.
     *
     * @param template the template bundle's folder
     * @param templateTests the folder of its test fragment
     * @param projectFiles the pom, the Maven files and the target definition with its marks
     * @param vigilTarget Vigil's own target definition, whose JUnit location the project reuses
     * @param home the installed Vigil the project builds against
     */
    record Sources(Path template, Path templateTests, List<Path> projectFiles, Path vigilTarget, Path home) {

        /** @return the parts shipped in {@code sdk/} of the Vigil installed in {@code home} */
        static Sources installed(Path home) {
            Path sdk = home.resolve("sdk"); //$NON-NLS-1$
            Path template = sdk.resolve("template"); //$NON-NLS-1$
            return new Sources(template.resolve(TEMPLATE), template.resolve(TEMPLATE + TESTS_SUFFIX),
                    List.of(sdk.resolve("project")), sdk.resolve("vigil.target"), home); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    private final Sources sources;

    PluginProject(Sources sources) {
        this.sources = sources;
    }

    /**
     * Writes the project for the plugin {@code name} into {@code folder}, which must be missing or
     * empty; on failure nothing is left in it.
     *
     * @throws CliException naming the argument or the missing part of the SDK
     */
    void write(String name, Path folder) throws CliException {
        checkName(name);
        checkEmpty(folder);
        List<Path> parts = new ArrayList<>(List.of(sources.template(), sources.templateTests(), sources.vigilTarget()));
        parts.addAll(sources.projectFiles());
        for (Path part : parts) {
            if (!Files.exists(part)) {
                throw CliException.failure(NLS.bind(Messages.PluginsNew_noSdk, sources.home(), part));
            }
        }
        Path parent = folder.toAbsolutePath().getParent();
        Path staging = null;
        try {
            Files.createDirectories(parent);
            staging = Files.createTempDirectory(parent, ".vigil-plugin-"); //$NON-NLS-1$
            copy(sources.template(), staging.resolve(name), name);
            copy(sources.templateTests(), staging.resolve(name + TESTS_SUFFIX), name);
            for (Path files : sources.projectFiles()) {
                copy(files, staging, name);
            }
            Path target = staging.resolve(TARGET_FILE);
            Files.writeString(target, withVigilTargetParts(Files.readString(target).replace(HOME_MARK, xml(homePath()))));
            Path mvnw = staging.resolve("mvnw"); //$NON-NLS-1$
            if (Files.exists(mvnw)) {
                makeExecutable(mvnw);
            }
            Files.deleteIfExists(folder);
            Files.move(staging, folder);
            staging = null;
        } catch (IOException e) {
            throw CliException.failure(NLS.bind(Messages.PluginsNew_failed, folder, e));
        } finally {
            deleteQuietly(staging);
        }
    }

    private static void checkName(String name) throws CliException {
        if (!NAME.matcher(name).matches()
                || Stream.of(name.split("\\.")).anyMatch(JAVA_KEYWORDS::contains)) { //$NON-NLS-1$
            throw CliException.usage(NLS.bind(Messages.PluginsNew_badName, name));
        }
    }

    private static void checkEmpty(Path folder) throws CliException {
        if (!Files.exists(folder)) {
            return;
        }
        if (!Files.isDirectory(folder)) {
            throw CliException.usage(NLS.bind(Messages.PluginsNew_notAFolder, folder));
        }
        try (Stream<Path> entries = Files.list(folder)) {
            if (entries.findAny().isPresent()) {
                throw CliException.usage(NLS.bind(Messages.PluginsNew_notEmpty, folder));
            }
        } catch (IOException e) {
            throw CliException.failure(NLS.bind(Messages.PluginsNew_failed, folder, e));
        }
    }

    /** Copies a folder, renaming the template's package folders and name to the plugin's. */
    private static void copy(Path from, Path to, String name) throws IOException {
        String templatePath = TEMPLATE.replace('.', '/');
        String namePath = name.replace('.', '/');
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                String relative = from.relativize(file).toString().replace('\\', '/');
                if (BUILD_OUTPUTS.contains(relative.split("/")[0]) || file.getFileName().toString().startsWith(".polyglot.")) { //$NON-NLS-1$ //$NON-NLS-2$
                    continue;
                }
                Path copy = to.resolve(relative.replace(templatePath, namePath));
                Files.createDirectories(copy.getParent());
                // Latin-1 maps every byte to one char and back: the files' own encodings survive.
                String content = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                Files.write(copy, content.replace(TEMPLATE, name).getBytes(StandardCharsets.ISO_8859_1));
            }
        }
    }

    private String homePath() {
        return sources.home().toAbsolutePath().normalize().toString().replace('\\', '/');
    }

    private String withVigilTargetParts(String target) throws IOException, CliException {
        String vigilTarget = Files.readString(sources.vigilTarget());
        Matcher mark = VIGIL_TARGET_PART.matcher(target);
        StringBuilder filled = new StringBuilder();
        while (mark.find()) {
            boolean location = "LOCATION".equals(mark.group(1)); //$NON-NLS-1$
            String part = location
                    ? element(vigilTarget, "label=\"" + mark.group(2) + '"', "<location", "</location>") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    : element(vigilTarget, "<artifactId>" + mark.group(2) + "</artifactId>", "<dependency>", "</dependency>"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            if (part == null) {
                throw CliException.failure(NLS.bind(Messages.PluginsNew_noTargetPart, sources.vigilTarget(), mark.group(2)));
            }
            mark.appendReplacement(filled, Matcher.quoteReplacement(part));
        }
        return mark.appendTail(filled).toString();
    }

    /** @return the lines of the element around {@code inside}, from its indentation on, or null */
    private static String element(String xml, String inside, String open, String close) {
        int at = xml.indexOf(inside);
        int start = at < 0 ? -1 : xml.lastIndexOf(open, at);
        int end = at < 0 ? -1 : xml.indexOf(close, at);
        if (start < 0 || end < 0) {
            return null;
        }
        return xml.substring(xml.lastIndexOf('\n', start) + 1, end + close.length());
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
    }

    private static void makeExecutable(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x")); //$NON-NLS-1$
        } catch (UnsupportedOperationException e) {
            // Windows: mvnw.cmd is the script there, and files have no execute bit.
        }
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // Only a staging folder with a dot name is left behind; the target folder is untouched.
        }
    }

    /** @return the installed Vigil's folder, from the framework's install area URL */
    static Path installHome(String installArea) {
        return Path.of(URI.create(installArea.replace(" ", "%20"))); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
