package org.vetsim.gui;

/**
 * What an edge of the picture stands for.
 *
 * @param kind apprentices or a partnership
 * @param people apprentices on the link (1 for a partnership)
 */
record Link(Kind kind, int people) {

    /** The relations drawn between college programmes and employers. */
    enum Kind {
        /** Apprentices of the employer who attend school at the programme. */
        APPRENTICES,
        /** A college-employer partnership contract. */
        PARTNERSHIP
    }
}
