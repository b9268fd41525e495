package uk.interchange.app.admin;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.interchange.app.audit.AuditAction;
import uk.interchange.app.audit.AuditLog;
import uk.interchange.app.audit.AuditRecord;
import uk.interchange.app.partnership.store.Organisations;
import uk.interchange.app.security.Accounts;
import uk.interchange.app.security.SignInLimiter;
import uk.interchange.partnership.sharing.Role;

/**
 * Every change an administrator makes, each written to the audit trail with the administrator's reason and what
 * changed, in the same transaction as the change: organisations, the force covering a council, accounts made and
 * changed (roles, organisation, enabled), passwords reset, wrong passwords forgotten. The entry's organisation is the one the change concerns,
 * so that organisation's auditors see who was given access to its data (an account moved from one organisation to
 * another is logged under both); a change that concerns none (a planner's or an administrator's account) is logged
 * under {@value #INSTALLATION}.
 */
@Service
public class Administration {
    /** The organisation an entry is logged under when the change concerns no partnership organisation. */
    public static final String INSTALLATION = "installation";

    private final Accounts accounts;
    private final Organisations organisations;
    private final AuditLog audit;
    private final SignInLimiter limiter;

    public Administration(Accounts accounts, Organisations organisations, AuditLog audit, SignInLimiter limiter) {
        this.accounts = accounts;
        this.organisations = organisations;
        this.audit = audit;
        this.limiter = limiter;
    }

    @Transactional
    public void addOrganisation(String admin, String id, String name, String type, String reason) {
        organisations.add(id, name, type);
        log(admin, id, AuditAction.CREATE, "organisation", id, reason, "organisation " + name + ", " + type);
    }

    @Transactional
    public void cover(String admin, String council, String force, String reason) {
        String before = organisations.all().stream()
                .filter(o -> council.equals(o.get("id")))
                .map(o -> (String) o.get("covered_by"))
                .findFirst()
                .orElse("");
        organisations.cover(council, force);
        log(
                admin,
                council,
                AuditAction.CHANGE,
                "organisation",
                council,
                reason,
                "covering force " + (before.isEmpty() ? "none" : before) + " -> " + force);
    }

    @Transactional
    public void addAccount(
            String admin,
            String username,
            String password,
            String displayName,
            String organisation,
            List<Role> roles,
            String reason) {
        accounts.savePartner(username, password, displayName, organisation, roles);
        log(
                admin,
                organisation,
                AuditAction.CREATE,
                "account",
                username,
                reason,
                "account of " + displayName + " in " + organisation + ", roles " + names(roles));
    }

    /** Changes an account; the entry says each thing that changed, before and after. */
    @Transactional
    public void changeAccount(String admin, Accounts.Account before, Accounts.Account after, String reason) {
        accounts.change(after);
        StringBuilder what = new StringBuilder();
        if (!before.displayName().equals(after.displayName())) {
            what.append("; name ").append(before.displayName()).append(" -> ").append(after.displayName());
        }
        if (!before.organisation().equals(after.organisation())) {
            what.append("; organisation ")
                    .append(before.organisation().orElse("none"))
                    .append(" -> ")
                    .append(after.organisation().orElse("none"));
        }
        if (!before.roles().equals(after.roles())) {
            what.append("; roles ")
                    .append(String.join(", ", before.roles()))
                    .append(" -> ")
                    .append(String.join(", ", after.roles()));
        }
        if (before.enabled() != after.enabled()) {
            what.append(after.enabled() ? "; enabled" : "; disabled");
        }
        // an account moved between organisations concerns both: the one it left must see who lost (or kept) access
        // to its data, the one it joined who gained it; each entry is in this transaction
        for (String organisation : new LinkedHashSet<>(List.of(concerning(before), concerning(after)))) {
            log(
                    admin,
                    organisation,
                    AuditAction.CHANGE,
                    "account",
                    after.username(),
                    reason,
                    what.isEmpty() ? "no change" : what.substring(2));
        }
    }

    @Transactional
    public void resetPassword(String admin, Accounts.Account account, String password, String reason) {
        accounts.changePassword(account.username(), password);
        log(admin, concerning(account), AuditAction.CHANGE, "account", account.username(), reason, "password reset");
    }

    /** Forgets the wrong passwords tried for the account, so it may be tried again at once from anywhere. */
    @Transactional
    public void clearSignIn(String admin, Accounts.Account account, String reason) {
        int forgotten = limiter.clear(account.username());
        log(
                admin,
                concerning(account),
                AuditAction.CHANGE,
                "account",
                account.username(),
                reason,
                "sign-in cleared: " + forgotten + " wrong password" + (forgotten == 1 ? "" : "s") + " forgotten");
    }

    /** The first administrator, made at start when there is none: logged as done by Interchange itself. */
    @Transactional
    public void firstAdministrator(String username, String password) {
        accounts.save(username, password, "Administrator", null, List.of(Role.ADMINISTRATOR.name()));
        log(
                "interchange",
                INSTALLATION,
                AuditAction.CREATE,
                "account",
                username,
                "first start with no administrator, so the installation can be set up",
                "roles ADMINISTRATOR");
    }

    /** The organisation a change to the account concerns. */
    static String concerning(Accounts.Account a) {
        return a.organisation().orElse(INSTALLATION);
    }

    private static String names(List<Role> roles) {
        return String.join(", ", roles.stream().map(Role::name).toList());
    }

    private void log(
            String admin, String organisation, AuditAction action, String kind, String id, String reason, String what) {
        audit.append(new AuditRecord(
                admin, organisation, action, kind, id, reason + " (" + what + ")", Optional.empty(), Optional.empty()));
    }
}
