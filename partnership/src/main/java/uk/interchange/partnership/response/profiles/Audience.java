package uk.interchange.partnership.response.profiles;

/** Whom a profile is made for. */
public enum Audience {
    /** The maker's organisation alone: everything it may read. */
    ORGANISATION,
    /** The maker's organisation and every member of its sharing groups: what all of them may read. */
    GROUPS
}
