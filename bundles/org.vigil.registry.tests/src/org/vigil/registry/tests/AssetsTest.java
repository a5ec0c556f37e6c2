package org.vigil.registry.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigil.registry.Asset;
import org.vigil.registry.AssetKind;
import org.vigil.registry.Assets;
import org.vigil.registry.DossierStatus;
import org.vigil.registry.SystemType;
import org.vigil.registry.internal.Labels;

/** Canonical forms of assets, the reasons invalid ones are refused, and how fixed values are read. */
class AssetsTest {

    @ParameterizedTest
    @CsvSource({ "IP, 10.1.2.3, 10.1.2.3", "IP, 2001:DB8::1, 2001:db8:0:0:0:0:0:1", "IP, ::ffff:10.0.0.1, 10.0.0.1",
            "CIDR, 10.1.0.0/16, 10.1.0.0/16", "CIDR, 0.0.0.0/0, 0.0.0.0/0", "CIDR, 10.1.2.3/32, 10.1.2.3/32",
            "CIDR, 2001:db8::/32, 2001:db8:0:0:0:0:0:0/32", "DOMAIN, Portal.Example.GOV.VN., portal.example.gov.vn",
            "DOMAIN, *.Example.gov.vn, *.example.gov.vn",
            "HOSTNAME, STC-SRV_01, stc-srv_01", "HOSTNAME, mail.example.gov.vn, mail.example.gov.vn",
            "URL, HTTPS://DVC.Example.gov.vn:8443/portal?x=1#top, dvc.example.gov.vn/portal",
            "URL, http://10.1.1.10, 10.1.1.10/", "URL, http://[2001:db8::1]/a, [2001:db8:0:0:0:0:0:1]/a" })
    void validValuesHaveOneCanonicalForm(AssetKind kind, String value, String canonical) {
        assertEquals(canonical, Assets.canonical(new Asset(kind, value)));
    }

    @Test
    void internationalisedNamesAreKeptInTheirAsciiForm() {
        String canonical = Assets.canonical(new Asset(AssetKind.DOMAIN, "Sở-Y-Tế.demo.vn"));
        assertTrue(canonical.startsWith("xn--") && canonical.endsWith(".demo.vn"), canonical);
        assertEquals(canonical, Assets.canonical(new Asset(AssetKind.DOMAIN, "sở-y-tế.demo.vn")));
    }

    @ParameterizedTest
    @CsvSource({ "IP, 10.0.0.256", "IP, example.gov.vn", "IP, 010.1.1.1", "CIDR, 10.1.0.0", "CIDR, 10.1.0.0/33",
            "CIDR, 10.1.0.0/x", "CIDR, 2001:db8::/129", "DOMAIN, localhost", "DOMAIN, a..b.vn", "DOMAIN, -a.vn",
            "DOMAIN, *.*.a.vn", "DOMAIN, 10.1.1.1", "HOSTNAME, *.a.vn", "HOSTNAME, a b", "URL, ftp://a.vn/x",
            "URL, https:///x", "URL, not a url" })
    void invalidValuesAreRefusedWithTheValueInTheMessage(AssetKind kind, String value) {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> Assets.canonical(new Asset(kind, value)));
        assertTrue(refused.getMessage().contains(value.strip()), refused.getMessage());
    }

    @Test
    void aNetworkWithHostBitsNamesTheNetworkMeant() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> Assets.canonical(new Asset(AssetKind.CIDR, "10.1.2.3/16")));
        assertTrue(refused.getMessage().contains("10.1.0.0/16"), refused.getMessage());
    }

    @Test
    void fixedValuesAreReadFromCodesAndFromLabelsInEitherLanguage() {
        for (String text : new String[] { "approved", "APPROVED", "Đã phê duyệt", "da phe duyet" }) {
            assertEquals(DossierStatus.APPROVED, Labels.parse(DossierStatus.class, text).orElseThrow(), text);
        }
        assertEquals(SystemType.PUBLIC_SERVICE_PORTAL, Labels.parse(SystemType.class, "cổng dịch vụ công").orElseThrow());
        assertEquals(SystemType.PUBLIC_SERVICE_PORTAL, Labels.parse(SystemType.class, "public-service portal").orElseThrow());
        assertTrue(Labels.parse(SystemType.class, "mainframe").isEmpty());
        assertEquals("web_portal", SystemType.WEB_PORTAL.code());
    }
}
