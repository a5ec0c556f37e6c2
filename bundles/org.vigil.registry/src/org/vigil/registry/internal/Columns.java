package org.vigil.registry.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.vigil.registry.AssetKind;
import org.vigil.registry.Layer;
import org.vigil.registry.SystemFields;

/**
 * The columns of the registry's CSV template, each with its field and its English and Vietnamese
 * header. A header is recognised by any of the three, ignoring case, diacritics and punctuation.
 * These are a file format, the same in every language Vigil runs in, so they are not messages.
 */
public final class Columns {

    /**
     * One column.
     *
     * @param field the field it holds ({@link SystemFields})
     * @param english its English header
     * @param vietnamese its Vietnamese header
     */
    public record Column(String field, String english, String vietnamese) {

        boolean matches(String header) {
            String folded = Names.fold(header);
            return folded.equals(Names.fold(field)) || folded.equals(Names.fold(english))
                    || folded.equals(Names.fold(vietnamese));
        }

        /** @param inVietnamese which language @return the header in it */
        public String header(boolean inVietnamese) {
            return inVietnamese ? vietnamese : english;
        }
    }

    /** The columns of the systems file, in the order an export writes them. */
    public static final List<Column> SYSTEMS = systems();

    /** The columns of the agencies file. */
    public static final List<Column> AGENCIES = List.of(new Column(SystemFields.ID, "id", "mã"), //$NON-NLS-1$ //$NON-NLS-2$
            new Column(SystemFields.NAME, "name", "tên cơ quan"), //$NON-NLS-1$ //$NON-NLS-2$
            new Column(SystemFields.PARENT, "parent", "cơ quan cấp trên"), //$NON-NLS-1$ //$NON-NLS-2$
            new Column(SystemFields.KIND, "kind", "cấp")); //$NON-NLS-1$ //$NON-NLS-2$

    private Columns() {
    }

    /**
     * @param columns the columns of a kind of file
     * @param header a header as written in a file
     * @return the column it names, if any
     */
    public static Optional<Column> find(List<Column> columns, String header) {
        return columns.stream().filter(column -> column.matches(header)).findFirst();
    }

    @SuppressWarnings("nls")
    private static List<Column> systems() {
        List<Column> columns = new ArrayList<>(List.of(new Column(SystemFields.ID, "id", "mã"),
                new Column(SystemFields.NAME, "name", "tên hệ thống"),
                new Column(SystemFields.AGENCY, "agency", "cơ quan chủ quản"),
                new Column(SystemFields.OPERATING_UNIT, "operating unit", "đơn vị vận hành"),
                new Column(SystemFields.TYPE, "type", "loại hệ thống"),
                new Column(SystemFields.LEVEL, "level", "cấp độ"),
                new Column(SystemFields.LEVEL_REASON, "level reason", "căn cứ xác định cấp độ"),
                new Column(SystemFields.DOSSIER_STATUS, "dossier status", "trạng thái hồ sơ"),
                new Column(SystemFields.DECISION_NUMBER, "decision number", "số quyết định phê duyệt"),
                new Column(SystemFields.DECISION_DATE, "decision date", "ngày quyết định phê duyệt"),
                new Column(SystemFields.PLAN_STATUS, "plan status", "trạng thái phương án"),
                new Column(SystemFields.PLAN_DATE, "plan date", "ngày triển khai phương án")));
        for (Layer layer : Layer.values()) {
            int n = layer.number();
            columns.add(new Column(SystemFields.layer(layer), "layer " + n, "lớp " + n));
            columns.add(new Column(SystemFields.layerProvider(layer), "layer " + n + " provider",
                    "đơn vị thực hiện lớp " + n));
            columns.add(new Column(SystemFields.layerUntil(layer), "layer " + n + " until", "hạn hợp đồng lớp " + n));
        }
        columns.addAll(List.of(new Column(SystemFields.TRUST_LABEL, "trust label", "nhãn tín nhiệm"),
                new Column(SystemFields.TRUST_LABEL_UNTIL, "trust label until", "hạn nhãn tín nhiệm"),
                new Column(SystemFields.assets(AssetKind.HOSTNAME), "hostnames", "tên máy"),
                new Column(SystemFields.assets(AssetKind.IP), "IP addresses", "địa chỉ IP"),
                new Column(SystemFields.assets(AssetKind.CIDR), "networks (CIDR)", "dải mạng (CIDR)"),
                new Column(SystemFields.assets(AssetKind.DOMAIN), "domains", "tên miền"),
                new Column(SystemFields.assets(AssetKind.URL), "URLs", "địa chỉ URL"),
                new Column(SystemFields.CONTACTS, "contacts", "đầu mối liên hệ"),
                new Column(SystemFields.LAST_ASSESSMENT, "last assessment", "ngày đánh giá gần nhất"),
                new Column(SystemFields.REQUIREMENTS_MET, "requirements met", "yêu cầu đã đáp ứng"),
                new Column(SystemFields.NOTES, "notes", "ghi chú")));
        return List.copyOf(columns);
    }
}
