package org.vigil.registry;

/**
 * A person to call about a system: its administrator, the agency's security focal point, the
 * layer-2 provider's duty officer. Every part may be empty except the name.
 *
 * @param name the person or duty desk
 * @param role what they do for the system
 * @param phone a telephone number, as written
 * @param email an e-mail address, as written
 */
public record Contact(String name, String role, String phone, String email) {

    /** Turns missing parts into empty text, so that stores and files need not tell them apart. */
    public Contact {
        name = name == null ? "" : name.strip(); //$NON-NLS-1$
        role = role == null ? "" : role.strip(); //$NON-NLS-1$
        phone = phone == null ? "" : phone.strip(); //$NON-NLS-1$
        email = email == null ? "" : email.strip(); //$NON-NLS-1$
    }
}
