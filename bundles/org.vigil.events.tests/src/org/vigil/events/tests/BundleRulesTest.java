package org.vigil.events.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The rules every Vigil bundle follows, read from the source tree: headless bundles stay free of
 * UI toolkits, packages are either versioned API or marked internal, and every English string
 * file has a complete Vietnamese twin.
 */
class BundleRulesTest {

    private static final Pattern UI_DEPENDENCY = Pattern.compile("org\\.eclipse\\.(swt|jface|e4\\.ui)");
    private static final Pattern ARGUMENT = Pattern.compile("\\{\\d+\\}");
    private static final Pattern MESSAGE_CONSTANT = Pattern.compile("public static String (\\w+);");
    private static final Pattern EXPORT = Pattern.compile("([\\w.]+)((?:;(?:[^,;\"]|\"[^\"]*\")*)*)");

    private final Path bundles = Path.of(System.getProperty("vigil.repo.root", "../.."), "bundles");

    @Test
    void headlessBundlesDependOnNoUiToolkit() throws IOException {
        for (Path bundle : vigilBundles()) {
            if (isUi(bundle) || isTest(bundle)) {
                continue;
            }
            Attributes manifest = manifest(bundle);
            for (String header : List.of("Import-Package", "Require-Bundle")) {
                String value = manifest.getValue(header);
                assertFalse(value != null && UI_DEPENDENCY.matcher(value).find(),
                        bundle.getFileName() + " is headless but its " + header + " names a UI toolkit: " + value);
            }
        }
    }

    @Test
    void everyExportedPackageIsVersionedApiOrMarkedInternal() throws IOException {
        for (Path bundle : vigilBundles()) {
            String exports = manifest(bundle).getValue("Export-Package");
            if (exports == null) {
                continue;
            }
            Matcher export = EXPORT.matcher(exports.replace(" ", ""));
            while (export.find()) {
                String name = export.group(1);
                String attributes = export.group(2);
                if (name.contains(".internal")) {
                    assertTrue(attributes.contains("x-internal:=true") || attributes.contains("x-friends:="),
                            bundle.getFileName() + " exports " + name + " without x-internal or x-friends");
                } else {
                    assertTrue(attributes.contains("version="),
                            bundle.getFileName() + " exports API package " + name + " without a version");
                }
            }
        }
    }

    @Test
    void everyEnglishStringFileHasACompleteVietnameseTranslation() throws IOException {
        List<Path> englishFiles = sourceFiles("(messages|bundle|feature)\\.properties");
        assertFalse(englishFiles.isEmpty(), "no string files found under " + bundles.toAbsolutePath());
        for (Path english : englishFiles) {
            Path vietnamese = english.resolveSibling(english.getFileName().toString().replace(".properties",
                    "_vi.properties"));
            assertTrue(Files.exists(vietnamese), english + " has no Vietnamese translation " + vietnamese);
            assertEquals(keys(english), keys(vietnamese), "keys of " + vietnamese + " differ from " + english);
        }
    }

    @Test
    void everyMessageConstantHasAnEnglishText() throws IOException {
        List<Path> messageClasses = sourceFiles("Messages\\.java");
        assertFalse(messageClasses.isEmpty(), "no Messages classes found under " + bundles.toAbsolutePath());
        for (Path messages : messageClasses) {
            TreeSet<String> constants = new TreeSet<>();
            Matcher constant = MESSAGE_CONSTANT.matcher(Files.readString(messages));
            while (constant.find()) {
                constants.add(constant.group(1));
            }
            assertEquals(constants, keys(messages.resolveSibling("messages.properties")),
                    "constants of " + messages + " and the keys of its messages.properties differ");
        }
    }

    /** NLS.bind turns '' into one apostrophe, and a lone one disappears; a text without arguments is shown as is. */
    @Test
    void apostrophesAreDoubledExactlyWhereNlsBindReadsTheText() throws IOException {
        for (Path file : sourceFiles("messages(_vi)?\\.properties")) {
            Properties texts = load(file);
            for (String key : texts.stringPropertyNames()) {
                String text = texts.getProperty(key);
                boolean bound = ARGUMENT.matcher(text).find();
                assertFalse(bound ? text.replace("''", "").contains("'") : text.contains("''"),
                        file + " " + key + ": with arguments every apostrophe is doubled, without none is");
            }
        }
    }

    private List<Path> sourceFiles(String namePattern) throws IOException {
        List<Path> found = new ArrayList<>();
        for (Path tree : List.of(bundles, bundles.resolveSibling("features"))) {
            try (Stream<Path> files = Files.walk(tree)) {
                files.filter(file -> !file.toString().contains("/target/") && !file.toString().contains("/bin/"))
                        .filter(file -> file.getFileName().toString().matches(namePattern)).forEach(found::add);
            }
        }
        return found;
    }

    private List<Path> vigilBundles() throws IOException {
        try (Stream<Path> children = Files.list(bundles)) {
            List<Path> found = children.filter(dir -> Files.exists(dir.resolve("META-INF/MANIFEST.MF"))).toList();
            assertFalse(found.isEmpty(), "no bundles found under " + bundles.toAbsolutePath());
            return found;
        }
    }

    private static boolean isUi(Path bundle) {
        String name = bundle.getFileName().toString();
        return name.endsWith(".ui") || name.contains(".ui.");
    }

    private static boolean isTest(Path bundle) {
        return bundle.getFileName().toString().endsWith(".tests");
    }

    private static Attributes manifest(Path bundle) throws IOException {
        try (InputStream in = Files.newInputStream(bundle.resolve("META-INF/MANIFEST.MF"))) {
            return new Manifest(in).getMainAttributes();
        }
    }

    private static TreeSet<String> keys(Path file) throws IOException {
        return new TreeSet<>(load(file).stringPropertyNames());
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
