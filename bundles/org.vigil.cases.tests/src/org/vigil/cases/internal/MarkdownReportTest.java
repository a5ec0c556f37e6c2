package org.vigil.cases.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.vigil.cases.InvalidCaseException;
import org.vigil.reports.ReportFormat;

/** The incident report carries every field the authority asks for, in the language asked. */
class MarkdownReportTest {

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
                "**Mức độ:** Cao", "Asia/Ho_Chi_Minh", "**TLP:AMBER**")) {
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
        return ReportFormat.MARKDOWN.text(ReportSamples.defacement(locale).document());
    }
}
