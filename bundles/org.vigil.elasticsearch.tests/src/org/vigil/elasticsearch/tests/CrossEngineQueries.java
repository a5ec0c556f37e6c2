package org.vigil.elasticsearch.tests;

import java.util.List;

/**
 * The KQL queries both engines must answer alike on the {@link CrossEngineFixture}: one list,
 * read by every cross-engine check, covering each form of docs/QUERY.md.
 */
final class CrossEngineQueries {

    /** Every query, grouped by the form it exercises. */
    static final List<String> ALL = List.of(
            // field:value on keyword, long, double; case-sensitive keywords
            "event.action:logon-failed", "event.action:Logon-Failed", "user.name:admin", "user.name:Admin",
            "destination.port:443", "destination.port:\"53\"", "event.severity:2", "vulnerability.score.base:9.8",
            "http.response.status_code:404", "labels.agency:syt", "destination.port:1.5",
            // bare terms across every field, lenient where a type cannot take the value
            "admin", "vpn", "dangvang", "10.1.10.68", "443", "\"Cobalt Strike\"", "PrintNightmare", "TRUE",
            // quoted phrases on text, and text words
            "message:\"failed webmail logon\"", "rule.name:\"ET SCAN\"",
            "vulnerability.description:\"remote code execution\"", "organization.name:\"Sở Y tế\"",
            "organization.name:tế", "message:logon", "message:Failed", "rule.name:zmap",
            // wildcards in values and in field names
            "event.action:logon*", "host.name:sgddt-pc-0?9", "url.original:*wp-login*", "message:fail*",
            "rule.name:ET*", "*.ip:10.6.1.10", "source.*:DE", "*.name:admin", "source.*:\"2001:db8::1\"",
            "user.*:*",
            // ranges on numbers, dates with date math, IPs and keywords
            "destination.port >= 1000", "destination.port < 80", "vulnerability.score.base > 9",
            "vulnerability.score.base <= 7.5", "network.bytes > 1000000 and network.bytes <= 1500000",
            "@timestamp >= 2026-11-10 and @timestamp < 2026-11-12", "@timestamp > now-7d/d",
            "@timestamp <= 2026-11-05T12", "@timestamp:2026-11-11", "source.ip >= 10.5.0.0 and source.ip < 10.6.0.0",
            "source.ip > \"2001:db8::\"", "user.name >= t",
            // exists
            "tls.established:*", "http.response.status_code:*", "not message:*",
            // and, or, not: precedence and parentheses
            "event.action:logon or event.action:logon-failed and user.name:admin",
            "not event.category:network and event.severity:2",
            "event.category:network and not event.action:dns-query or event.severity >= 3",
            "(event.action:logon or event.action:logon-failed) and user.name:admin",
            "not (event.category:network or event.category:authentication)",
            // grouped values
            "event.action:(logon or port-scan and web-attack)", "user.name:(admin or root or test)",
            "destination.port:(22 or 3389)", "event.action:(not dns-query)",
            // escaping
            "file.path:C\\:\\\\Windows\\\\System32\\\\cmd.exe", "file.path:/usr/bin/\\(curl\\)",
            "user.name:star\\*name", "user.name:o'brien", "user.name:\"a b:c\"", "file.path:/tmp/a?b",
            "message:\"Quoted \\\"special\\\"\"",
            // CIDR blocks, IPv4 and IPv6, and an IPv4-mapped address
            "source.ip:10.0.0.0/8", "source.ip:10.2.0.0/16", "destination.ip:10.6.1.0/24",
            "source.ip:\"2001:db8::/32\"", "source.ip:2001\\:db8\\:0\\:1\\:\\:/64", "source.ip:\"fe80::/10\"",
            "source.ip:10.0.0.5",
            // boolean
            "tls.established:true", "tls.established:false", "not tls.established:true", "tls.established:t*",
            // nested grouping, unknown fields, everything
            "user:{ name:admin }", "no.such:x or user.name:root", "*");

    /** Queries whose first page, histogram and top terms are compared too. */
    static final List<String> DETAILED = List.of("*", "event.action:logon-failed", "admin",
            "source.ip:10.0.0.0/8 and not event.category:network", "tls.established:*");

    private CrossEngineQueries() {
    }
}
