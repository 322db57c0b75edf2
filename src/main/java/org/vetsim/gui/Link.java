package org.vetsim.gui;

/**
 * What an edge of the picture stands for.
 *
 * @param kind apprentices, interns or a partnership
 * @param people apprentices or interns on the link (1 for a partnership)
 */
record Link(Kind kind, int people) {

    /** The relations drawn between college programmes and employers. */
    enum Kind {
        /** Apprentices of the employer who attend school at the programme. */
        APPRENTICES,
        /** Students of the programme on an internship with the employer. */
        INTERNS,
        /** A college-employer partnership contract. */
        PARTNERSHIP
    }
}
