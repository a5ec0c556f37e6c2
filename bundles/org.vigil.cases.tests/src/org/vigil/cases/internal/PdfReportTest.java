package org.vigil.cases.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.cases.Tlp;
import org.vigil.cases.report.IncidentReport;
import org.vigil.core.report.Field;
import org.vigil.core.report.Section;
import org.vigil.reports.ReportFormat;

/**
 * The PDF incident report as its reader gets it: the text extracted from the file has every
 * field in the language asked, with its diacritics; long cases run over numbered pages; the TLP
 * marking is printed in its colour; a file that cannot be written is refused and leaves nothing.
 */
class PdfReportTest {

    @TempDir
    Path dir;

    @Test
    void theVietnameseReportHasUnitSystemLevelDetectionObservablesActionsAndContactsWithDiacritics() throws Exception {
        String text = text(write(ReportSamples.defacement(Locale.of("vi"))));

        for (String expected : List.of("BÁO CÁO SỰ CỐ AN TOÀN THÔNG TIN MẠNG", "Đơn vị báo cáo",
                "Đơn vị Trung tâm Giám sát an toàn thông tin tỉnh", "Đầu mối liên hệ Nguyễn Văn A", "0912 345 678",
                "Hồ sơ VIG-", "Cổng thông tin điện tử tỉnh 3 có trong danh mục", "Thời điểm phát hiện 2026-10-02 08:15",
                "Nguồn phát hiện Suricata; soc", "Hạn thông báo 2026-10-07 08:15",
                "Địa chỉ IP 203.0.113.66 có Địa chỉ tải shell lên",
                "2026-10-02 09:15 Hoàn thành: Khôi phục trang từ bản sao lưu analyst",
                "Trạng thái hiện tại Đang phân loại", "Mức độ Cao", "TLP:AMBER", "Trang 1/2", "Trang 2/2")) {
            assertTrue(text.contains(expected), expected + " missing from\n" + text);
        }
    }

    @Test
    void theEnglishReportWritesTimesInTheZoneAsked() throws Exception {
        String text = text(write(ReportSamples.defacement(Locale.ENGLISH, ZoneOffset.UTC)));

        for (String expected : List.of("INCIDENT REPORT", "Reporting unit", "System Security level Registry",
                "Cổng thông tin điện tử tỉnh 3 registered", "Detected at 2026-10-02 01:15",
                "2026-10-02 02:15 Task done: Khôi phục trang từ bản sao lưu analyst", "Status: New → Triage",
                "Times are local (Z).", "Page 1 of 2", "Page 2 of 2")) {
            assertTrue(text.contains(expected), expected + " missing from\n" + text);
        }
        assertFalse(text.contains("08:15"), "a Hanoi time in a report asked in UTC:\n" + text);
    }

    @Test
    void theDescriptionReadsAsTextWithoutMarkdownMarks() throws Exception {
        String text = text(write(ReportSamples.defacement(Locale.of("vi"))));

        for (String expected : List.of("Kẻ tấn công đã khai thác lỗ hổng Telerik UI (CVE-2019-18935) trên cổng thông tin:",
                "• tải lên tệp shell.aspx vào thư mục App_Data;",
                "• thay trang chủ bằng thông điệp (https://example.org/deface) của nhóm tấn công.",
                "1. Cô lập máy chủ web.", "Cổng thông tin ngừng phục vụ người dân 4 giờ;")) {
            assertTrue(text.contains(expected), expected + " missing from\n" + text);
        }
        for (String mark : List.of("**", "`", "](", "- tải")) {
            assertFalse(text.contains(mark), mark + " left in\n" + text);
        }
    }

    @Test
    void aLongCaseRunsOverNumberedPagesAndRepeatsTheTableHeader() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(write(ReportSamples.longDefacement(Locale.of("vi"))).toFile())) {
            int pages = pdf.getNumberOfPages();
            assertTrue(pages >= 4, "60 observables and actions on " + pages + " pages");
            int headers = 0;
            for (int page = 1; page <= pages; page++) {
                String text = page(pdf, page);
                assertTrue(text.contains("Trang " + page + "/" + pages), "page " + page + " is not numbered:\n" + text);
                assertTrue(text.contains("TLP:AMBER"), "page " + page + " has no TLP marking");
                headers += text.contains("Loại Giá trị IOC Ghi chú") ? 1 : 0;
            }
            assertTrue(headers >= 2, "the observables' header is not repeated on the next page");
            String all = new PDFTextStripper().getText(pdf);
            assertTrue(all.contains("198.51.100.60 không Quét cổng từ mạng 60"), "the last observable is missing");
            assertTrue(all.contains("Chặn địa chỉ 198.51.100.60 trên tường lửa biên"), "the last action is missing");
        }
    }

    @Test
    void theFontsAreEmbeddedSubsetsAndTheTlpLabelIsAmberOnBlack() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(write(ReportSamples.defacement(Locale.of("vi"))).toFile())) {
            PDResources resources = pdf.getPage(0).getResources();
            for (COSName name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                assertTrue(font.isEmbedded() && font.getName().contains("+DejaVuSans"), font.getName() + " not embedded");
            }
            BufferedImage top = new PDFRenderer(pdf).renderImageWithDPI(0, 72).getSubimage(400, 0, 195, 60);
            assertTrue(has(top, 0xFFC000), "no TLP amber (#FFC000) at the top right of the first page");
            assertTrue(has(top, 0x000000), "no black behind the TLP label");
        }
    }

    @Test
    void lettersTheFontsLackPrintAsQuestionMarksAndTheRestOfTheTextStays() throws Exception {
        IncidentReport report = new IncidentReport("en", "Incident report", "VIG-2026-0007", Tlp.RED, "Generated today",
                List.of(new Section("Incident \uD83D\uDD25", List.of(new Field("Title", "门户 defaced \uD83D\uDD25")), null,
                        List.of("Ph\u01B0\u01A1ng a\u0301n decomposed: **kh\u00F4i ph\u1EE5c**"))));

        String text = text(write(report));

        for (String expected : List.of("Incident ?", "?? defaced ?", "Phương án decomposed: khôi phục", "TLP:RED")) {
            assertTrue(text.contains(expected), expected + " missing from\n" + text);
        }
    }

    @Test
    void aFileThatCannotBeWrittenIsRefusedWithItsNameAndLeavesNothing() throws Exception {
        IncidentReport report = ReportSamples.defacement(Locale.of("vi"));
        Path missing = dir.resolve("missing/report.pdf");
        Path folder = Files.createDirectories(dir.resolve("report.pdf"));
        Files.writeString(folder.resolve("keep.txt"), "x");

        IOException noFolder = assertThrows(IOException.class, () -> ReportFormat.PDF.write(report.document(), missing));
        IOException isFolder = assertThrows(IOException.class, () -> ReportFormat.PDF.write(report.document(), folder));

        assertTrue(noFolder.getMessage().contains(missing.toString()), noFolder.getMessage());
        assertTrue(isFolder.getMessage().contains(folder.toString()), isFolder.getMessage());
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(folder), left.toList(), "a partial file was left behind");
        }
        assertTrue(Files.exists(folder.resolve("keep.txt")));
    }

    @Test
    void aReportReplacesAnEarlierFileWhole() throws Exception {
        Path file = dir.resolve("report.md");
        Files.writeString(file, "an older and much longer report ".repeat(1000));

        ReportFormat.MARKDOWN.write(ReportSamples.defacement(Locale.ENGLISH).document(), file);

        String text = Files.readString(file);
        assertTrue(text.startsWith("# Incident report — VIG-") && !text.contains("older"), text);
    }

    @Test
    void theFormatIsReadFromItsNameOrTheFileExtension() {
        assertEquals(ReportFormat.PDF, ReportFormat.of(Path.of("/tmp/VIG-2026-0001.PDF")).orElseThrow());
        assertEquals(ReportFormat.MARKDOWN, ReportFormat.of(Path.of("report.md")).orElseThrow());
        assertEquals(ReportFormat.MARKDOWN, ReportFormat.named("markdown").orElseThrow());
        assertTrue(ReportFormat.of(Path.of("report.docx")).isEmpty());
        assertTrue(ReportFormat.named("docx").isEmpty());
    }

    private Path write(IncidentReport report) throws IOException {
        Path file = dir.resolve(report.language() + ".pdf");
        ReportFormat.PDF.write(report.document(), file);
        return file;
    }

    private static String text(Path file) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            return new PDFTextStripper().getText(pdf);
        }
    }

    private static String page(PDDocument pdf, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(pdf);
    }

    /** Whether a pixel is this colour, give or take the smoothing of glyph edges. */
    private static boolean has(BufferedImage image, int rgb) {
        for (int x = 0; x < image.getWidth(); x++) {
            for (int y = 0; y < image.getHeight(); y++) {
                int pixel = image.getRGB(x, y);
                if (IntStream.of(16, 8, 0).allMatch(shift -> Math.abs((pixel >> shift & 0xFF) - (rgb >> shift & 0xFF)) <= 8)) {
                    return true;
                }
            }
        }
        return false;
    }
}
