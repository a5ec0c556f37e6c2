# shellcheck shell=bash
# Generated Zeek JSON logs for the import tests and benchmarks (releng/import-resume.sh,
# releng/bench-import-memory.sh): four logs (conn, dns, http, ssl) whose _path picks the dataset,
# every line distinct, lines of about 760 bytes (as an http line with a long URI and user agent).

# vigil_zeek_lines LINES FILE: writes LINES lines to FILE.
vigil_zeek_lines() {
    local pad
    pad=$(printf 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 %.0s' {1..9})
    awk -v n="$1" -v pad="$pad" 'BEGIN {
        split("conn dns http ssl", path, " ")
        for (i = 0; i < n; i++) {
            p = path[i % 4 + 1]
            printf "{\"ts\":%d.%06d,\"uid\":\"C%09d\",\"id.orig_h\":\"10.1.%d.%d\",\"id.orig_p\":%d,", \
                1779000000 + int(i / 1000), (i % 1000) * 1000, i, int(i / 256) % 256, i % 256, 1024 + i % 60000
            printf "\"id.resp_h\":\"192.0.2.%d\",\"_path\":\"%s\",\"note\":\"%s %d\",", i % 250, p, pad, i
            if (p == "conn") printf "\"proto\":\"tcp\",\"duration\":%.3f,\"orig_bytes\":%d,\"conn_state\":\"SF\"}\n", (i % 97) / 10, i % 5000
            else if (p == "dns") printf "\"proto\":\"udp\",\"query\":\"host%d.example.vn\",\"rcode_name\":\"NOERROR\"}\n", i % 1000
            else if (p == "http") printf "\"method\":\"GET\",\"host\":\"portal.gov.vn\",\"uri\":\"/page/%d\",\"status_code\":200}\n", i % 500
            else printf "\"version\":\"TLSv12\",\"server_name\":\"portal%d.gov.vn\",\"established\":true}\n", i % 50
        }
    }' >"$2"
}
