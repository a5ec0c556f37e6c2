package org.vigil.registry.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.io.StringWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.vigil.registry.InformationSystem;
import org.vigil.registry.PlanStatus;
import org.vigil.registry.ProtectionPlan;
import org.vigil.registry.RegistryException;
import org.vigil.registry.SystemFilter;
import org.vigil.registry.SystemRegistry;
import org.vigil.registry.csv.CsvImport;
import org.vigil.registry.csv.CsvImportReport;
import org.vigil.registry.csv.CsvRejection;
import org.vigil.registry.csv.RegistryCsv;
import org.vigil.registry.testing.InMemorySystemRegistry;
import org.vigil.registry.testing.Samples;

/** The CSV template: round trips, both languages, bad rows with line and reason, re-imports that update. */
class CsvImportTest {

    private static final String HEADER = "id,name,agency,level,dossier status,decision number,decision date,IP addresses,"
            + "type,notes";

    private final InMemorySystemRegistry registry = new InMemorySystemRegistry();

    private CsvImportReport importSystems(String csv) throws Exception {
        return new CsvImport(registry).run(null, new CsvImport.Source("systems.csv", new StringReader(csv)));
    }

    private List<String> ids() throws RegistryException {
        return registry.systems(SystemFilter.ALL).stream().map(InformationSystem::id).sorted().toList();
    }

    private static String reasonAt(CsvImportReport report, int line) {
        return report.rejections().stream().filter(r -> r.line() == line).map(CsvRejection::reason).findFirst()
                .orElseThrow(() -> new AssertionError("no rejection on line " + line + ": " + report.rejections()));
    }

    @Test
    void anExportImportsBackToTheSameSystemsInEitherLanguage() throws Exception {
        InMemorySystemRegistry source = new InMemorySystemRegistry();
        source.saveAll(Samples.agencies(), List.of(Samples.everyField(), Samples.system("plain", "h1-x1")));
        for (boolean vietnamese : new boolean[] { false, true }) {
            StringWriter agencies = new StringWriter();
            StringWriter systems = new StringWriter();
            RegistryCsv.writeAgencies(agencies, source.agencies(), vietnamese);
            RegistryCsv.writeSystems(systems, source.systems(SystemFilter.ALL), vietnamese);
            InMemorySystemRegistry target = new InMemorySystemRegistry();

            CsvImportReport report = new CsvImport(target).run(
                    new CsvImport.Source("agencies.csv", new StringReader(agencies.toString())),
                    new CsvImport.Source("systems.csv", new StringReader(systems.toString())));

            assertEquals(List.of(), report.rejections());
            assertEquals(5, report.agencies());
            assertEquals(2, report.created());
            assertEquals(source.agencies(), target.agencies());
            assertEquals(source.systems(SystemFilter.ALL), target.systems(SystemFilter.ALL));
            assertTrue(systems.toString().startsWith(vietnamese ? "mã,tên hệ thống," : "id,name,agency,"), systems.toString());
        }
    }

    @Test
    void vietnameseHeadersWithoutDiacriticsSemicolonsAndAByteOrderMarkAreRead() throws Exception {
        registry.saveAll(Samples.agencies(), List.of());
        CsvImportReport report = importSystems("\uFEFFTên hệ thống;co quan chu quan;CẤP ĐỘ;Loại hệ thống;Tên miền\r\n"
                + "Cổng thông tin;syt;2;cổng thông tin điện tử;syt.example.gov.vn\r\n"
                + "\"Thư điện tử; công vụ\";stc;3;thư điện tử;\"mail.example.gov.vn, *.mail.example.gov.vn\"\r\n");

        assertEquals(List.of(), report.rejections());
        assertEquals(List.of("stc-thu-dien-tu-cong-vu", "syt-cong-thong-tin"), ids());
        InformationSystem mail = registry.system("stc-thu-dien-tu-cong-vu").orElseThrow();
        assertEquals(3, mail.level());
        assertEquals(2, mail.assets().size());
    }

    @Test
    void badRowsAreReportedWithLineAndReasonAndGoodRowsAreImported() throws Exception {
        registry.saveAll(Samples.agencies(), List.of());
        CsvImportReport report = importSystems(String.join("\n", HEADER,
                "good-1,Một,syt,2,,,,10.2.1.10,,\"ghi chú\nhai dòng\"",
                "level,Hai,syt,7,,,,,,",
                "agency,Ba,nowhere,2,,,,,,",
                "ip,Bốn,syt,2,,,,10.2.1.300,,",
                "approved,Năm,syt,3,approved,,,,,",
                "date,Sáu,syt,3,approved,12/QĐ,31/02/2026,,,",
                "type,Bảy,syt,2,,,,,mainframe,",
                "cells,Tám,syt,2,,,,,,,,extra",
                "good-2,Chín,stc,1,approved,9/QĐ,2025-01-02,,email,",
                "", "notnumber,Mười,syt,two,,,,,,"));

        assertEquals(List.of("good-1", "good-2"), ids());
        assertEquals(2, report.created());
        assertEquals(List.of(4, 5, 6, 7, 8, 9, 10, 13), report.rejections().stream().map(CsvRejection::line).toList());
        assertTrue(reasonAt(report, 4).startsWith("level: ") && reasonAt(report, 4).contains("7"), reasonAt(report, 4));
        assertTrue(reasonAt(report, 5).startsWith("agency: ") && reasonAt(report, 5).contains("nowhere"));
        assertTrue(reasonAt(report, 6).startsWith("ips: ") && reasonAt(report, 6).contains("10.2.1.300"));
        assertTrue(reasonAt(report, 7).contains("decision_number: ") && reasonAt(report, 7).contains("decision_date: "));
        assertTrue(reasonAt(report, 8).startsWith("decision_date: ") && reasonAt(report, 8).contains("31/02/2026"));
        assertTrue(reasonAt(report, 9).startsWith("type: ") && reasonAt(report, 9).contains("web_portal"));
        assertTrue(reasonAt(report, 10).contains("12"), reasonAt(report, 10));
        assertTrue(reasonAt(report, 13).startsWith("level: "), reasonAt(report, 13));
        assertEquals("systems.csv:4: " + reasonAt(report, 4), report.rejections().get(0).toString());
        assertEquals("ghi chú\nhai dòng", registry.system("good-1").orElseThrow().notes());
    }

    @Test
    void reImportingUpdatesBySystemIdOrByAgencyAndNameRatherThanDuplicating() throws Exception {
        registry.saveAll(Samples.agencies(), List.of());
        String file = String.join("\n", "name,agency,level", "Cổng thông tin,syt,2", "Hồ sơ sức khỏe,syt,3");
        importSystems(file);
        List<String> first = ids();

        CsvImportReport again = importSystems(file.replace("Hồ sơ sức khỏe,syt,3", "HỒ SƠ SỨC KHỎE,syt,2"));

        assertEquals(first, ids());
        assertEquals(0, again.created());
        assertEquals(2, again.updated());
        InformationSystem records = registry.system("syt-ho-so-suc-khoe").orElseThrow();
        assertEquals(2, records.level());
        assertEquals(2, records.version());
        CsvImportReport byId = importSystems("id,name,agency,level\nsyt-ho-so-suc-khoe,Hồ sơ sức khỏe điện tử,syt,3\n");
        assertEquals(1, byId.updated());
        assertEquals("Hồ sơ sức khỏe điện tử", registry.system("syt-ho-so-suc-khoe").orElseThrow().name());
        assertEquals(2, ids().size());
    }

    @Test
    void aFileWithSomeColumnsUpdatesOnlyThoseFields() throws Exception {
        registry.saveAll(Samples.agencies(), List.of(Samples.everyField()));
        CsvImportReport report = importSystems("id,level,plan status\nsyt-portal,2,in progress\n");
        assertEquals(1, report.updated());
        InformationSystem updated = registry.system("syt-portal").orElseThrow();
        assertEquals(Samples.everyField().toBuilder().level(2, Samples.everyField().levelReason())
                .plan(new ProtectionPlan(PlanStatus.IN_PROGRESS, LocalDate.of(2025, 9, 30))).version(2).build(), updated);
    }

    @Test
    void aWrongHeaderRejectsTheWholeFileOnLineOne() throws Exception {
        registry.saveAll(Samples.agencies(), List.of());
        CsvImportReport unknown = importSystems("name,agency,level,colour\nA,syt,2,red\n");
        assertEquals(1, unknown.rejections().size());
        assertEquals(1, unknown.rejections().get(0).line());
        assertTrue(unknown.rejections().get(0).reason().contains("colour"), unknown.rejections().toString());
        CsvImportReport missing = importSystems("name,level\nA,2\n");
        CsvImportReport newWithoutName = importSystems("id,level\nfresh,2\n");
        assertTrue(reasonAt(newWithoutName, 2).contains("name: ") && reasonAt(newWithoutName, 2).contains("agency: "),
                newWithoutName.rejections().toString());
        assertTrue(missing.rejections().get(0).reason().contains("agency"), missing.rejections().toString());
        CsvImportReport unclosed = importSystems("name,agency,level\nA,syt,2\n\"B,syt,2\nC,syt,2\n");
        assertEquals(3, unclosed.rejections().get(0).line());
        assertEquals(List.of(), ids());
    }

    @Test
    void twoRowsClaimingOneAddressAreImportedWithWarnings() throws Exception {
        registry.saveAll(Samples.agencies(), List.of());
        CsvImportReport report = importSystems(String.join("\n", "id,name,agency,level,IP addresses",
                "a,A,syt,2,10.2.1.10", "b,B,stc,2,10.2.1.10 10.2.1.11"));
        assertEquals(List.of("a", "b"), ids());
        assertEquals(List.of(2, 3), report.warnings().stream().map(CsvRejection::line).toList());
        assertTrue(report.warnings().get(0).reason().startsWith("ips: 10.2.1.10"), report.warnings().toString());
    }

    @Test
    void agenciesMayComeBeforeOrAfterTheirParentsAndBadOnesAreReported() throws Exception {
        CsvImportReport report = new CsvImport(registry).run(new CsvImport.Source("agencies.csv", new StringReader(
                String.join("\n", "mã,tên cơ quan,cơ quan cấp trên,cấp", "x1,UBND xã Một,h1,cấp xã",
                        "h1,UBND huyện Một,tinh,cấp huyện", "tinh,UBND tỉnh,,cấp tỉnh", "lost,Lạc,nowhere,khác",
                        "h1,Trùng,tinh,cấp huyện"))), null);
        assertEquals(3, report.agencies());
        assertEquals(List.of(5, 6), report.rejections().stream().map(CsvRejection::line).toList());
        assertEquals(List.of("tinh", "h1", "x1"), registry.agencies().stream().map(a -> a.id()).toList());
    }

    @Test
    void whenTheStoreFailsNothingIsWritten() throws Exception {
        registry.saveAll(Samples.agencies(), List.of());
        SystemRegistry failing = (SystemRegistry) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] { SystemRegistry.class }, (proxy, method, args) -> {
                    if (method.getName().equals("saveAll")) {
                        throw new RegistryException(RegistryException.Kind.STORAGE, "disk full", null);
                    }
                    try {
                        return method.invoke(registry, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        RegistryException failed = assertThrows(RegistryException.class, () -> new CsvImport(failing).run(null,
                new CsvImport.Source("s.csv", new StringReader("name,agency,level\nA,syt,2\nB,syt,2\n"))));
        assertEquals("disk full", failed.getMessage());
        assertEquals(List.of(), ids());
    }
}
