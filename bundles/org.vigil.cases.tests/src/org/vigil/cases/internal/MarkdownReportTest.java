package org.vigil.cases.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.vigil.cases.AuditEntry;
import org.vigil.cases.Case;
import org.vigil.cases.CaseDraft;
import org.vigil.cases.CaseSettings;
import org.vigil.cases.CaseTask;
import org.vigil.cases.Category;
import org.vigil.cases.Evidence;
import org.vigil.cases.InvalidCaseException;
import org.vigil.cases.KeyTimes;
import org.vigil.cases.ObservableType;
import org.vigil.cases.Observables;
import org.vigil.cases.ReportingUnit;
import org.vigil.cases.Severity;
import org.vigil.cases.Status;
import org.vigil.cases.SystemRef;
import org.vigil.cases.report.IncidentReport;
import org.vigil.cases.report.MarkdownReport;

/** The incident report carries every field the authority asks for, in the language asked. */
class MarkdownReportTest {

    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Instant DETECTED = Instant.parse("2026-10-02T01:15:00Z");

    @Test
    void theVietnameseReportHasUnitSystemLevelDetectionObservablesActionsStatusAndContacts() throws Exception {
        String report = render(Locale.of("vi"));

        for (String expected : List.of("# Báo cáo sự cố an toàn thông tin mạng — VIG-",
                "**Đơn vị:** Trung tâm Giám sát an toàn thông tin tỉnh", "**Đầu mối liên hệ:** Nguyễn Văn A; 0912 345 678",
                "| Cổng thông tin điện tử tỉnh | 3 | có trong danh mục |", "**Thời điểm phát hiện:** 2026-10-02 08:15",
                "**Nguồn phát hiện:** Suricata; soc", "**Hạn thông báo:** 2026-10-07 08:15",
                "Trang chủ bị thay bằng nội dung của nhóm tấn công.", "| Địa chỉ IP | 203.0.113.66 | có |", "_Lập lúc 2026-10-02 10:15_",
                "Hoàn thành: Khôi phục trang từ bản sao lưu", "Trạng thái: Mới → Đang phân loại",
                "**Trạng thái hiện tại:** Đang phân loại", "**Loại sự cố:** Tấn công web hoặc thay đổi giao diện",
                "**Mức độ:** Cao", "Asia/Ho_Chi_Minh")) {
            assertTrue(report.contains(expected), expected + " missing from\n" + report);
        }
    }

    @Test
    void theEnglishReportUsesEnglishLabelsWhateverTheJvmLocale() throws Exception {
        String report = render(Locale.ENGLISH);

        for (String expected : List.of("# Incident report — VIG-", "## Reporting unit", "| System | Security level | Registry |",
                "| Cổng thông tin điện tử tỉnh | 3 | registered |", "Status: New → Triage", "**Severity:** High")) {
            assertTrue(report.contains(expected), expected + " missing from\n" + report);
        }
    }

    private static String render(Locale locale) throws InvalidCaseException {
        CaseDraft draft = CaseDraft.create("Defacement of the provincial portal").severity(Severity.HIGH)
                .category(Category.WEB_ATTACK).status(Status.TRIAGE).detectionSource("Suricata").assignee("analyst")
                .description("Trang chủ bị thay bằng nội dung của nhóm tấn công.").times(KeyTimes.detectedAt(DETECTED));
        draft.systems().add(new SystemRef("sys-1", "Cổng thông tin điện tử tỉnh", 3));
        draft.observables().add(Observables.of(ObservableType.IP, "203.0.113.66").withIoc(true));
        draft.tasks().add(CaseTask.open("Khôi phục trang từ bản sao lưu", true).markDone(DETECTED.plusSeconds(3600), "analyst"));
        draft.evidence().add(new Evidence("soc", "logs-web", "e1", DETECTED, "{}", DETECTED, "analyst"));
        Case c = draft.build();
        List<AuditEntry> audit = List.of(new AuditEntry(c.number().toString(), 2, DETECTED.plusSeconds(600), "analyst",
                "status", "NEW", "TRIAGE"));
        CaseSettings settings = CaseSettings.defaults().withUnit(new ReportingUnit(
                "Trung tâm Giám sát an toàn thông tin tỉnh", "Số 1, đường X", "Nguyễn Văn A\n0912 345 678"));
        return MarkdownReport.render(IncidentReport.of(c, audit, settings, locale, HANOI, DETECTED.plusSeconds(7200)));
    }
}
