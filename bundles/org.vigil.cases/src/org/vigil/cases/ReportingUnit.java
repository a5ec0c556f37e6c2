package org.vigil.cases;

/**
 * Who sends the incident reports: the unit (the SOC or the province's specialised unit), its
 * address and its contact points, as the report's heading shows them.
 *
 * @param name the unit's name
 * @param address its postal address
 * @param contacts the focal point(s): names, phones, e-mail, one per line
 */
public record ReportingUnit(String name, String address, String contacts) {

    /** An unset part is empty. */
    public ReportingUnit {
        name = name == null ? "" : name; //$NON-NLS-1$
        address = address == null ? "" : address; //$NON-NLS-1$
        contacts = contacts == null ? "" : contacts; //$NON-NLS-1$
    }
}
