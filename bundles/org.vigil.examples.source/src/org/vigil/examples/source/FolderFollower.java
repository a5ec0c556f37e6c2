package org.vigil.examples.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.stream.Stream;

import org.vigil.core.model.Event;
import org.vigil.events.Cancellation;
import org.vigil.events.SourceDescriptor;
import org.vigil.events.SourceException;
import org.vigil.ingest.LogFormats;
import org.vigil.local.LuceneSource;

/**
 * The events of the log files in one folder, kept in an in-memory index. Each {@link #poll}
 * adds the lines appended since the last one; when a file shrinks, is replaced or disappears,
 * the index is built again from the files as they are, and swapped in once complete so that
 * searches never see it half-read.
 */
final class FolderFollower implements AutoCloseable {

    /** A call on the index, made while no poll can swap it. */
    @FunctionalInterface
    interface IndexCall<T> {
        T on(LuceneSource index) throws SourceException;
    }

    private final Path folder;
    private final LogFormats formats;
    private final SourceDescriptor descriptor;
    private final ReadWriteLock swap = new ReentrantReadWriteLock();
    private LuceneSource index;
    private Map<Path, FollowedFile> files = new HashMap<>();

    FolderFollower(Path folder, LogFormats formats, SourceDescriptor descriptor) throws SourceException {
        this.folder = folder;
        this.formats = formats;
        this.descriptor = descriptor;
        this.index = emptyIndex();
    }

    <T> T read(IndexCall<T> call) throws SourceException {
        swap.readLock().lock();
        try {
            return call.on(index);
        } finally {
            swap.readLock().unlock();
        }
    }

    /**
     * Reads what changed in the folder since the last poll; for the poller thread only.
     *
     * @param stop stops the poll between files
     * @throws IOException when the folder cannot be listed or a file read
     * @throws SourceException when the index cannot be written
     */
    void poll(Cancellation stop) throws IOException, SourceException {
        Map<Path, BasicFileAttributes> present = list();
        boolean rebuild = files.entrySet().stream()
                .anyMatch(file -> !present.containsKey(file.getKey()) || file.getValue().replacedBy(present.get(file.getKey())));
        LuceneSource target = rebuild ? emptyIndex() : index;
        Map<Path, FollowedFile> followed = rebuild ? new HashMap<>() : files;
        try {
            for (Map.Entry<Path, BasicFileAttributes> file : present.entrySet()) {
                if (stop.isCancelled()) {
                    break;
                }
                List<Event> events = followed.computeIfAbsent(file.getKey(), FollowedFile::new)
                        .readAppended(file.getValue(), formats, stop);
                if (!events.isEmpty()) {
                    target.add(events.iterator(), stop);
                }
            }
        } catch (IOException | SourceException | RuntimeException e) {
            if (rebuild) {
                target.close();
            }
            throw e;
        }
        if (rebuild) {
            replace(target);
            files = followed;
        }
    }

    private Map<Path, BasicFileAttributes> list() throws IOException {
        Map<Path, BasicFileAttributes> present = new TreeMap<>();
        if (!Files.isDirectory(folder)) {
            // Not created for the user: a plugin installed to try it must not litter the home folder.
            return present;
        }
        try (Stream<Path> entries = Files.list(folder)) {
            for (Path entry : (Iterable<Path>) entries::iterator) {
                BasicFileAttributes attributes;
                try {
                    attributes = Files.readAttributes(entry, BasicFileAttributes.class);
                } catch (NoSuchFileException e) {
                    continue; // deleted since it was listed
                }
                String name = entry.getFileName().toString();
                // Compressed, rotated logs do not grow: File > Import reads them.
                if (attributes.isRegularFile() && !name.startsWith(".") && !name.endsWith(".gz")) { //$NON-NLS-1$ //$NON-NLS-2$
                    present.put(entry, attributes);
                }
            }
        }
        return present;
    }

    private LuceneSource emptyIndex() throws SourceException {
        return LuceneSource.inMemory(descriptor, Collections.emptyIterator(), Clock.systemUTC());
    }

    private void replace(LuceneSource fresh) throws IOException {
        LuceneSource old;
        swap.writeLock().lock();
        try {
            old = index;
            index = fresh;
        } finally {
            swap.writeLock().unlock();
        }
        old.close();
    }

    @Override
    public void close() throws IOException {
        swap.writeLock().lock();
        try {
            index.close();
        } finally {
            swap.writeLock().unlock();
        }
    }
}
