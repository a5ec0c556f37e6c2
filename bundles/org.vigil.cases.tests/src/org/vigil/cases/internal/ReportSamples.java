package org.vigil.cases.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.vigil.cases.AuditEntry;
import org.vigil.cases.Case;
import org.vigil.cases.CaseDraft;
import org.vigil.cases.CaseSettings;
import org.vigil.cases.CaseTask;
import org.vigil.cases.Category;
import org.vigil.cases.Evidence;
import org.vigil.cases.InvalidCaseException;
import org.vigil.cases.KeyTimes;
import org.vigil.cases.Observable;
import org.vigil.cases.ObservableType;
import org.vigil.cases.Observables;
import org.vigil.cases.ReportingUnit;
import org.vigil.cases.Severity;
import org.vigil.cases.Status;
import org.vigil.cases.SystemRef;
import org.vigil.cases.Tlp;
import org.vigil.cases.report.IncidentReport;

/** The cases the report tests render: a defaced portal, and the same with a long history. */
final class ReportSamples {

    static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");
    static final Instant DETECTED = Instant.parse("2026-10-02T01:15:00Z");
    static final String DESCRIPTION = """
            Trang chủ bị thay bằng nội dung của nhóm tấn công.

            Kẻ tấn công đã khai thác **lỗ hổng Telerik UI** (CVE-2019-18935) trên cổng thông tin:
            - tải lên tệp `shell.aspx` vào thư mục *App_Data*;
            - thay trang chủ bằng [thông điệp](https://example.org/deface) của nhóm tấn công.

            1. Cô lập máy chủ web.
            2. Khôi phục từ bản sao lưu ngày 01/10.
            """;

    private ReportSamples() {
    }

    static IncidentReport defacement(Locale locale) throws InvalidCaseException {
        return defacement(locale, HANOI);
    }

    /** @param zone the zone the report's times are written in */
    static IncidentReport defacement(Locale locale, ZoneId zone) throws InvalidCaseException {
        return report(draft(), locale, zone);
    }

    /** The defacement with many observables and actions: several pages. */
    static IncidentReport longDefacement(Locale locale) throws InvalidCaseException {
        CaseDraft draft = draft();
        for (int i = 1; i <= 60; i++) {
            draft.observables().add(noted(Observables.of(ObservableType.IP, "198.51.100." + i),
                    "Quét cổng từ mạng " + i + " trong khoảng thời gian tấn công, nhiều lần mỗi phút"));
            draft.tasks().add(CaseTask.open("Chặn địa chỉ 198.51.100." + i + " trên tường lửa biên", false)
                    .markDone(DETECTED.plusSeconds(60L * i), "analyst"));
        }
        return report(draft, locale, HANOI);
    }

    private static CaseDraft draft() throws InvalidCaseException {
        CaseDraft draft = CaseDraft.create("Defacement of the provincial portal").severity(Severity.HIGH)
                .category(Category.WEB_ATTACK).status(Status.TRIAGE).tlp(Tlp.AMBER).detectionSource("Suricata")
                .assignee("analyst").description(DESCRIPTION)
                .impact("Cổng thông tin ngừng phục vụ người dân **4 giờ**; không phát hiện rò rỉ dữ liệu.")
                .times(KeyTimes.detectedAt(DETECTED));
        draft.systems().add(new SystemRef("sys-1", "Cổng thông tin điện tử tỉnh", 3));
        draft.systems().add(SystemRef.text("Hệ thống một cửa điện tử"));
        draft.observables().add(noted(Observables.of(ObservableType.IP, "203.0.113.66").withIoc(true),
                "Địa chỉ tải shell lên"));
        draft.observables().add(Observables.of(ObservableType.SHA256,
                "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08").withIoc(true));
        draft.observables().add(Observables.of(ObservableType.URL,
                "https://portal.example.gov.vn/Telerik.Web.UI.WebResource.axd?type=rau&amp;very-long-parameter=1"));
        draft.tasks().add(CaseTask.open("Khôi phục trang từ bản sao lưu", true).markDone(DETECTED.plusSeconds(3600), "analyst"));
        draft.evidence().add(new Evidence("soc", "logs-web", "e1", DETECTED, "{}", DETECTED, "analyst"));
        return draft;
    }

    private static Observable noted(Observable observable, String note) {
        return new Observable(observable.type(), observable.value(), observable.ioc(), note);
    }

    private static IncidentReport report(CaseDraft draft, Locale locale, ZoneId zone) throws InvalidCaseException {
        Case c = draft.build();
        List<AuditEntry> audit = new ArrayList<>(List.of(new AuditEntry(c.number().toString(), 2,
                DETECTED.plusSeconds(600), "analyst", "status", "NEW", "TRIAGE")));
        CaseSettings settings = CaseSettings.defaults().withUnit(new ReportingUnit(
                "Trung tâm Giám sát an toàn thông tin tỉnh", "Số 1, đường X", "Nguyễn Văn A\n0912 345 678"));
        return IncidentReport.of(c, audit, settings, locale, zone, DETECTED.plusSeconds(7200));
    }
}
