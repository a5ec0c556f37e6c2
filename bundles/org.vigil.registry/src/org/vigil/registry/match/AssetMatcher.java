package org.vigil.registry.match;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.vigil.core.model.Event;
import org.vigil.registry.Asset;
import org.vigil.registry.AssetKind;
import org.vigil.registry.Assets;
import org.vigil.registry.InformationSystem;
import org.vigil.registry.internal.AddressRanges;
import org.vigil.registry.internal.AddressText;
import org.vigil.registry.internal.NameTable;

/**
 * Maps the addresses, names and URLs of events to the registered systems whose assets cover
 * them. Built once from a snapshot of the registry and immutable, so any number of threads may
 * look up at once; rebuild it when the registry changes.
 *
 * <ul>
 * <li>An address goes to the most specific network or address listed (longest prefix; an IP asset
 * is a /32 or /128).</li>
 * <li>A name goes to the host name or domain listed exactly, else to the longest wildcard domain
 * above it: {@code *.example.gov.vn} covers {@code a.example.gov.vn} and {@code a.b.example.gov.vn},
 * not {@code example.gov.vn} itself.</li>
 * <li>A URL goes to the longest URL asset on the same host whose path is a prefix of its path at a
 * {@code /} boundary (scheme and port do not matter), else to its host as a name or address.</li>
 * </ul>
 * When several systems list the same asset (a warning in the registry), all of them are returned.
 * Lookups return shared immutable lists and allocate nothing for IPv4 addresses and names.
 */
public final class AssetMatcher {

    /** The event fields holding addresses of the machines an event is about. */
    public static final List<String> ADDRESS_FIELDS = List.of("source.ip", "destination.ip", "host.ip", "client.ip", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            "server.ip"); //$NON-NLS-1$
    /** The event fields holding host or domain names of those machines. */
    public static final List<String> NAME_FIELDS = List.of("host.name", "host.hostname", "destination.domain", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            "server.domain", "source.domain", "client.domain", "url.domain"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    /** The event fields holding URLs. */
    public static final List<String> URL_FIELDS = List.of("url.original", "url.full"); //$NON-NLS-1$ //$NON-NLS-2$

    private static final Comparator<SystemRef> MOST_SENSITIVE_FIRST = Comparator.comparingInt(SystemRef::level)
            .reversed().thenComparing(SystemRef::id);

    private final AddressRanges<List<SystemRef>> ipv4;
    private final AddressRanges<List<SystemRef>> ipv6;
    private final NameTable<List<SystemRef>> names;
    private final NameTable<List<SystemRef>> wildcards;
    private final NameTable<UrlPrefixes> urls;
    private final int systems;
    private final ThreadLocal<Memo> memos = ThreadLocal.withInitial(() -> new Memo(this));

    private AssetMatcher(Indexer indexer) {
        ipv4 = indexer.ipv4.build(AssetMatcher::sorted);
        ipv6 = indexer.ipv6.build(AssetMatcher::sorted);
        names = new NameTable<>(sortedValues(indexer.names));
        wildcards = new NameTable<>(sortedValues(indexer.wildcards));
        Map<String, UrlPrefixes> prefixes = new HashMap<>();
        indexer.urls.forEach((host, paths) -> prefixes.put(host, new UrlPrefixes(sortedValues(paths))));
        urls = new NameTable<>(prefixes);
        systems = indexer.systems;
    }

    /**
     * @param systems the registered systems; invalid assets are left out (the registry refuses
     *            them, so only data not yet validated has any)
     * @return a matcher over their assets
     */
    public static AssetMatcher of(Collection<InformationSystem> systems) {
        Indexer indexer = new Indexer();
        systems.forEach(indexer::add);
        return new AssetMatcher(indexer);
    }

    /** @return how many systems the matcher was built from */
    public int systems() {
        return systems;
    }

    /**
     * @param address an IPv4 or IPv6 address as events write it
     * @return the systems whose networks or addresses hold it, most specific network only; empty for none or for text that is not an address
     */
    public List<SystemRef> address(CharSequence address) {
        return address(address, 0, address.length());
    }

    /**
     * @param name a host or domain name; a trailing dot is ignored
     * @return the systems listing the name, else those of its longest wildcard domain, else empty
     */
    public List<SystemRef> name(CharSequence name) {
        return name(name, 0, name.length());
    }

    /**
     * @param url a URL as events write it ({@code url.original})
     * @return the systems of its longest URL prefix, else of its host; empty when it has no host
     */
    public List<SystemRef> url(CharSequence url) {
        int scheme = indexOf(url, "://", 0); //$NON-NLS-1$
        int hostStart = scheme < 0 ? 0 : scheme + 3;
        int pathStart = firstOf(url, hostStart, "/?#"); //$NON-NLS-1$
        int at = indexOf(url, "@", hostStart); //$NON-NLS-1$
        hostStart = at >= 0 && at < pathStart ? at + 1 : hostStart;
        int hostEnd = hostEnd(url, hostStart, pathStart);
        if (hostEnd <= hostStart) {
            return List.of();
        }
        UrlPrefixes prefixes = urls.exact(url, hostStart, hostEnd);
        List<SystemRef> byPath = prefixes == null ? null : prefixes.find(url, pathStart, firstOf(url, pathStart, "?#")); //$NON-NLS-1$
        if (byPath != null) {
            return byPath;
        }
        boolean bracketed = url.charAt(hostStart) == '[';
        return bracketed ? address(url, hostStart + 1, hostEnd - 1) : hostOrAddress(url, hostStart, hostEnd);
    }

    /**
     * @param event an event
     * @return every system its address, name and URL fields lead to, the most sensitive (highest
     *         level) first; empty when none
     */
    public List<SystemRef> event(Event event) {
        Memo memo = memos.get();
        List<SystemRef> found = List.of();
        for (String field : ADDRESS_FIELDS) {
            found = addAll(found, event.get(field), memo.addresses);
        }
        for (String field : NAME_FIELDS) {
            found = addAll(found, event.get(field), memo.names);
        }
        for (String field : URL_FIELDS) {
            found = addAll(found, event.get(field), memo.urls);
        }
        if (found.size() > 1) {
            found.sort(MOST_SENSITIVE_FIRST);
        }
        return found;
    }

    private List<SystemRef> address(CharSequence text, int start, int end) {
        long ipv4Address = AddressText.ipv4(text, start, end);
        if (ipv4Address != AddressText.NOT_IPV4) {
            return orEmpty(ipv4.find(0, ipv4Address));
        }
        long[] address = new long[2];
        if (!AddressText.ipv6(text, start, end, address)) {
            return List.of();
        }
        return orEmpty(AddressText.isIpv4Mapped(address[0], address[1]) ? ipv4.find(0, address[1] & 0xFFFFFFFFL)
                : ipv6.find(address[0], address[1]));
    }

    private List<SystemRef> name(CharSequence text, int start, int end) {
        int last = end > start && text.charAt(end - 1) == '.' ? end - 1 : end;
        List<SystemRef> exact = names.exact(text, start, last);
        return exact != null ? exact : orEmpty(wildcards.longestParent(text, start, last));
    }

    private List<SystemRef> hostOrAddress(CharSequence text, int start, int end) {
        List<SystemRef> byName = name(text, start, end);
        return byName.isEmpty() ? address(text, start, end) : byName;
    }

    private static int hostEnd(CharSequence url, int hostStart, int pathStart) {
        if (hostStart < pathStart && url.charAt(hostStart) == '[') {
            int close = indexOf(url, "]", hostStart); //$NON-NLS-1$
            return close < 0 || close >= pathStart ? -1 : close + 1;
        }
        int colon = indexOf(url, ":", hostStart); //$NON-NLS-1$
        return colon >= 0 && colon < pathStart ? colon : pathStart;
    }

    private static int indexOf(CharSequence text, String what, int from) {
        for (int i = from; i <= text.length() - what.length(); i++) {
            int matched = 0;
            while (matched < what.length() && text.charAt(i + matched) == what.charAt(matched)) {
                matched++;
            }
            if (matched == what.length()) {
                return i;
            }
        }
        return -1;
    }

    private static int firstOf(CharSequence text, int from, String characters) {
        for (int i = from; i < text.length(); i++) {
            if (characters.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return text.length();
    }

    private static List<SystemRef> addAll(List<SystemRef> found, Object value, Memo.Slots memo) {
        List<SystemRef> result = found;
        if (value instanceof String text) {
            result = merge(result, memo.find(text));
        } else if (value instanceof List<?> values) {
            for (Object item : values) {
                result = item instanceof String text ? merge(result, memo.find(text)) : result;
            }
        }
        return result;
    }

    private static List<SystemRef> merge(List<SystemRef> found, List<SystemRef> more) {
        if (more.isEmpty() || found.containsAll(more)) {
            return found;
        }
        List<SystemRef> merged = new ArrayList<>(found);
        more.stream().filter(ref -> !found.contains(ref)).forEach(merged::add);
        return merged;
    }

    private static List<SystemRef> orEmpty(List<SystemRef> refs) {
        return refs == null ? List.of() : refs;
    }

    private static List<SystemRef> sorted(List<SystemRef> refs) {
        return refs.stream().distinct().sorted(MOST_SENSITIVE_FIRST).toList();
    }

    private static <K> Map<K, List<SystemRef>> sortedValues(Map<K, List<SystemRef>> map) {
        Map<K, List<SystemRef>> sorted = new LinkedHashMap<>();
        map.forEach((key, refs) -> sorted.put(key, sorted(refs)));
        return sorted;
    }

    /**
     * The last answers of one thread, by the text looked up: the events of a log repeat the same
     * few hundred hosts and addresses, and comparing a text with the one remembered in its slot
     * costs a fraction of parsing and searching it again. Per thread, so the matcher stays
     * immutable to its callers; it answers as the lookup would, only sooner.
     */
    private static final class Memo {

        final Slots addresses;
        final Slots names;
        final Slots urls;

        Memo(AssetMatcher matcher) {
            addresses = new Slots(matcher::address);
            names = new Slots(matcher::name);
            urls = new Slots(matcher::url);
        }

        /**
         * A direct-mapped table: a text goes to the slot of its hash, replacing what was there. It
         * keeps copies of the texts' characters and the numbers of the answers, not references to
         * them: the table outlives a collection or two and lands in the old generation, where
         * every reference to a young text stored went through G1's write barrier (a fence, a card
         * to refine); in a profile of the benchmark that store was the memo's costliest line.
         */
        static final class Slots {

            /**
             * In the benchmark's 200,000 demo events (74,657 addresses, 1,746 names), 1,024 slots
             * answered 49 % of the address lookups and 70 % of the name lookups, 8,192 slots 75 %
             * and 92 %.
             */
            private static final int SIZE = 8192;
            /** Characters kept per slot: any address, most names; a longer text is looked up each time. */
            private static final int WIDTH = 40;

            private final Function<CharSequence, List<SystemRef>> lookup;
            private final char[] texts = new char[SIZE * WIDTH];
            /** The length of the text in each slot, 0 for none. */
            private final int[] lengths = new int[SIZE];
            private final int[] answerNumbers = new int[SIZE];
            /** The distinct answers, few: lists of the matcher's tables, held by their number. */
            private final List<List<SystemRef>> answers = new ArrayList<>();
            private final Map<List<SystemRef>, Integer> numbers = new IdentityHashMap<>();

            Slots(Function<CharSequence, List<SystemRef>> lookup) {
                this.lookup = lookup;
            }

            List<SystemRef> find(String text) {
                int length = text.length();
                if (length == 0 || length > WIDTH) {
                    return lookup.apply(text);
                }
                int slot = text.hashCode() & (SIZE - 1);
                int start = slot * WIDTH;
                if (lengths[slot] == length && holds(start, text)) {
                    return answers.get(answerNumbers[slot]);
                }
                List<SystemRef> answer = lookup.apply(text);
                text.getChars(0, length, texts, start);
                lengths[slot] = length;
                answerNumbers[slot] = numbers.computeIfAbsent(answer, added -> {
                    answers.add(added);
                    return answers.size() - 1;
                });
                return answer;
            }

            private boolean holds(int start, String text) {
                for (int i = text.length() - 1; i >= 0; i--) {
                    if (texts[start + i] != text.charAt(i)) {
                        return false;
                    }
                }
                return true;
            }
        }
    }

    /** Sorts the valid assets of systems into the structures lookups use. */
    private static final class Indexer {

        final AddressRanges.Builder<SystemRef> ipv4 = new AddressRanges.Builder<>(32);
        final AddressRanges.Builder<SystemRef> ipv6 = new AddressRanges.Builder<>(128);
        final Map<String, List<SystemRef>> names = new HashMap<>();
        final Map<String, List<SystemRef>> wildcards = new HashMap<>();
        final Map<String, Map<String, List<SystemRef>>> urls = new HashMap<>();
        int systems;

        void add(InformationSystem system) {
            SystemRef ref = SystemRef.of(system);
            systems++;
            for (Asset asset : system.assets()) {
                Assets.canonicalIfValid(asset).ifPresent(canonical -> add(asset.kind(), canonical, ref));
            }
        }

        private void add(AssetKind kind, String canonical, SystemRef ref) {
            switch (kind) {
                case IP -> network(canonical, -1, ref);
                case CIDR -> network(canonical.substring(0, canonical.indexOf('/')),
                        Integer.parseInt(canonical.substring(canonical.indexOf('/') + 1)), ref);
                case HOSTNAME -> names.computeIfAbsent(canonical, key -> new ArrayList<>()).add(ref);
                case DOMAIN -> (canonical.startsWith(Assets.WILDCARD) ? wildcards : names)
                        .computeIfAbsent(canonical.startsWith(Assets.WILDCARD)
                                ? canonical.substring(Assets.WILDCARD.length()) : canonical, key -> new ArrayList<>())
                        .add(ref);
                case URL -> urls.computeIfAbsent(canonical.substring(0, canonical.indexOf('/')), key -> new HashMap<>())
                        .computeIfAbsent(canonical.substring(canonical.indexOf('/')), key -> new ArrayList<>()).add(ref);
            }
        }

        private void network(String address, int prefix, SystemRef ref) {
            byte[] bytes = AddressText.bytes(address).orElseThrow();
            if (bytes.length == 4) {
                ipv4.add(0, AddressText.ipv4(bytes), prefix < 0 ? 32 : prefix, ref);
            } else {
                ipv6.add(AddressText.half(bytes, 0), AddressText.half(bytes, 8), prefix < 0 ? 128 : prefix, ref);
            }
        }
    }
}
