package org.vigil.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * {@code vigil-cli plugins new}: a standalone project written from the repository's own template
 * (the build's full check, building the project against an installed Vigil, is
 * releng/plugin-guide-test.sh).
 */
class PluginProjectTest {

    private static final String NAME = "org.vigil.acme.denies";
    private static final Path REPO = Path.of(System.getProperty("vigil.repo.root", "../..")).toAbsolutePath();

    @TempDir
    Path work;
    private final CliRun cli = new CliRun();

    private PluginProject fromRepository(Path home) {
        return new PluginProject(new PluginProject.Sources(REPO.resolve("bundles/" + PluginProject.TEMPLATE),
                REPO.resolve("bundles/" + PluginProject.TEMPLATE + ".tests"),
                List.of(REPO.resolve("features/org.vigil.sdk.feature/project")),
                REPO.resolve("target-platform/vigil.target"), home));
    }

    @Test
    void theTemplateBecomesThePluginUnderItsNameWithNoTraceOfTheTemplate() throws Exception {
        Path project = work.resolve("acme");
        fromRepository(work.resolve("vigil home")).write(NAME, project);

        String manifest = Files.readString(project.resolve(NAME + "/META-INF/MANIFEST.MF"));
        assertTrue(manifest.contains("Bundle-SymbolicName: " + NAME + "\n"), manifest);
        assertTrue(Files.readString(project.resolve(NAME + ".tests/META-INF/MANIFEST.MF"))
                .contains("Fragment-Host: " + NAME + "\n"));
        assertTrue(Files.readString(project.resolve(NAME + "/src/org/vigil/acme/denies/FirewallDenySource.java"))
                .contains("package org.vigil.acme.denies;"));
        assertTrue(Files.exists(project.resolve(NAME + ".tests/src/org/vigil/acme/denies/FirewallDenySourceContractTest.java")));
        assertTrue(Files.exists(project.resolve(NAME + "/data/denies.csv")));
        assertTrue(Files.exists(project.resolve(".mvn/extensions.xml")));
        assertEquals(List.of(), filesNaming(project, PluginProject.TEMPLATE));
        assertFalse(Files.exists(project.resolve(NAME + "/target")), "no build output of the template is copied");
        // The Vietnamese names keep their encoding through the renaming.
        assertTrue(Files.readString(project.resolve(NAME + "/OSGI-INF/l10n/bundle_vi.properties"), StandardCharsets.UTF_8)
                .matches("(?s).*[ạảãàáâậầấẩẫăắằặẳẵêệềếểễôộồốổỗơợờớởỡưựừứửữđ].*"));

        Document pom = xml(project.resolve("pom.xml"));
        NodeList modules = pom.getElementsByTagName("module");
        assertEquals(NAME, modules.item(0).getTextContent());
        assertEquals(NAME + ".tests", modules.item(1).getTextContent());

        NodeList locations = xml(project.resolve(PluginProject.TARGET_FILE)).getElementsByTagName("location");
        String home = work.resolve("vigil home").toString().replace('\\', '/');
        assertEquals(home + "/plugins", ((Element) locations.item(0)).getAttribute("path"));
        assertEquals(home + "/sdk/plugins", ((Element) locations.item(1)).getAttribute("path"));
        // The rest from Vigil's own target definition, in the versions Vigil is built with.
        Element annotations = (Element) locations.item(2);
        assertEquals("org.osgi.service.component.annotations",
                annotations.getElementsByTagName("artifactId").item(0).getTextContent());
        Element junit = (Element) locations.item(3);
        assertEquals("Tests: JUnit 5", junit.getAttribute("label"));
        assertTrue(junit.getElementsByTagName("dependency").getLength() >= 4, junit.getTextContent());
        assertEquals(4, locations.getLength());
    }

    @Test
    void aFolderThatIsNotEmptyIsRefusedAndLeftAsItWas() throws Exception {
        Path project = Files.createDirectories(work.resolve("busy"));
        Files.writeString(project.resolve("notes.txt"), "mine");

        CliException refused = assertThrows(CliException.class, () -> fromRepository(work).write(NAME, project));
        assertTrue(refused.getMessage().contains("is not empty"), refused.getMessage());
        try (Stream<Path> left = Files.list(project)) {
            assertEquals(List.of(project.resolve("notes.txt")), left.toList());
        }
        try (Stream<Path> siblings = Files.list(work)) {
            assertEquals(List.of(project), siblings.toList(), "no staging folder left behind");
        }
    }

    @Test
    void anEmptyFolderIsFilled() throws Exception {
        Path project = Files.createDirectories(work.resolve("empty"));
        fromRepository(work).write(NAME, project);
        assertTrue(Files.exists(project.resolve(NAME + "/META-INF/MANIFEST.MF")));
    }

    @Test
    void aNameThatIsNoBundleSymbolicNameIsRefusedBeforeAnythingIsWritten() {
        for (String bad : List.of("denies", "Org.Vigil.Acme", "org.vigil.class", "org..vigil", "org.vigil-acme", "org.vigil.")) {
            CliException refused = assertThrows(CliException.class, () -> fromRepository(work).write(bad, work.resolve("p")), bad);
            assertTrue(refused.getMessage().startsWith(bad + " is no plugin name"), refused.getMessage());
            assertFalse(Files.exists(work.resolve("p")), bad);
        }
    }

    @Test
    void anInstallationWithoutTheSdkIsNamedAndNothingIsWritten() {
        Path home = work.resolve("bare-vigil");
        assertEquals(ExitCode.USAGE, cli.run("plugins", "new", NAME));
        assertTrue(cli.stderr().contains("plugins new needs NAME FOLDER"), cli.stderr());

        CliException refused = assertThrows(CliException.class,
                () -> new PluginProject(PluginProject.Sources.installed(home)).write(NAME, work.resolve("p")));
        assertTrue(refused.getMessage().contains("has no plugin SDK"), refused.getMessage());
        assertTrue(refused.getMessage().contains(home.resolve("sdk").toString()), refused.getMessage());
        assertFalse(Files.exists(work.resolve("p")));
    }

    @Test
    void theInstallAreaUrlNamesTheInstalledFolder() {
        assertEquals(Path.of("/opt/vigil 1"), PluginProject.installHome("file:/opt/vigil 1/"));
    }

    private static List<Path> filesNaming(Path project, String text) throws IOException {
        try (Stream<Path> files = Files.walk(project)) {
            return files.filter(Files::isRegularFile).filter(file -> {
                try {
                    return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains(text)
                            || project.relativize(file).toString().contains(text.replace('.', '/'));
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
        }
    }

    private static Document xml(Path file) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
    }
}
