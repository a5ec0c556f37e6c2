package org.vigil.cases.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigil.cases.InvalidCaseException;
import org.vigil.cases.ObservableType;
import org.vigil.cases.Observables;

/** Which values each observable type accepts, how it writes them, and what it says about the others. */
class ObservablesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            IP        | 10.20.3.44                          | 10.20.3.44
            IP        | 2001:db8::1                         | 2001:db8:0:0:0:0:0:1
            CIDR      | 10.0.0.0/8                          | 10.0.0.0/8
            CIDR      | 2001:db8::/32                       | 2001:db8:0:0:0:0:0:0/32
            DOMAIN    | Update-Check.Example.NET.           | update-check.example.net
            DOMAIN    | sở-tttt.quảngninh.gov.vn            | xn--s-tttt-bp8b.xn--qungninh-6x0d.gov.vn
            URL       | https://portal.example.gov.vn/Telerik.Web.UI.WebResource.axd?type=rau | https://portal.example.gov.vn/Telerik.Web.UI.WebResource.axd?type=rau
            MD5       | D41D8CD98F00B204E9800998ECF8427E    | d41d8cd98f00b204e9800998ecf8427e
            SHA1      | da39a3ee5e6b4b0d3255bfef95601890afd80709 | da39a3ee5e6b4b0d3255bfef95601890afd80709
            SHA256    | e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855 | e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
            EMAIL     | Ke.Gian@Mail.Example.COM            | Ke.Gian@mail.example.com
            ACCOUNT   | CORP\\nguyen.van.a                  | CORP\\nguyen.van.a
            FILE_NAME | báo cáo quý 3.docx.exe              | báo cáo quý 3.docx.exe
            """)
    void validValuesAreNormalised(ObservableType type, String value, String normalised) throws InvalidCaseException {
        assertEquals(normalised, Observables.normalise(type, value));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            IP     | 999.1.1.1          | IPv4 or IPv6
            IP     | portal.example.vn  | IPv4 or IPv6
            CIDR   | 10.0.0.0           | prefix length
            CIDR   | 10.0.0.0/33        | 0 to 32
            CIDR   | 2001:db8::/129     | 0 to 128
            DOMAIN | not a domain       | domain name
            DOMAIN | 10.0.0.1           | domain name
            URL    | portal.example.vn  | http, https or ftp
            MD5    | abc123             | 32 hexadecimal digits, not 6
            SHA1   | d41d8cd98f00b204e9800998ecf8427e | 40 hexadecimal digits, not 32
            SHA256 | zz1d8cd98f00b204e9800998ecf8427ed41d8cd98f00b204e9800998ecf8427e | hexadecimal digits 0-9
            EMAIL  | nobody@            | e-mail address
            """)
    void malformedValuesAreRefusedNamingFieldValueAndReason(ObservableType type, String value, String reason) {
        InvalidCaseException e = assertThrows(InvalidCaseException.class, () -> Observables.normalise(type, value));

        assertEquals("observables", e.field());
        assertTrue(e.getMessage().contains("'" + value + "'") && e.getMessage().contains(reason), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            203.0.113.66                      | IP
            192.168.0.0/16                    | CIDR
            http://evil.example.com/a         | URL
            ke.gian@example.com               | EMAIL
            d41d8cd98f00b204e9800998ecf8427e  | MD5
            da39a3ee5e6b4b0d3255bfef95601890afd80709 | SHA1
            update-check.example.net          | DOMAIN
            """)
    void bareValuesAreRecognised(String value, ObservableType type) {
        assertEquals(Optional.of(type), Observables.detect(value));
    }
}
