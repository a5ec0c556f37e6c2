package org.vigil.registry;

/** What an information system is for, as provincial registries list them. */
public enum SystemType implements Labelled {
    /** The agency's web portal (cổng/trang thông tin điện tử). */
    WEB_PORTAL,
    /** The public-service or one-stop portal (dịch vụ công, một cửa). */
    PUBLIC_SERVICE_PORTAL,
    /** An e-mail system. */
    EMAIL,
    /** Document management and workflow (quản lý văn bản, điều hành). */
    DOCUMENT_MANAGEMENT,
    /** A data-integration or data centre (LGSP, trung tâm tích hợp dữ liệu). */
    DATA_INTEGRATION,
    /** An internal network (mạng nội bộ, LAN/WAN). */
    INTERNAL_NETWORK,
    /** Any other system. */
    OTHER;
}
