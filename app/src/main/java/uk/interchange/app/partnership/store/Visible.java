package uk.interchange.app.partnership.store;

import java.util.Optional;
import uk.interchange.app.audit.AuditAction;
import uk.interchange.app.audit.AuditLog;
import uk.interchange.app.audit.AuditRecord;
import uk.interchange.partnership.sharing.Sharing;
import uk.interchange.partnership.sharing.Viewer;

/**
 * What the stores share: the sharing rule of {@code SharingPolicy} as SQL, and the audit record of what a person
 * did. The rule is written once here so that search, views and links cannot drift apart.
 */
public final class Visible {
    /** The organisation that {@link #everyReader} checks a condition for. */
    public static final String READER = "reader.org";

    private Visible() {}

    /**
     * The sharing rule over the row aliased {@code alias}: the owner; an organisation named on it; or a group the
     * organisation is in, unless the handling code is C. Takes the viewer's organisation three times.
     */
    public static String to(String alias) {
        return rule(alias, "?");
    }

    /**
     * The sharing rule over the row aliased {@code alias} for every one of several organisations at once, given as
     * one text array parameter: what a document made for all of them may hold (a local profile).
     */
    public static String toEvery(String alias) {
        return everyReader(rule(alias, READER));
    }

    /**
     * A condition that must hold for every organisation in one text array parameter, each named {@link #READER} in
     * it: for rules that add to the sharing rule (an action is also read by the organisation responsible).
     */
    public static String everyReader(String condition) {
        return "not exists (select 1 from unnest(?::text[]) as reader(org) where not (" + condition + "))";
    }

    /** The sharing rule over the row aliased {@code alias} for the organisation {@code org} (a parameter or column). */
    public static String rule(String alias, String org) {
        return "(" + alias + ".owner_id = " + org + " or " + org + " = any(" + alias + ".shared_orgs) or (" + alias
                + ".handling = 'P' and " + alias + ".shared_groups && array(select group_id from"
                + " partnership.group_member where organisation_id = " + org + ")))";
    }

    /**
     * Sets a record's sharing as three statement parameters from {@code at}: its handling code, the organisations named,
     * the sharing groups; the columns every shared table has in that order.
     */
    public static void setSharing(java.sql.PreparedStatement ps, int at, Sharing s) throws java.sql.SQLException {
        ps.setString(at, s.handling().name());
        ps.setArray(
                at + 1,
                ps.getConnection().createArrayOf("text", s.organisations().toArray()));
        ps.setArray(at + 2, ps.getConnection().createArrayOf("text", s.groups().toArray()));
    }

    /** Logs the record as disclosed to each recipient ("tvp", "group tv-soc"), one entry each, with the reason. */
    public static void disclose(
            AuditLog audit, Viewer viewer, String kind, String id, String reason, java.util.Collection<String> to) {
        for (String recipient : to) {
            audit.append(new AuditRecord(
                    viewer.user(),
                    viewer.organisation().id(),
                    AuditAction.DISCLOSE,
                    kind,
                    id,
                    reason,
                    Optional.empty(),
                    Optional.of(recipient)));
        }
    }

    /** What the viewer did to a record, and why. */
    static AuditRecord audit(
            Viewer viewer, AuditAction action, String kind, String id, String reason, Optional<String> caseRef) {
        return new AuditRecord(
                viewer.user(), viewer.organisation().id(), action, kind, id, reason, caseRef, Optional.empty());
    }
}
