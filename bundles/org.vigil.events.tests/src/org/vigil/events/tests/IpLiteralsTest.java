package org.vigil.events.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.InetAddress;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.vigil.core.model.IpLiterals;

/** IP literals are recognised exactly, without a name lookup, whichever way they are read. */
class IpLiteralsTest {

    @ParameterizedTest
    @CsvSource({ "10.0.0.1, 10.0.0.1", "' 192.168.1.254 ', 192.168.1.254", "0.0.0.0, 0.0.0.0",
            "255.255.255.255, 255.255.255.255", "10.3.10.58%eth0, 10.3.10.58", "::1, 0:0:0:0:0:0:0:1",
            "fe80::1%eth0, fe80:0:0:0:0:0:0:1", "2001:db8:0:0:0:0:2:1, 2001:db8:0:0:0:0:2:1" })
    void literalsGiveTheirAddress(String text, String address) {
        assertEquals(address, IpLiterals.parse(text).map(InetAddress::getHostAddress).orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(strings = { "256.1.1.1", "01.2.3.4", "1.2.3.00", "1.2.3", "1.2.3.4.5", "1..2.3", ".1.2.3",
            "1.2.3.", "1.2.3.4a", "1.2.3.1000", "08:15:03", "localhost", "example.com", "", "1.2.3.-4" })
    void otherTextIsNoAddress(String text) {
        assertEquals(Optional.empty(), IpLiterals.parse(text));
    }

    @ParameterizedTest
    @CsvSource({ "10.0.0.5, 10.0.0.5", "10.0.0.0/8, 10.0.0.0/8", "' 10.1.2.3/32', 10.1.2.3/32",
            "fd00::/8, fd00:0:0:0:0:0:0:0/8", "::1/128, 0:0:0:0:0:0:0:1/128" })
    void addressesAndBlocksAreNormalisedAsEnginesTakeThem(String text, String block) {
        assertEquals(Optional.of(block), IpLiterals.block(text));
    }

    @ParameterizedTest
    @ValueSource(strings = { "10.0.0.0/33", "fd00::/129", "10.0.0.0/", "10.0.0.0/x", "10.0.0/8", "host/8",
            "10.0.0.0/1234" })
    void aBlockPastItsFamilysBitsOrOfNoAddressIsNone(String text) {
        assertEquals(Optional.empty(), IpLiterals.block(text));
    }
}
