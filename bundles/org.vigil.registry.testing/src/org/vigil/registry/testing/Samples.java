package org.vigil.registry.testing;

import java.time.LocalDate;
import java.util.List;

import org.vigil.registry.Agency;
import org.vigil.registry.AgencyKind;
import org.vigil.registry.AssetKind;
import org.vigil.registry.Contact;
import org.vigil.registry.Dossier;
import org.vigil.registry.DossierStatus;
import org.vigil.registry.InformationSystem;
import org.vigil.registry.Layer;
import org.vigil.registry.LayerStatus;
import org.vigil.registry.PlanStatus;
import org.vigil.registry.ProtectionPlan;
import org.vigil.registry.SystemType;
import org.vigil.registry.TrustLabel;

/** A small province to test with: a province, two departments, a district with a commune. */
public final class Samples {

    /** The province, the root. */
    public static final Agency PROVINCE = new Agency("tinh", "UBND tỉnh Thử nghiệm", null, AgencyKind.PROVINCE);
    /** A department. */
    public static final Agency HEALTH = new Agency("syt", "Sở Y tế", "tinh", AgencyKind.DEPARTMENT);
    /** Another department. */
    public static final Agency FINANCE = new Agency("stc", "Sở Tài chính", "tinh", AgencyKind.DEPARTMENT);
    /** A district. */
    public static final Agency DISTRICT = new Agency("h1", "UBND huyện Đông Sơn", "tinh", AgencyKind.DISTRICT);
    /** A commune of the district. */
    public static final Agency COMMUNE = new Agency("h1-x1", "UBND xã Đông Hòa", "h1", AgencyKind.COMMUNE);

    private Samples() {
    }

    /** @return the agencies, parents first */
    public static List<Agency> agencies() {
        return List.of(PROVINCE, HEALTH, FINANCE, DISTRICT, COMMUNE);
    }

    /**
     * @param id the system's id
     * @param agency its agency
     * @return a valid level-2 system with a draft dossier and no asset
     */
    public static InformationSystem system(String id, String agency) {
        return InformationSystem.builder(id, "Hệ thống " + id, agency).type(SystemType.OTHER)
                .level(2, "Điều 8").build();
    }

    /** @return a valid system with a value in every field, assets of every kind included */
    public static InformationSystem everyField() {
        return InformationSystem.builder("syt-portal", "Cổng thông tin điện tử Sở Y tế", "syt")
                .operatingUnit("Trung tâm CNTT").type(SystemType.WEB_PORTAL).level(3, "Điều 9, khoản 1")
                .dossier(new Dossier(DossierStatus.APPROVED, "123/QĐ-UBND", LocalDate.of(2025, 3, 15)))
                .plan(new ProtectionPlan(PlanStatus.DEPLOYED, LocalDate.of(2025, 9, 30)))
                .layer(Layer.OWN_PROTECTION, new LayerStatus(true, "Tổ ATTT", null))
                .layer(Layer.PROFESSIONAL_MONITORING, new LayerStatus(true, "SOC tỉnh", LocalDate.of(2027, 12, 31)))
                .layer(Layer.NATIONAL_CONNECTION, new LayerStatus(true, "NCSC", null))
                .trustLabel(new TrustLabel("TNM-2025-00001", LocalDate.of(2027, 5, 31)))
                .asset(AssetKind.HOSTNAME, "syt-srv-01").asset(AssetKind.IP, "10.2.1.10")
                .asset(AssetKind.IP, "2001:db8::10").asset(AssetKind.CIDR, "10.2.0.0/16")
                .asset(AssetKind.CIDR, "2001:db8:2::/48").asset(AssetKind.DOMAIN, "syt.example.gov.vn")
                .asset(AssetKind.DOMAIN, "*.syt.example.gov.vn").asset(AssetKind.URL, "https://dvc.example.gov.vn/syt")
                .contacts(List.of(new Contact("Nguyễn Văn An", "Quản trị", "0912 345 678", "an@example.gov.vn"),
                        new Contact("Trực SOC", "", "0236 3888 115", "")))
                .lastAssessment(LocalDate.of(2026, 6, 1)).requirementsMet(List.of("QL-1", "HS-1"))
                .notes("Ghi chú: dòng một\ndòng hai, với dấu phẩy và \"ngoặc kép\"").build();
    }
}
