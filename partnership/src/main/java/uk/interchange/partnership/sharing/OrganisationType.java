package uk.interchange.partnership.sharing;

/** The kinds of organisation in a partnership. */
public enum OrganisationType {
    POLICE_FORCE,
    /** A regional organised crime unit. */
    ROCU,
    LOCAL_AUTHORITY,
    /** HMRC, the Environment Agency, the National Crime Agency and others of the Government Agency Intelligence Network. */
    PARTNER_AGENCY
}
