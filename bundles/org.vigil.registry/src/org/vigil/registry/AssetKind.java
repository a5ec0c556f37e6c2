package org.vigil.registry;

/**
 * What an asset of a system is. Events are linked to systems through them: an address by the
 * most specific CIDR or IP, a name by the exact host name or domain, else the longest wildcard
 * domain, a URL by the longest registered URL prefix, else its host.
 */
public enum AssetKind implements Labelled {
    /** A host name as events write it in {@code host.name}, with or without a domain. */
    HOSTNAME,
    /** One IPv4 or IPv6 address. */
    IP,
    /** An IPv4 or IPv6 network, address and prefix length, without host bits. */
    CIDR,
    /** A domain name; {@code *.example.gov.vn} stands for every name below example.gov.vn. */
    DOMAIN,
    /** An http or https URL; it covers the URLs that start with it. */
    URL;
}
