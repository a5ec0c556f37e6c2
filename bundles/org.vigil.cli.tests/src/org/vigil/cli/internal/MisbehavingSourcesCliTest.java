package org.vigil.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Hashtable;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.vigil.events.EventSource;
import org.vigil.events.testing.MisbehavingSource;
import org.vigil.events.testing.MisbehavingSource.Misbehaviour;

/**
 * A plugin's source that throws, hangs deaf to cancellation, answers null or makes hits without a
 * time: {@code vigil-cli} ends within {@code --timeout} with an error naming it, and searched with
 * the embedded store it is left out with a warning while the store's answer is printed.
 */
class MisbehavingSourcesCliTest {

    private static final String[] ALL_TIME = { "--from", "2000-01-01T00:00:00Z", "--to", "now" };
    private static final long PROMPTLY_MS = 10_000;

    private final CliRun cli = new CliRun();
    private MisbehavingSource source;
    private ServiceRegistration<EventSource> registration;

    @AfterEach
    void unregister() {
        if (registration != null) {
            registration.unregister();
        }
        if (source != null) {
            source.release();
        }
    }

    @ParameterizedTest
    @EnumSource(Misbehaviour.class)
    void searchingTheSourceAloneFailsPromptlyNamingIt(Misbehaviour misbehaviour) throws Exception {
        publish(misbehaviour);

        long started = System.nanoTime();
        int exit = cli.run(args("search", "--source", "lab", "--timeout", "1", "--format", "ndjson"));
        long millis = (System.nanoTime() - started) / 1_000_000;

        assertEquals(ExitCode.FAILURE, exit, cli.stdout());
        assertEquals("", cli.stdout());
        String expected = switch (misbehaviour) {
            case THROWS -> "lab failed: java.lang.IllegalStateException: lab is broken on purpose";
            case HANGS -> "lab did not answer within 1 s; the call was cancelled";
            case NULL_ANSWERS -> "lab gave no usable answer (search)";
            case NO_TIMESTAMPS -> "lab failed: java.lang.NullPointerException";
        };
        assertTrue(cli.stderr().contains(expected), cli.stderr());
        assertTrue(millis < PROMPTLY_MS, misbehaviour + " held vigil-cli " + millis + " ms");
    }

    @ParameterizedTest
    @EnumSource(Misbehaviour.class)
    void theEmbeddedStoreStillAnswersWhenSearchedWithIt(Misbehaviour misbehaviour) throws Exception {
        assertEquals(ExitCode.SUCCESS, cli.run(args("count", "--source", "embedded")), cli.stderr());
        long embedded = Long.parseLong(cli.stdout().strip());
        publish(misbehaviour);

        int exit = cli.run(args("search", "--source", "embedded,lab", "--timeout", "1", "--format", "ndjson",
                "--limit", "3"));

        assertEquals(ExitCode.SUCCESS, exit, cli.stderr());
        assertEquals(Math.min(3, embedded), cli.stdout().lines().count(), cli.stdout());
        assertTrue(cli.stderr().contains("warning: lab left out: lab "), cli.stderr());
    }

    @Test
    void aTimeLimitBelowOneSecondIsAUsageError() {
        assertEquals(ExitCode.USAGE, cli.run("count", "--timeout", "0"));
        assertTrue(cli.stderr().contains("--timeout"), cli.stderr());
    }

    private void publish(Misbehaviour misbehaviour) throws InterruptedException {
        source = new MisbehavingSource("lab", misbehaviour);
        registration = FrameworkUtil.getBundle(MisbehavingSourcesCliTest.class).getBundleContext()
                .registerService(EventSource.class, source, new Hashtable<>());
        long deadline = System.currentTimeMillis() + PROMPTLY_MS;
        while (System.currentTimeMillis() < deadline) {
            cli.run("sources");
            if (cli.stdout().contains("lab")) {
                return;
            }
            Thread.sleep(100);
        }
    }

    private static String[] args(String... command) {
        String[] all = new String[command.length + ALL_TIME.length];
        System.arraycopy(command, 0, all, 0, command.length);
        System.arraycopy(ALL_TIME, 0, all, command.length, ALL_TIME.length);
        return all;
    }
}
